import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Links the installer's Java runtime from the JDK's modules and JavaFX's: {@code java LinkRuntime.java OUTPUT WORK
 * MODULES LOCALES CLASSPATH}.
 *
 * <p>Maven Central has no JavaFX jmods, only modular jars of each platform with the native libraries inside. Linked
 * as they are, JavaFX would unpack those libraries into the user's home folder at every first start; made into
 * jmods here (classes in one section, native libraries in the other), jlink puts the libraries in the runtime's own
 * library folder, as a JDK with JavaFX would. Only the JavaFX modules of the class path are used: the app's own jars
 * go beside the runtime, on the class path.
 */
public final class LinkRuntime {

    private static final String JAVAFX = "javafx.";

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: LinkRuntime OUTPUT WORK MODULES LOCALES CLASSPATH");
        }
        Path output = Path.of(args[0]);
        Path jmods = Path.of(args[1], "jmods");
        Files.createDirectories(jmods);
        for (String entry : args[4].split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            String module = javafxModule(jar);
            if (module != null) {
                makeJmod(jar, module, Path.of(args[1], module), jmods.resolve(module + ".jmod"));
            }
        }
        run("jlink", "--module-path", Path.of(System.getProperty("java.home"), "jmods") + java.io.File.pathSeparator + jmods,
                "--add-modules", args[2], "--include-locales", args[3],
                "--strip-debug", "--no-header-files", "--no-man-pages", "--generate-cds-archive",
                "--output", output.toString());
        // the class data archive for heaps over 32 GB, where object pointers are not compressed: 11 MB never used
        try (Stream<Path> files = Files.walk(output)) {
            for (Path unused : files.filter(p -> p.endsWith("classes_nocoops.jsa")).toList()) {
                Files.delete(unused);
            }
        }
    }

    /** The name of the JavaFX module in {@code jar}, or null for any other jar (or JavaFX's empty placeholder jars). */
    private static String javafxModule(Path jar) {
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            return null;
        }
        return ModuleFinder.of(jar).findAll().stream().map(ModuleReference::descriptor)
                .filter(d -> !d.isAutomatic() && d.name().startsWith(JAVAFX))
                .map(ModuleDescriptor::name).findFirst().orElse(null);
    }

    /** Unpacks {@code jar}: native libraries into lib/, the rest into classes/, and packs both as one jmod. */
    private static void makeJmod(Path jar, String module, Path work, Path jmod) throws IOException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path libs = Files.createDirectories(work.resolve("lib"));
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory()).toList()) {
                String name = entry.getName();
                if (name.endsWith(".jar")) {
                    continue; // javafx-swt.jar, the SWT bridge: not a module's part
                }
                Path target = (isNativeLibrary(name) ? libs : classes).resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        run("jmod", "create", "--class-path", classes.toString(), "--libs", libs.toString(), jmod.toString());
    }

    private static boolean isNativeLibrary(String name) {
        return !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"));
    }

    private static void run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(
                tool + " is missing: the installer build needs a full JDK 17"));
        PrintWriter out = new PrintWriter(System.out, true);
        if (provider.run(out, new PrintWriter(System.err, true), args) != 0) {
            throw new IllegalStateException(tool + " failed: " + String.join(" ", args));
        }
    }
}
