package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Extraction grows with the text, not with its square: a long one-line text naming the same actors over and over
 * (a list, a table saved as text) takes eight times the work for eight times the text. Work is the thread's CPU
 * time, so a busy machine slows both runs alike; the bound leaves room for that noise, not for a square (64 times).
 */
class ExtractionScalingTest {

    @Test
    void eightTimesTheTextTakesAboutEightTimesTheWork() throws IOException {
        // the seed trip report's sentence naming the park and the association with their abbreviations
        String line = Files.readAllLines(Path.of("seeds", "000_69aca01674ece063.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("(ҚКИП)")).findFirst().orElseThrow().strip();
        line = line.substring(line.indexOf("Қырғызстанның"), line.indexOf("жасалды.") + "жасалды.".length());
        String small = repeat(line, 500_000);
        String large = repeat(line, 4_000_000);
        ActorExtractor extractor = new ActorExtractor();
        extractor.extract(small);
        double smallSeconds = cpuSeconds(extractor, small);
        double largeSeconds = cpuSeconds(extractor, large);
        assertTrue(largeSeconds < 12 * smallSeconds, String.format(
                "%.2f s for 0.5 MB, %.2f s for 4 MB: %.1f times", smallSeconds, largeSeconds, largeSeconds / smallSeconds));
    }

    /** The line over and over on one line, to at least this many bytes of UTF-8. */
    private static String repeat(String line, int bytes) {
        int times = bytes / line.getBytes(StandardCharsets.UTF_8).length + 1;
        return (line + " ").repeat(times);
    }

    private static double cpuSeconds(ActorExtractor extractor, String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        assertTrue(extractor.extract(text).size() >= 2, "the park and the association are found");
        return (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }
}
