package org.creativeatlas.cli;

/** The headless command line (being built). */
public final class AtlasCommand {

    private AtlasCommand() {
    }

    public static boolean isCommand(String arg) {
        return false;
    }

    public static int run(String... args) {
        return 2;
    }
}
