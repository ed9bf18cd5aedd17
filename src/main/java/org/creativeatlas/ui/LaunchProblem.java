package org.creativeatlas.ui;

import java.util.Map;
import org.creativeatlas.logic.Messages;

/**
 * Why the window cannot open on this computer, in one line that says what to do, instead of JavaFX's stack trace:
 * no display at all is seen before JavaFX starts; a display that cannot be reached and a missing GTK library are
 * read from JavaFX's failure (it looks for the display before it loads GTK).
 */
final class LaunchProblem {

    private LaunchProblem() {
    }

    /** The line to print before trying, or null if a window can be tried. Only Linux and the BSDs use X displays. */
    static String before(String osName, Map<String, String> env, Messages messages) {
        boolean x11 = !osName.startsWith("Windows") && !osName.startsWith("Mac");
        String display = env.get("DISPLAY");
        return x11 && (display == null || display.isBlank()) ? messages.get("launch.no_display") : null;
    }

    /** The line to print for JavaFX's launch failure, or null if it is none of the known ones. */
    static String after(Throwable failure, Map<String, String> env, Messages messages) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            String text = String.valueOf(e.getMessage());
            if (text.contains("Unable to open DISPLAY")) {
                return messages.get("launch.display_unreachable", env.getOrDefault("DISPLAY", ""));
            }
            if (text.contains("Unable to load glass GTK library")) {
                return messages.get("launch.no_gtk");
            }
        }
        return null;
    }
}
