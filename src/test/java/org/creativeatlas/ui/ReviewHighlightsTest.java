package org.creativeatlas.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.creativeatlas.ui.viewmodel.CandidateRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Every highlight of the review, read back from the screen, covers exactly the letters it stands for: each
 * candidate's names, and the sentences its mentions will keep. Over the seed documents and published news items in
 * Kazakh and Russian (one opens with a date line, one repeats its first sentence).
 */
class ReviewHighlightsTest extends AtlasWindowTest {

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
            table = AtlasWindowFixture.awaitReview(robot, table);
            candidates += DocumentMarks.checkReview(robot, table);
            robot.clickOn(d + 1 < files.size() ? "#skipReview" : "#cancelReview");
        }
        assertTrue(candidates > 100, "every document was reviewed: " + candidates + " candidates");
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
