package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.Source;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A seed document imported into an empty catalogue and reviewed with the keyboard, checked against the file. */
class ImportReviewTest extends AtlasWindowTest {

    /** The English news item of the seeds, read from the project's own folder. */
    private static final Path SEED = Path.of("seeds", "003_9bbf69613b0303cd.txt");

    @Override
    void open(Stage stage) {
        app.startEmpty(stage);
    }

    @BeforeEach
    void seedIsThere() {
        assertTrue(Files.isRegularFile(SEED), "the seed document is in the project");
    }

    @Test
    void twoAcceptedCandidatesAreInTheTablesAndStoredWithTheirPassages(FxRobot robot) throws Exception {
        TableView<CandidateRow> candidates = importAndAwaitReview(robot);
        assertTrue(candidates.getItems().size() >= 2, "the document names several actors");
        List<Actor> chosen = List.of(candidates.getItems().get(0).draft().get(),
                candidates.getItems().get(1).draft().get());

        robot.clickOn(nameCell(robot, candidates, 0)).type(KeyCode.A).type(KeyCode.A).type(KeyCode.ENTER);
        awaitClosed(robot);

        for (Actor actor : chosen) {
            assertTrue(AtlasWindowFixture.table(robot, actor.type().code()).getItems().stream()
                    .map(ActorItem::actor).anyMatch(a -> a.name().equals(actor.name())), actor.name() + " is shown");
        }
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(2, store.actors().count(), "only the two accepted candidates are stored");
            List<Source> sources = store.sources().all();
            assertEquals(1, sources.size(), "the document is one source");
            for (Actor wanted : chosen) {
                Actor stored = store.actors().ofType(wanted.type()).stream()
                        .filter(a -> a.name().equals(wanted.name())).findFirst().orElseThrow();
                List<Mention> mentions = store.mentions().of(stored.id());
                assertFalse(mentions.isEmpty(), wanted.name() + " keeps where it was named");
                for (Mention m : mentions) {
                    assertEquals(sources.get(0).id(), m.sourceId());
                    assertTrue(sources.get(0).text().contains(m.passage()), m.passage());
                    assertTrue(m.passage().length() < sources.get(0).text().length(), "a passage, not the document");
                }
            }
        }
    }

    @Test
    void anEditedCandidateIsStoredAsEdited(FxRobot robot) throws Exception {
        TableView<CandidateRow> candidates = importAndAwaitReview(robot);
        robot.clickOn(nameCell(robot, candidates, 0)).type(KeyCode.E);
        robot.write("Kazakh National University named after al-Farabi").type(KeyCode.ENTER);
        assertEquals(1, candidates.getItems().stream().filter(r -> r.decision().get() != null).count(),
                "Enter accepted the edited candidate, and only it");
        robot.type(KeyCode.ENTER);
        awaitClosed(robot);

        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(List.of("Kazakh National University named after al-Farabi"),
                    store.actors().all().stream().map(Actor::name).toList());
        }
    }

    @Test
    void cancellingTheReviewStoresNothing(FxRobot robot) throws Exception {
        TableView<CandidateRow> candidates = importAndAwaitReview(robot);
        robot.clickOn(nameCell(robot, candidates, 0)).type(KeyCode.A).type(KeyCode.A);
        assertEquals(2, candidates.getItems().stream().filter(r -> r.decision().get() != null).count(),
                "the keys decided two candidates");

        robot.clickOn("#cancelReview");
        awaitClosed(robot);

        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(0, store.actors().count());
            assertEquals(0, store.sources().count());
            assertEquals(0, store.mentions().all().size());
        }
        assertTrue(AtlasWindowFixture.table(robot, "organisation").getItems().isEmpty());
    }

    @Test
    void theReviewShowsItsWholeWordsInRussianAndKazakh(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>();
        UiLanguage speaking = UiLanguage.EN;
        for (UiLanguage language : List.of(UiLanguage.RU, UiLanguage.KK)) {
            app.chooseLanguage(robot, speaking, language);
            speaking = language;
            importAndAwaitReview(robot);
            // the title is the document's own first words, which the header may cut
            String title = robot.lookup("#reviewTitle").queryLabeled().getText();
            ShownText.cut(robot.lookup(".review-view").queryAs(Parent.class), Set.of(title))
                    .forEach(c -> cut.add(language.code() + ": " + c));
            robot.clickOn("#cancelReview");
            awaitClosed(robot);
        }
        assertEquals(List.of(), cut, "no label's or button's words are cut to an ellipsis");
    }

    @SuppressWarnings("unchecked")
    private TableView<CandidateRow> importAndAwaitReview(FxRobot robot) throws TimeoutException {
        app.importFiles(robot, SEED);
        FxWait.until(30, () -> robot.lookup("#candidateTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#candidateTable").queryAs(TableView.class);
    }

    private static void awaitClosed(FxRobot robot) throws TimeoutException {
        FxWait.until(30, () -> robot.lookup("#candidateTable").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node nameCell(FxRobot robot, TableView<CandidateRow> table, int index) {
        return robot.from(table).lookup(".table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && c.getIndex() == index && c.getTableColumn() != null
                && "name".equals(c.getTableColumn().getId())).queryAs(TableCell.class);
    }
}
