package org.creativeatlas.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The jar's entry point run as a program of its own, as a user starts it: its own JVM, its own connection to the
 * catalogue, everything it prints on stdout and stderr (the log included) kept line by line.
 */
public final class AppProcess {

    public record Result(int exitCode, List<String> out, List<String> err) {
    }

    private final Process process;
    private final CompletableFuture<List<String>> out;
    private final CompletableFuture<List<String>> err;

    private AppProcess(Process process) {
        this.process = process;
        this.out = collect(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
        this.err = collect(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)));
    }

    public static AppProcess start(String... args) throws IOException {
        return run(command(args), Map.of());
    }

    /** The command line that starts {@code org.creativeatlas.Main} with {@code args} on this test's class path. */
    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.creativeatlas.Main"));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs {@code command}; {@code env} entries with a null value are removed from the environment. */
    public static AppProcess run(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        env.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        return new AppProcess(builder.start());
    }

    public Result await(long seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + seconds + " s");
        }
        return new Result(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    private static CompletableFuture<List<String>> collect(BufferedReader reader) {
        return CompletableFuture.supplyAsync(() -> {
            List<String> lines = new ArrayList<>();
            try (reader) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(reading failed: " + e.getMessage() + ")");
            }
            return lines;
        }, runnable -> new Thread(runnable, "cli-process-reader").start());
    }
}
