package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scores the extractor against annotated documents with the shared scorer's matching and holds it above a floor. */
class ExtractionQualityTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path GOLD = Path.of("src", "test", "resources", "extract", "gold");
    private static final Path OWN = Path.of("src", "test", "resources", "extract");

    @Test
    void seedDocumentsScoreAboveTheFloor() throws IOException {
        ExtractionScore score = ExtractionScore.score(ExtractionScore.load(GOLD.resolve("seeds-gold.json")),
                extractAll(SEEDS, "0"), ExtractionScore.load(GOLD.resolve("seeds-gold-optional.json")));
        assertTrue(score.f1() >= 0.93, "seeds: " + score);
        assertTrue(score.countryAccuracy() >= 0.95, "seeds: " + score);
    }

    @Test
    void ownDocumentsScoreAboveTheFloor() throws IOException {
        List<ExtractionScore.Record> predicted = new ArrayList<>();
        for (Path f : texts(OWN, "")) {
            predicted.addAll(ExtractionScore.extract(f));
        }
        ExtractionScore annotated = ExtractionScore.score(ExtractionScore.load(OWN.resolve("expected.json")),
                predicted, List.of());
        ExtractionScore held = ExtractionScore.score(ExtractionScore.load(OWN.resolve("holdout-expected.json")),
                predicted, List.of());
        assertTrue(annotated.f1() >= 0.9, "own documents: " + annotated);
        assertTrue(held.f1() >= 0.8, "held-out documents: " + held);
        assertTrue(annotated.countryAccuracy() >= 0.9, "own documents: " + annotated);
    }

    /** Sets written apart from the rules (the third after the last rule change), each with its own gold. */
    @Test
    void heldOutSetsScoreAboveTheFloor() throws IOException {
        assertHeldOut(OWN.resolve("heldout2"), 0.93, 0.93);
        assertHeldOut(OWN.resolve("heldout3"), 0.83, 0.8);
    }

    private static void assertHeldOut(Path folder, double f1, double country) throws IOException {
        ExtractionScore score = ExtractionScore.score(ExtractionScore.load(folder.resolve("expected.json")),
                extractAll(folder, ""), ExtractionScore.load(folder.resolve("expected-optional.json")));
        assertTrue(score.f1() >= f1, folder.getFileName() + ": " + score);
        assertTrue(score.countryAccuracy() >= country, folder.getFileName() + ": " + score);
    }

    private static List<ExtractionScore.Record> extractAll(Path folder, String prefix) throws IOException {
        List<ExtractionScore.Record> out = new ArrayList<>();
        for (Path f : texts(folder, prefix)) {
            out.addAll(ExtractionScore.extract(f));
        }
        return out;
    }

    private static List<Path> texts(Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }
}
