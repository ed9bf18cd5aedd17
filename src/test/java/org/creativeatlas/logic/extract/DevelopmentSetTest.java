package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Scores the extractor on the two development sets of real published pages (English, Russian, Kazakh) and holds each
 * folder above floors set a little below the figures measured when the set was made. The pages' texts are not ours
 * to copy, so only their addresses and gold are committed: a folder is scored once its texts are rebuilt into it
 * (see extract/dev/README.md and extract/dev2/README.md) and is skipped, saying so, until then.
 */
class DevelopmentSetTest {

    private static final Path DEV = Path.of("src", "test", "resources", "extract", "dev");
    private static final Path DEV2 = Path.of("src", "test", "resources", "extract", "dev2");

    /** Floors for one folder: overall F1, recall and country accuracy, then F1 for English, Russian and Kazakh. */
    private record Floors(double f1, double recall, double country, double en, double ru, double kk) {
        Map<String, Double> byLanguage() {
            return Map.of("en", en, "ru", ru, "kk", kk);
        }
    }

    @Test
    void tuneFolderScoresAboveTheFloor() throws IOException {
        assertFolder(DEV, "tune", new Floors(0.72, 0.66, 0.87, 0.77, 0.70, 0.65));
    }

    @Test
    void blindFolderScoresAboveTheFloor() throws IOException {
        assertFolder(DEV, "blind", new Floors(0.63, 0.52, 0.91, 0.60, 0.66, 0.64));
    }

    @Test
    void secondSetTuneFolderScoresAboveTheFloor() throws IOException {
        assertFolder(DEV2, "tune", new Floors(0.73, 0.66, 0.90, 0.70, 0.72, 0.75));
    }

    @Test
    void secondSetBlindFolderScoresAboveTheFloor() throws IOException {
        assertFolder(DEV2, "blind", new Floors(0.70, 0.66, 0.90, 0.74, 0.73, 0.57));
    }

    private static void assertFolder(Path set, String folderName, Floors floors) throws IOException {
        Path folder = set.resolve(folderName);
        String name = set.getFileName() + "/" + folderName;
        List<ExtractionScore.Record> gold = ExtractionScore.load(folder.resolve("gold.json"));
        List<ExtractionScore.Record> optional = ExtractionScore.load(folder.resolve("gold-optional.json"));
        TreeSet<String> docs = new TreeSet<>();
        gold.forEach(g -> docs.add(g.doc()));
        List<String> missing = docs.stream().filter(d -> !Files.isRegularFile(folder.resolve(d))).toList();
        assumeTrue(missing.isEmpty(), () -> "development set '" + name + "': " + missing.size() + " of " + docs.size()
                + " texts absent (they are not committed); rebuild them as extract/" + set.getFileName()
                + "/README.md says to score it");

        List<ExtractionScore.Record> predicted = new ArrayList<>();
        for (String doc : docs) {
            predicted.addAll(ExtractionScore.extract(folder.resolve(doc)));
        }
        ExtractionScore all = ExtractionScore.score(gold, predicted, optional);
        List<Executable> checks = new ArrayList<>(List.of(
                () -> assertTrue(all.f1() >= floors.f1(), name + " F1: " + all),
                () -> assertTrue(recall(all) >= floors.recall(), name + " recall: " + all),
                () -> assertTrue(all.countryAccuracy() >= floors.country(), name + " country: " + all)));
        floors.byLanguage().forEach((language, floor) -> {
            Predicate<ExtractionScore.Record> in = r -> r.doc().startsWith(language + "_");
            ExtractionScore one = ExtractionScore.score(only(gold, in), only(predicted, in), only(optional, in));
            checks.add(() -> assertTrue(one.f1() >= floor, name + " " + language + ": " + one));
        });
        assertAll(name, checks);
    }

    private static double recall(ExtractionScore s) {
        return s.tp + s.fn == 0 ? 0 : (double) s.tp / (s.tp + s.fn);
    }

    private static List<ExtractionScore.Record> only(List<ExtractionScore.Record> records,
            Predicate<ExtractionScore.Record> in) {
        return records.stream().filter(in).toList();
    }
}
