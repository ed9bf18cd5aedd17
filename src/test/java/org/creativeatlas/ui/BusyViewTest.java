package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cover shown while a task runs: what its indicator says between a full count and the task's real end. */
@ExtendWith(ApplicationExtension.class)
class BusyViewTest {

    private final CountDownLatch finish = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws InterruptedException {
                updateMessage("Sorting the names…");
                updateProgress(1, 1); // every row read; the sort still runs
                finish.await();
                return null;
            }
        };
        stage.setScene(new Scene(new BusyView(task, "Cancel"), 400, 300));
        stage.show();
        new Thread(task).start();
    }

    @AfterEach
    void end() {
        finish.countDown();
    }

    @Test
    void aFullCountBeforeTheTaskEndsIsNotShownAsDone(FxRobot robot) throws Exception {
        FxWait.until(10, () -> robot.lookup("#busyMessage").queryLabeled().getText()
                .equals("Sorting the names…"));
        WaitForAsyncUtils.waitForFxEvents();

        ProgressIndicator progress = robot.lookup(".progress-indicator").queryAs(ProgressIndicator.class);
        assertEquals(0.99, progress.getProgress(), 1e-9);
        assertTrue(robot.lookup(".percentage").queryAll().stream().map(n -> ((Text) n).getText())
                .noneMatch("Done"::equals), "no English \"Done\" while the work goes on");
    }
}
