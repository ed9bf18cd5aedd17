package org.creativeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.creativeatlas.testing.AppProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void aCommandRunsHeadlessWhereverTheCatalogueIsNamed() {
        assertTrue(Main.namesACommand(new String[] {"stats"}));
        assertTrue(Main.namesACommand(new String[] {"--db", "x.db", "stats"}));
        assertTrue(Main.namesACommand(new String[] {"--db=x.db", "export", "--format", "json"}));
    }

    @Test
    void aMistypedOrUnknownCommandGoesToTheCommandLineNeverToTheWindow() {
        assertTrue(Main.namesACommand(new String[] {"mpa", "--out", "x"}));
        assertTrue(Main.namesACommand(new String[] {"--db", "x.db", "statistics"}));
        assertTrue(Main.namesACommand(new String[] {"--jsn"}));
        assertTrue(Main.namesACommand(new String[] {"--help"}));
        assertTrue(Main.namesACommand(new String[] {"--db"}));
    }

    @Test
    void aMistypedCommandRunAsTheJarIsTheCommandLinesOneLine() throws Exception {
        AppProcess.Result result = AppProcess.run(AppProcess.command("mpa", "--out", dir.resolve("x").toString()),
                Map.of("DISPLAY", ":0")).await(60);

        assertEquals(1, result.exitCode(), result.err().toString());
        assertEquals(1, result.err().size(), result.err().toString());
        assertTrue(result.err().get(0).startsWith("Unknown command 'mpa'"), result.err().get(0));
        assertEquals(List.of(), result.out());
    }

    @Test
    void onlyACatalogueOrNothingOpensTheApp() {
        assertFalse(Main.namesACommand(new String[] {}));
        assertFalse(Main.namesACommand(new String[] {"--db", "stats.db"}));
        assertFalse(Main.namesACommand(new String[] {"--db", "x.db"}));
        assertFalse(Main.namesACommand(new String[] {"--db=x.db"}));
    }

    @Test
    void withoutADisplayTheAppSaysSoInOneLine() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "skipped: X11 displays are Linux's");
        Map<String, String> noDisplay = new HashMap<>();
        noDisplay.put("DISPLAY", null);
        noDisplay.put("WAYLAND_DISPLAY", null);
        Path db = dir.resolve("atlas.db");

        AppProcess.Result result = AppProcess.run(AppProcess.command("--db", db.toString()), noDisplay).await(60);

        assertEquals(1, result.exitCode(), result.err().toString());
        assertEquals(1, result.err().size(), "one line, no trace: " + result.err());
        assertTrue(result.err().get(0).contains("display"), result.err().get(0));
        assertTrue(result.err().get(0).contains("--help"), "points to the command line: " + result.err().get(0));
        assertFalse(Files.exists(db), "nothing was opened");
    }

    @Test
    void withoutGtkTheAppNamesWhatToInstallInOneLine() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "skipped: GTK is Linux's toolkit");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "skipped: hiding the GTK library from one process needs root (unshare -m)");
        Path gtk = gtkLibrary();
        Assumptions.assumeTrue(gtk != null, "skipped: libgtk-3.so.0 is not installed, nothing to hide");
        Process xvfb;
        try {
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "640x480x24")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("skipped: Xvfb is not installed (apt-get install xvfb); GTK is loaded only with a display");
            return;
        }
        try {
            String display = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            List<String> command = new ArrayList<>(List.of("unshare", "-m", "sh", "-c",
                    "mount --bind /dev/null \"$0\" && exec \"$@\"", gtk.toString()));
            command.addAll(AppProcess.command("--db", dir.resolve("atlas.db").toString()));

            AppProcess.Result result = AppProcess.run(command, Map.of("DISPLAY", ":" + display)).await(60);

            assertEquals(1, result.exitCode(), result.err().toString());
            assertEquals(1, result.err().size(), "one line, no trace: " + result.err());
            assertTrue(result.err().get(0).contains("GTK") && result.err().get(0).contains("libgtk-3-0"),
                    result.err().get(0));
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Where the dynamic linker finds GTK 3, or null. */
    private static Path gtkLibrary() throws Exception {
        Process ldconfig = new ProcessBuilder("ldconfig", "-p").redirectErrorStream(true).start();
        String listing = new String(ldconfig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ldconfig.waitFor();
        return listing.lines().filter(l -> l.strip().startsWith("libgtk-3.so.0 ")).findFirst()
                .map(l -> Path.of(l.substring(l.indexOf("=>") + 2).strip()).toAbsolutePath()).orElse(null);
    }
}
