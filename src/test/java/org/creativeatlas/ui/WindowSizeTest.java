package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A window size remembered on a larger screen: the window still starts inside this one, with every edge on it. */
class WindowSizeTest extends AtlasWindowTest {

    @Override
    void open(Stage stage) {
        app.startSized(stage, 2560, 1600);
    }

    @Test
    void theWindowStartsNoLargerThanTheScreen(FxRobot robot) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Window window = robot.lookup(".main-view").query().getScene().getWindow();
        assertTrue(window.getWidth() <= screen.getWidth() && window.getHeight() <= screen.getHeight(),
                window.getWidth() + "×" + window.getHeight() + " on a screen of " + screen);
    }
}
