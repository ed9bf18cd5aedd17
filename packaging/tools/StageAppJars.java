import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Lays out the app's jars for jpackage: {@code java StageAppJars.java OUTPUT APP_JAR CLASSPATH}.
 *
 * <p>OUTPUT gets the app jar and every library jar of the class path but JavaFX's, which are linked into the runtime
 * (LinkRuntime.java). sqlite-jdbc carries its native library for twenty-odd systems and unpacks the one it needs into
 * the temporary folder at every start; it goes in without them, and this system's library is put in OUTPUT/native,
 * where the launcher's {@code -Dorg.sqlite.lib.path} points.
 */
public final class StageAppJars {

    private static final String SQLITE_NATIVES = "org/sqlite/native/";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: StageAppJars OUTPUT APP_JAR CLASSPATH");
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output.resolve("native"));
        Path appJar = Path.of(args[1]);
        Files.copy(appJar, output.resolve(appJar.getFileName()));
        for (String entry : args[2].split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(jar) || isJavaFx(jar)) {
                continue;
            }
            if (hasSqliteNatives(jar)) {
                splitSqlite(jar, output.resolve(jar.getFileName()), output.resolve("native"));
            } else {
                Files.copy(jar, output.resolve(jar.getFileName()));
            }
        }
    }

    private static boolean isJavaFx(Path jar) {
        return jar.getFileName().toString().startsWith("javafx-") && ModuleFinder.of(jar).findAll().stream()
                .allMatch(m -> m.descriptor().name().startsWith("javafx."));
    }

    private static boolean hasSqliteNatives(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().startsWith(SQLITE_NATIVES));
        }
    }

    /** Copies {@code jar} without its native libraries, and this system's library into {@code nativeDir}. */
    private static void splitSqlite(Path jar, Path target, Path nativeDir) throws IOException {
        String ours = SQLITE_NATIVES + sqliteOs() + "/" + sqliteArch() + "/";
        boolean found = false;
        try (ZipFile zip = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith(ours) && !entry.isDirectory()) {
                    found = true;
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, nativeDir.resolve(name.substring(ours.length())),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                } else if (!name.startsWith(SQLITE_NATIVES)) {
                    out.putNextEntry(new ZipEntry(name));
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        if (!found) {
            throw new IllegalStateException(jar + " has no native library under " + ours);
        }
    }

    /** sqlite-jdbc's folder names (its OSInfo) for this system. */
    private static String sqliteOs() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.startsWith("windows") ? "Windows" : os.startsWith("mac") ? "Mac" : "Linux";
    }

    private static String sqliteArch() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("arm64") ? "aarch64" : arch;
    }
}
