package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creativeatlas.logic.Messages;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Problem;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.testing.SmallDisk;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A researcher whose window speaks Kazakh starts a catalogue on a full disk, edits one on a disk that filled up,
 * opens one on a disk mounted read-only and stores a reviewed document on a full one, and reads why in Kazakh, not
 * in the English the command line prints. Needs root to mount a small disk (skipped otherwise, as the store's own
 * tests of a full disk are).
 */
class FullDiskWorkflowTest extends AtlasWindowTest {

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
            assertFalse(ShownText.hasEnglish(shown), shown);
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
            assertFalse(ShownText.hasEnglish(shown), shown);
        }
    }

    @Test
    void anEditOnAFullDiskIsRefusedInKazakhAndNothingIsStored(FxRobot robot) throws Exception {
        app.chooseLanguage(robot, UiLanguage.EN, UiLanguage.KK);
        try (SmallDisk disk = SmallDisk.mount(dir, 2048)) {
            Path file = disk.path().resolve("атлас.db");
            try (Catalogue catalogue = Catalogue.open(file)) {
                catalogue.actors().insert(Actor.named(ActorType.ORGANISATION, "Алатау"));
            }
            app.openCatalogue(robot, file);
            FxWait.until(30, () -> {
                TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
                return table.getItems().size() == 1 && table.getItems().get(0).actor().name().equals("Алатау");
            });
            WaitForAsyncUtils.waitForFxEvents();
            disk.fill();

            TableView<ActorItem> table = AtlasWindowFixture.table(robot, "organisation");
            Label message = robot.lookup("#messageLabel").queryAs(Label.class);
            String before = message.getText();
            robot.doubleClickOn(AtlasWindowFixture.cell(robot, table, 0, "city")).write("Almaty").type(KeyCode.ENTER);
            FxWait.until(30, () -> !message.getText().equals(before));
            WaitForAsyncUtils.waitForFxEvents();

            String shown = message.getText();
            assertEquals(KAZAKH.problem(Problem.of("store.disk_full", disk.path().toAbsolutePath().toString())), shown);
            assertFalse(ShownText.hasEnglish(shown), shown);
            app.quit(robot);
            Files.delete(disk.path().resolve("filler"));
            try (Catalogue catalogue = Catalogue.open(file)) {
                assertEquals(null, catalogue.actors().all().get(0).city(), "nothing of the edit was stored");
            }
        }
    }

    @Test
    void aReviewedDocumentOnAFullDiskIsRefusedInKazakhAndNothingIsStored(FxRobot robot) throws Exception {
        app.chooseLanguage(robot, UiLanguage.EN, UiLanguage.KK);
        try (SmallDisk disk = SmallDisk.mount(dir, 2048)) {
            Path file = disk.path().resolve("атлас.db");
            Catalogue.open(file).close();
            app.openCatalogue(robot, file);
            FxWait.until(30, () -> robot.lookup("#table-organisation").tryQuery()
                    .isPresent() && robot.lookup(".dialog-pane").tryQuery().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            disk.fill();

            app.importFiles(robot, Path.of("seeds", "000_69aca01674ece063.txt"));
            TableView<CandidateRow> review = AtlasWindowFixture.awaitReview(robot, null);
            robot.clickOn(AtlasWindowFixture.candidateCell(robot, review, 0, "name")).type(KeyCode.A);
            robot.clickOn("#finishReview");
            FxWait.until(60, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();

            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertEquals(KAZAKH.get("review.store_failed"), pane.getHeaderText());
            String shown = pane.getContentText();
            assertEquals(KAZAKH.problem(Problem.of("store.disk_full", disk.path().toAbsolutePath().toString())), shown);
            assertFalse(ShownText.hasEnglish(shown), shown);
            robot.clickOn(robot.from(pane).lookup(".button").queryAs(Node.class));
            app.quit(robot);
            Files.delete(disk.path().resolve("filler"));
            try (Catalogue catalogue = Catalogue.open(file)) {
                assertEquals(0, catalogue.sources().count(), "nothing of the document was stored");
                assertEquals(0, catalogue.actors().count(), "nothing of the document was stored");
            }
        }
    }

    /** Opens {@code file} as File ▸ Open does and returns the reason the error dialog gives, closing it. */
    private String refusal(FxRobot robot, Path file) throws Exception {
        app.openCatalogue(robot, file);
        FxWait.until(30, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
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
