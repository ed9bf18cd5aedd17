package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.creativeatlas.logic.imports.Decision;
import org.creativeatlas.logic.match.Match;
import org.creativeatlas.model.Source;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A candidate the review finds in the catalogue as the same actor is merged into it when accepted, unless the
 * researcher asks for a new actor; the table shows the match and its score in a column in sight.
 */
class ConfidentMatchReviewTest extends AtlasWindowTest {

    /** The English news item of the seeds, whose actors the seed catalogue holds. */
    private static final Path SEED = Path.of("seeds", "001_0f293abc41f6a8a0.txt");

    @Test
    void acceptMergesIntoASureMatchAndAddAsNewAddsOne(FxRobot robot) throws Exception {
        long actorsBefore;
        try (Catalogue store = Catalogue.open(app.db)) {
            actorsBefore = store.actors().count();
        }
        TableView<CandidateRow> table = reviewAgain(robot);
        List<CandidateRow> sure = table.getItems().stream()
                .filter(r -> r.bestMatch().map(Match::isSame).orElse(false)).toList();
        assertTrue(sure.size() >= 2, "the seed catalogue knows this document's actors");
        CandidateRow merged = sure.get(0);
        CandidateRow added = sure.get(1);
        Match match = merged.bestMatch().orElseThrow();

        TableCell<?, ?> matchCell = AtlasWindowFixture.candidateCell(robot, table, table.getItems().indexOf(merged), "match");
        String score = String.format(Locale.ROOT, "%.2f", match.score());
        assertTrue(shown(matchCell).startsWith(score + " same as"), "the match column shows «" + shown(matchCell) + "»");
        assertTrue(matchCell.getText().endsWith(match.actor().name()), matchCell.getText());
        Bounds cellBounds = matchCell.localToScene(matchCell.getBoundsInLocal());
        Bounds tableBounds = table.localToScene(table.getBoundsInLocal());
        assertTrue(cellBounds.getMinX() >= tableBounds.getMinX() && cellBounds.getMaxX() <= tableBounds.getMaxX(),
                "the match column is in sight without scrolling sideways");

        robot.clickOn(AtlasWindowFixture.candidateCell(robot, table, table.getItems().indexOf(merged), "name")).type(KeyCode.A);
        assertEquals(Decision.merge(match.actor().id()), merged.decision().get(), "accepting a sure match merges");
        robot.clickOn(AtlasWindowFixture.candidateCell(robot, table, table.getItems().indexOf(added), "name")).type(KeyCode.N);
        assertEquals(Decision.Action.ACCEPT, added.decision().get().action(), "N adds it as a new actor");
        assertTrue(robot.lookup("#tallyLabel").queryLabeled().getText().startsWith("1 new · 1 merged"),
                robot.lookup("#tallyLabel").queryLabeled().getText());

        robot.type(KeyCode.ENTER);
        FxWait.until(30, () -> robot.lookup("#candidateTable").tryQuery().isEmpty());
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(actorsBefore + 1, store.actors().count(), "one actor added, none duplicated by the merge");
            Source source = store.sources().all().stream().filter(s -> s.fileName().equals(SEED.getFileName()
                    .toString())).findFirst().orElseThrow();
            assertFalse(store.mentions().of(match.actor().id()).stream().filter(m -> m.sourceId() == source.id())
                    .toList().isEmpty(), "the merged actor keeps the document's passage");
        }
    }

    /** Imports the seed document again, asking to extract it again, and waits for its review. */
    @SuppressWarnings("unchecked")
    private TableView<CandidateRow> reviewAgain(FxRobot robot) throws Exception {
        app.importFiles(robot, SEED);
        FxWait.until(30, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("Extract again"))
                .queryAs(Node.class));
        FxWait.until(30, () -> robot.lookup("#candidateTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#candidateTable").queryAs(TableView.class);
    }

    /** The text a cell shows, as drawn: cut short with "…" where it does not fit. */
    private static String shown(TableCell<?, ?> cell) {
        return cell.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
