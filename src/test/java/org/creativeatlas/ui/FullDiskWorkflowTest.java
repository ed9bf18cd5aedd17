package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.testing.SmallDisk;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A researcher whose window speaks Kazakh starts a catalogue on a full disk, and opens one on a disk mounted
 * read-only, and reads why in Kazakh, not in the English the command line prints. Needs root to mount a small disk
 * (skipped otherwise, as the store's own tests of a full disk are).
 */
class FullDiskWorkflowTest extends AtlasWindowTest {

    /** Two Latin words in a row: an English sentence (the paths here have no spaces). */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]+ [A-Za-z]+");
    private static final Messages KAZAKH = UiLanguage.KK.messages();

    @Override
    void open(Stage stage) {
        app.startEmpty(stage);
    }

    @Test
    void aCatalogueStartedOnAFullDiskIsRefusedInKazakh(FxRobot robot) throws Exception {
        app.chooseLanguage(robot, UiLanguage.EN, UiLanguage.KK);
        try (SmallDisk disk = SmallDisk.mount(dir, 256)) {
            disk.fill();

            String shown = refusal(robot, disk.path().resolve("атлас.db"));

            assertEquals(KAZAKH.problem(Problem.of("store.disk_full", disk.path().toAbsolutePath().toString())), shown);
            assertTrue(shown.contains("диск толып қалды"), shown);
            assertFalse(ENGLISH.matcher(shown).find(), shown);
        }
    }

    @Test
    void aCatalogueOnAReadOnlyDiskIsRefusedInKazakh(FxRobot robot) throws Exception {
        app.chooseLanguage(robot, UiLanguage.EN, UiLanguage.KK);
        try (SmallDisk disk = SmallDisk.mount(dir, 1024)) {
            Path file = disk.path().resolve("атлас.db");
            Catalogue.open(file).close();
            disk.remountReadOnly();

            String shown = refusal(robot, file);

            assertEquals(KAZAKH.problem(Problem.of("store.read_only", file.toString())), shown);
            assertTrue(shown.contains("тек оқуға арналған файлдық жүйеде"), shown);
            assertFalse(ENGLISH.matcher(shown).find(), shown);
        }
    }

    /** Opens {@code file} as File ▸ Open does and returns the reason the error dialog gives, closing it. */
    private String refusal(FxRobot robot, Path file) throws Exception {
        app.openCatalogue(robot, file);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals(KAZAKH.get("error.open", file.toString()), pane.getHeaderText());
        String shown = pane.getContentText();
        robot.clickOn(robot.from(pane).lookup(".button").match(LabeledMatchers.hasText(KAZAKH.get("action.close")))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        return shown;
    }
}
