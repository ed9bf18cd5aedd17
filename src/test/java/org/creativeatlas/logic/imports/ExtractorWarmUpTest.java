package org.creativeatlas.logic.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.creativeatlas.logic.SeedCatalogue;
import org.junit.jupiter.api.Test;

class ExtractorWarmUpTest {

    @Test
    void runsOnceInTheBackgroundOverTheSeedSources() throws Exception {
        ExtractorWarmUp warmUp = new ExtractorWarmUp();
        var first = warmUp.start();
        assertSame(first, warmUp.start(), "a second start must not run it again");
        first.get(2, TimeUnit.MINUTES); // throws if the extraction failed
        assertFalse(first.isCompletedExceptionally());
    }

    @Test
    void warmsUpOnTheFivePublishedSeedDocumentsInThreeLanguages() {
        var texts = SeedCatalogue.sourceTexts();
        assertEquals(5, texts.size());
        assertTrue(texts.stream().anyMatch(t -> t.contains("қ")), "a Kazakh text");
        assertTrue(texts.stream().anyMatch(t -> t.contains(" the ")), "an English text");
        assertTrue(texts.stream().anyMatch(t -> t.contains(" и ")), "a Russian text");
    }
}
