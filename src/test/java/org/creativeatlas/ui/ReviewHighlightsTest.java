package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.creativeatlas.logic.imports.Passage;
import org.creativeatlas.ui.DocumentMarks.Marked;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every highlight of the review, read back from the screen, covers exactly the letters it stands for: each
 * candidate's names, and the sentences its mentions will keep. Over the seed documents and published news items in
 * Kazakh and Russian (one opens with a date line, one repeats its first sentence).
 */
class ReviewHighlightsTest extends AtlasWindowTest {

    private static final Comparator<Marked> IN_TEXT_ORDER =
            Comparator.comparingInt(Marked::start).thenComparingInt(Marked::end);

    @Override
    void open(Stage stage) {
        app.startEmpty(stage);
    }

    @Test
    void everyMarkCoversTheNamesAndSentencesOfItsCandidate(FxRobot robot) throws Exception {
        List<Path> files = documents();
        app.importFiles(robot, files.toArray(Path[]::new));
        TableView<CandidateRow> table = null;
        int candidates = 0;
        for (int d = 0; d < files.size(); d++) {
            table = awaitReview(robot, table);
            candidates += checkDocument(robot, table);
            robot.clickOn(d + 1 < files.size() ? "#skipReview" : "#cancelReview");
        }
        assertTrue(candidates > 100, "every document was reviewed: " + candidates + " candidates");
    }

    /** Checks the marks of every candidate of the document shown; returns how many candidates it has. */
    private static int checkDocument(FxRobot robot, TableView<CandidateRow> table) {
        DocumentMarks marks = DocumentMarks.of(robot);
        String title = robot.lookup("#reviewTitle").queryLabeled().getText();
        List<Marked> names = table.getItems().stream().flatMap(r -> r.candidate().passages().stream())
                .map(s -> marks.at(s.start(), s.end())).sorted(IN_TEXT_ORDER).toList();
        assertEquals(names, sorted(marks.marked("mark")), title + ": every name is marked where it is");
        for (int i = 0; i < table.getItems().size(); i++) {
            int index = i;
            robot.interact(() -> table.getSelectionModel().clearAndSelect(index));
            CandidateRow row = table.getItems().get(i);
            DocumentMarks now = DocumentMarks.of(robot);
            List<Marked> own = row.candidate().passages().stream().map(s -> now.at(s.start(), s.end())).toList();
            assertEquals(own, sorted(now.marked("mark-focus")), title + ": the names of " + row.candidate().name());
            List<Marked> sentences = sorted(now.marked("mark-passage"));
            assertEquals(sorted(row.proposal().passages().stream().map(p -> now.at(p.span().start(), p.span().end()))
                    .toList()), sentences, title + ": the sentences kept for " + row.candidate().name());
            assertEquals(row.proposal().passages().stream().map(Passage::text).collect(Collectors.toSet()),
                    sentences.stream().map(Marked::text).collect(Collectors.toSet()),
                    title + ": what is marked is what the mentions of " + row.candidate().name() + " will keep");
            for (Marked name : own) {
                assertTrue(sentences.stream().anyMatch(s -> s.start() <= name.start() && name.end() <= s.end()),
                        title + ": the name at " + name + " is in a marked sentence");
            }
        }
        return table.getItems().size();
    }

    private static List<Marked> sorted(List<Marked> marks) {
        return marks.stream().sorted(IN_TEXT_ORDER).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableView<CandidateRow> awaitReview(FxRobot robot, TableView<CandidateRow> previous)
            throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#candidateTable").tryQuery()
                .filter(t -> t != previous).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#candidateTable").queryAs(TableView.class);
    }

    /** The seed documents and the published news items kept for this test. */
    static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src", "test", "resources", "review-docs"))) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
