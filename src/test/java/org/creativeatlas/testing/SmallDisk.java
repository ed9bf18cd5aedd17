package org.creativeatlas.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for one test, to meet a full disk or a read-only file system for real. Mounting needs root
 * on Linux: elsewhere the test is skipped with a message saying so. Closing unmounts it (lazily, so a file still
 * open by a failing test cannot keep it mounted).
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kilobytes} on a new folder inside {@code parent}, or skips the test. */
    public static SmallDisk mount(Path parent, int kilobytes) throws IOException, InterruptedException {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"),
                "skipped: a small disk is mounted as a tmpfs, which needs Linux");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "skipped: mounting a small tmpfs needs root; run the tests as root to check a full disk");
        Path point = Files.createDirectories(parent.resolve("small-disk"));
        int code = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", point.toString());
        Assumptions.assumeTrue(code == 0, "skipped: mount -t tmpfs failed (exit " + code + ")");
        return new SmallDisk(point);
    }

    public Path path() {
        return mountPoint;
    }

    /** Fills what is left of the disk with one file, so the next write finds it full. */
    public void fill() throws IOException {
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(mountPoint.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    /** Makes the file system read-only, as a read-only mount of a stick or share is. */
    public void remountReadOnly() throws IOException, InterruptedException {
        int code = run("mount", "-o", "remount,ro", mountPoint.toString());
        if (code != 0) {
            throw new IOException("remount read-only failed: exit " + code);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        int code = run("umount", "-l", mountPoint.toString());
        if (code != 0) {
            throw new IOException("umount " + mountPoint + " failed: exit " + code);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
