package org.creativeatlas.ui;

import java.util.Locale;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.creativeatlas.logic.DataLocation;
import org.creativeatlas.logic.Messages;

/** The desktop app: {@code --db PATH} opens that catalogue, otherwise the default one (seeded on first run). */
public final class AtlasApplication extends Application {

    /**
     * JavaFX's own logger, which warns on every start that JavaFX was loaded from the class path: that is how the
     * one runnable jar is built, on purpose. Held here, as java.util.logging keeps loggers only while someone does.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /**
     * Opens the window and returns 0 once it is closed; returns 1 after saying in one line on stderr why no window
     * can open on this computer (no display, no GTK).
     */
    public static int launchApp(String[] args) {
        Messages messages = new Messages(Locale.getDefault());
        String problem = LaunchProblem.before(System.getProperty("os.name"), System.getenv(), messages);
        if (problem == null) {
            JAVAFX_LOG.setFilter(r -> !String.valueOf(r.getMessage()).startsWith("Unsupported JavaFX configuration"));
            try {
                Application.launch(AtlasApplication.class, args);
                return 0;
            } catch (RuntimeException e) {
                problem = LaunchProblem.after(e, System.getenv(), messages);
                if (problem == null) {
                    throw e;
                }
            }
        }
        System.err.println(problem);
        return 1;
    }

    @Override
    public void start(Stage stage) {
        StartupOptions options = StartupOptions.parse(getParameters().getRaw(), DataLocation.forThisMachine());
        new AppShell(stage, options).start();
    }
}
