package org.creativeatlas.logic.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExtractionCorpusTest {

    @Test
    void tenMegabytesOfVariedDocumentsInThreeLanguages() {
        List<String> documents = ExtractionCorpus.build(ExtractionBenchmark.CORPUS_BYTES);

        long bytes = documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        assertTrue(bytes >= 10_000_000, "bytes " + bytes);
        assertTrue(documents.stream().allMatch(d -> d.length() >= 4_000 && d.length() < 45_000));
        Set<String> distinct = new HashSet<>();
        long paragraphs = 0;
        for (String doc : documents) {
            for (String p : doc.split("\n\n")) {
                paragraphs++;
                distinct.add(p);
            }
        }
        assertTrue(distinct.size() > 0.95 * paragraphs, distinct.size() + " distinct of " + paragraphs);
        String all = String.join("", documents.subList(0, 20));
        assertTrue(all.contains("қатысты") && all.contains("года") && all.contains(" of the "));
    }

    @Test
    void theSameCorpusEveryRun() {
        assertEquals(ExtractionCorpus.build(200_000), ExtractionCorpus.build(200_000));
    }
}
