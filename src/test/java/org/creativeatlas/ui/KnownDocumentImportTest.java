package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.creativeatlas.logic.imports.Decision;
import org.creativeatlas.logic.match.Match;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** A seed document imported again into the seed catalogue: asked about first, and never a second source. */
class KnownDocumentImportTest extends AtlasWindowTest {

    /** The Russian news item of the seeds, whose text the seed catalogue holds as a source. */
    private static final Path SEED = Path.of("seeds", "001_0f293abc41f6a8a0.txt");

    private long sources;
    private long actors;

    @BeforeEach
    void count() {
        try (Catalogue store = Catalogue.open(app.db)) {
            sources = store.sources().count();
            actors = store.actors().count();
        }
    }

    @Test
    void extractingAgainMergesIntoTheKnownActorsWithoutASecondSource(FxRobot robot) throws Exception {
        app.importFiles(robot, SEED);
        FxWait.until(30, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(dialogButton(robot, "Extract again"));
        FxWait.until(30, () -> robot.lookup("#candidateTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<CandidateRow> candidates = robot.lookup("#candidateTable").queryAs(TableView.class);
        CandidateRow known = candidates.getItems().stream()
                .filter(r -> r.bestMatch().map(Match::isSame).orElse(false)).findFirst().orElseThrow();
        robot.interact(() -> {
            candidates.getSelectionModel().select(known);
            candidates.requestFocus();
        });

        robot.type(KeyCode.M);
        assertEquals(Decision.Action.MERGE, known.decision().get().action());
        robot.type(KeyCode.ENTER);
        FxWait.until(30, () -> robot.lookup("#candidateTable").tryQuery().isEmpty());

        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(sources, store.sources().count(), "no second source");
            assertEquals(actors, store.actors().count(), "merged, not added");
        }
    }

    @Test
    void notExtractingAgainStoresNothing(FxRobot robot) throws Exception {
        app.importFiles(robot, SEED);
        FxWait.until(30, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(dialogButton(robot, "Cancel"));
        FxWait.until(30, () -> robot.lookup("#importProgress").tryQuery().isEmpty());

        assertTrue(robot.lookup("#candidateTable").tryQuery().isEmpty(), "no review was opened");
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(sources, store.sources().count());
            assertEquals(actors, store.actors().count());
        }
    }

    /** A button of the open question, not a look-alike in the windows behind it. */
    private static Node dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).query();
    }
}
