package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.creativeatlas.logic.Messages;
import org.junit.jupiter.api.Test;

class LaunchProblemTest {

    private final Messages english = new Messages(Locale.ENGLISH);

    @Test
    void noDisplayOnLinuxIsSaidBeforeJavaFxStarts() {
        String line = LaunchProblem.before("Linux", Map.of(), english);

        assertTrue(line.contains("no display") && line.contains("--help"), line);
        assertNull(LaunchProblem.before("Linux", Map.of("DISPLAY", ":0"), english));
        assertNull(LaunchProblem.before("Windows 11", Map.of(), english));
        assertNull(LaunchProblem.before("Mac OS X", Map.of(), english));
    }

    @Test
    void javaFxFailuresBecomeWhatToDo() {
        // the exceptions JavaFX 21's GtkApplication throws, wrapped as a launch may wrap them
        String gtk = LaunchProblem.after(new RuntimeException("Application launch failed",
                new UnsupportedOperationException("Unable to load glass GTK library.")), Map.of(), english);
        String display = LaunchProblem.after(new UnsupportedOperationException("Unable to open DISPLAY"),
                Map.of("DISPLAY", ":7"), english);

        assertTrue(gtk.contains("GTK 3") && gtk.contains("apt-get install libgtk-3-0"), gtk);
        assertTrue(display.contains(":7") && display.contains("cannot be reached"), display);
        assertNull(LaunchProblem.after(new IllegalStateException("something else"), Map.of(), english));
    }

    @Test
    void theLinesAreInRussianAndKazakhToo() {
        assertTrue(LaunchProblem.before("Linux", Map.of(), new Messages(Locale.forLanguageTag("ru")))
                .contains("нет дисплея"));
        assertTrue(LaunchProblem.before("Linux", Map.of(), new Messages(Locale.forLanguageTag("kk")))
                .contains("дисплей жоқ"));
    }
}
