package org.creativeatlas.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop app (being built). */
public final class AtlasApplication extends Application {

    public static void launchApp(String[] args) {
        Application.launch(AtlasApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.show();
    }
}
