package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.creativeatlas.logic.imports.Decision;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Mention;
import org.creativeatlas.model.NameVariant;
import org.creativeatlas.store.Catalogue;
import org.creativeatlas.ui.viewmodel.ActorItem;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A researcher's document import from a fresh catalogue, by clicks and keys: a Russian and a Kazakh news item
 * dropped on the window, each reviewed (every highlight on its letters), actors accepted, the Kazakh name of an
 * association merged into the Russian one, the tables showing the result, and each document taken back by undo
 * and brought back by redo.
 */
class DocumentImportWorkflowTest extends AtlasWindowTest {

    private static final Path RUSSIAN = Path.of("seeds", "004_f6411042fb46b172.txt");
    private static final Path KAZAKH = Path.of("seeds", "000_69aca01674ece063.txt");
    private static final String ASSOCIATION = "Ассоциация креативных индустрий";
    private static final String ASSOCIATION_KK = "Креативтік Индустриялар Ассоциациясы";
    private static final List<String> FROM_RUSSIAN = List.of(ASSOCIATION,
            "Министерство культуры, информации, спорта и молодежной политики",
            "Кыргызский национальный университет имени Ж.Баласагына");
    private static final String TURAN = "«Тұран» университеті";
    private static final String AMANALIEV = "Данияр Аманалиев";

    @Override
    void open(Stage stage) {
        app.startEmpty(stage);
    }

    @Test
    void importReviewAcceptMergeThenUndoAndRedo(FxRobot robot) throws Exception {
        app.importFiles(robot, RUSSIAN, KAZAKH);

        TableView<CandidateRow> russian = AtlasWindowFixture.awaitReview(robot, null);
        assertTrue(DocumentMarks.checkReview(robot, russian) > 20);
        for (String name : FROM_RUSSIAN) {
            accept(robot, russian, name);
        }
        robot.clickOn("#finishReview");

        TableView<CandidateRow> kazakh = AtlasWindowFixture.awaitReview(robot, russian);
        assertTrue(DocumentMarks.checkReview(robot, kazakh) > 20);
        CandidateRow association = kazakh.getItems().get(AtlasWindowFixture.candidateIndex(kazakh, ASSOCIATION_KK));
        robot.clickOn(AtlasWindowFixture.candidateCell(robot, kazakh, kazakh.getItems().indexOf(association), "name"));
        robot.clickOn("#mergeTarget").write("Ассоциация креатив").type(KeyCode.ENTER);
        robot.clickOn("#mergeChosen");
        long associationId = organisation(robot, ASSOCIATION).id();
        assertEquals(Decision.merge(associationId), association.decision().get());
        accept(robot, kazakh, TURAN);
        accept(robot, kazakh, AMANALIEV);
        robot.clickOn("#finishReview");
        FxWait.until(30, () -> robot.lookup("#candidateTable").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Set<String> both = Set.of(ASSOCIATION, FROM_RUSSIAN.get(1), FROM_RUSSIAN.get(2), TURAN);
        assertEquals(both, names(robot, "organisation"), "the tables show both documents' actors, the merged one once");
        assertEquals(Set.of(AMANALIEV), names(robot, "person"));
        assertStored(2, Set.of(ASSOCIATION_KK), 2, associationId);

        undo(robot);
        assertEquals(Set.copyOf(FROM_RUSSIAN), names(robot, "organisation"), "undo takes out the Kazakh document");
        assertEquals(Set.of(), names(robot, "person"));
        assertStored(1, Set.of(), 1, associationId);

        undo(robot);
        assertEquals(Set.of(), names(robot, "organisation"), "a second undo takes out the Russian document");
        assertStored(0, Set.of(), 0, associationId);

        redo(robot);
        redo(robot);
        assertEquals(both, names(robot, "organisation"), "redo brings both back");
        assertEquals(Set.of(AMANALIEV), names(robot, "person"));
        assertStored(2, Set.of(ASSOCIATION_KK), 2, associationId);
    }

    private static void accept(FxRobot robot, TableView<CandidateRow> table, String name) {
        int index = AtlasWindowFixture.candidateIndex(table, name);
        robot.clickOn(AtlasWindowFixture.candidateCell(robot, table, index, "name")).type(KeyCode.A);
        assertEquals(Decision.Action.ACCEPT, table.getItems().get(index).decision().get().action(), name);
    }

    private static Actor organisation(FxRobot robot, String name) {
        return AtlasWindowFixture.table(robot, "organisation").getItems().stream().map(ActorItem::actor)
                .filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> names(FxRobot robot, String type) {
        return AtlasWindowFixture.table(robot, type).getItems().stream().map(i -> i.actor().name())
                .collect(Collectors.toSet());
    }

    /** The sources stored, the association's Kazakh names, and how many sources its mentions come from. */
    private void assertStored(int sources, Set<String> kazakhNames, int mentionSources, long association) {
        try (Catalogue store = Catalogue.open(app.db)) {
            assertEquals(sources, store.sources().count(), "sources");
            assertEquals(kazakhNames, store.variants().of(association).stream().map(NameVariant::text)
                    .filter(ASSOCIATION_KK::equals).collect(Collectors.toSet()), "the merged name is a variant");
            assertEquals(mentionSources, store.mentions().of(association).stream().map(Mention::sourceId).distinct()
                    .count(), "the association's mentions come from each document stored");
        }
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void redo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
