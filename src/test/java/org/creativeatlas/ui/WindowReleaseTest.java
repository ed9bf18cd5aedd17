package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A window rebuilt in another language lets the old one go: the catalogue's view models outlive every window, so
 * a listener a window leaves on them would keep its whole scene (tables, cells, canvases) for as long as the app runs.
 */
class WindowReleaseTest extends AtlasWindowTest {

    @Test
    void aWindowRebuiltInAnotherLanguageIsLetGo(FxRobot robot) throws Exception {
        WeakReference<Node> first = new WeakReference<>(robot.lookup(".main-view").query());
        // switched without the robot's clicks, which the test tools remember with their targets; the stage keeps its
        // previous scene, so the first window is two rebuilds behind
        app.switchLanguage(robot, UiLanguage.RU);
        app.switchLanguage(robot, UiLanguage.KK);
        app.switchLanguage(robot, UiLanguage.EN);
        for (int i = 0; i < 50 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(100);
        }
        assertNull(first.get(), "the first window is still held after three rebuilds");
    }
}
