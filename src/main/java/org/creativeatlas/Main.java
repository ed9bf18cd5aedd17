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
        if (args.length > 0 && AtlasCommand.isCommand(args[0])) {
            System.exit(AtlasCommand.run(args));
        }
        AtlasApplication.launchApp(args);
    }
}
