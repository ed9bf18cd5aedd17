package org.creativeatlas.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test of the real window: each test gets it open and loaded on its own catalogue in a temporary folder (the
 * seed catalogue, unless the test overrides {@link #open}), and it is quit afterwards.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AtlasWindowTest {

    @TempDir
    Path dir;
    AtlasWindowFixture app;

    // not a @Start method: TestFX (4.0.18) looks for those only in the test class itself, never in its superclasses
    @BeforeEach
    final void openWindow(FxRobot robot) throws Exception {
        app = new AtlasWindowFixture(dir);
        FxToolkit.setupStage(this::open);
        app.awaitLoaded(robot);
    }

    /** Opens the window on the stage, on the FX thread; a test that wants other data first overrides this. */
    void open(Stage stage) {
        app.start(stage);
    }

    @AfterEach
    final void quitWindow(FxRobot robot) {
        app.quit(robot);
    }
}
