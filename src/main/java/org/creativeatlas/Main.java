package org.creativeatlas;

import org.creativeatlas.cli.AtlasCommand;
import org.creativeatlas.ui.AtlasApplication;

/**
 * The one entry point of the jar: no arguments, or only {@code --db FILE}, open the desktop app; anything else runs
 * the headless command line (no display needed). Kept apart from the JavaFX Application class,
 * which cannot be the main class of a class-path jar.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (namesACommand(args)) {
            System.exit(AtlasCommand.run(args));
        }
        int code = AtlasApplication.launchApp(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * True unless the arguments are nothing or only {@code --db FILE}, which open the app: anything else is for the
     * command line, so a mistyped command gets picocli's message there instead of opening the window.
     */
    static boolean namesACommand(String[] args) {
        int i = 0;
        while (i < args.length) {
            if ("--db".equals(args[i]) && i + 1 < args.length) {
                i += 2;
            } else if (args[i].startsWith("--db=")) {
                i++;
            } else {
                return true;
            }
        }
        return false;
    }
}
