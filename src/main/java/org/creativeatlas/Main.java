package org.creativeatlas;

import org.creativeatlas.cli.AtlasCommand;
import org.creativeatlas.ui.AtlasApplication;

/**
 * The one entry point of the jar: a command name as the first argument runs the headless command line
 * (no display needed); anything else opens the desktop app. Kept apart from the JavaFX Application class,
 * which cannot be the main class of a class-path jar.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (namesACommand(args)) {
            System.exit(AtlasCommand.run(args));
        }
        AtlasApplication.launchApp(args);
    }

    /** True if the first argument after an optional {@code --db FILE} is a command name. */
    static boolean namesACommand(String[] args) {
        int i = 0;
        while (i < args.length) {
            if ("--db".equals(args[i])) {
                i += 2;
            } else if (args[i].startsWith("--db=")) {
                i++;
            } else {
                return AtlasCommand.isCommand(args[i]);
            }
        }
        return false;
    }
}
