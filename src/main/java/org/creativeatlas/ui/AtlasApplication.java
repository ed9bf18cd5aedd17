package org.creativeatlas.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.creativeatlas.logic.DataLocation;

/** The desktop app: {@code --db PATH} opens that catalogue, otherwise the default one (seeded on first run). */
public final class AtlasApplication extends Application {

    public static void launchApp(String[] args) {
        Application.launch(AtlasApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupOptions options = StartupOptions.parse(getParameters().getRaw(), DataLocation.forThisMachine());
        new AppShell(stage, options).start();
    }
}
