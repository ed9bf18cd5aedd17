package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Extraction grows with the text, not with its square: eight times the text takes about eight times the work, for a
 * long one-line text naming the same actors over and over (a list, a table saved as text) and for mixed paragraphs in
 * three languages. Work is the thread's CPU time, so a busy machine slows both runs alike; the bound leaves room for
 * that noise, not for a square (64 times). How fast it is, is the bench's to say.
 */
class ExtractionScalingTest {

    @Test
    void eightTimesTheTextTakesAboutEightTimesTheWork() throws IOException {
        // the seed trip report's sentence naming the park and the association with their abbreviations
        String line = Files.readAllLines(Path.of("seeds", "000_69aca01674ece063.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("(ҚКИП)")).findFirst().orElseThrow().strip();
        line = line.substring(line.indexOf("Қырғызстанның"), line.indexOf("жасалды.") + "жасалды.".length());
        assertAboutLinear(repeat(line, 500_000), repeat(line, 4_000_000));
    }

    @Test
    void eightTimesTheMixedParagraphsTakeAboutEightTimesTheWork() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (Path folder : List.of(Path.of("seeds"), Path.of("src", "test", "resources", "extract"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    paragraphs.addAll(List.of(Files.readString(f, StandardCharsets.UTF_8).split("\n")));
                }
            }
        }
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        while (text.length() < 800_000) {
            text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
        }
        String large = text.toString();
        assertAboutLinear(large.substring(0, large.indexOf('\n', large.length() / 8) + 1), large);
    }

    /**
     * The large text (about eight times the small one) takes under twelve times the small one's work. Each is timed
     * more than once and its least taken: another program on the same cores lengthens single runs, never shortens them.
     */
    private static void assertAboutLinear(String small, String large) {
        ActorExtractor extractor = new ActorExtractor();
        extractor.extract(small);
        double smallSeconds = Math.min(cpuSeconds(extractor, small), cpuSeconds(extractor, small));
        double largeSeconds = Math.min(cpuSeconds(extractor, large), cpuSeconds(extractor, large));
        assertTrue(largeSeconds < 12 * smallSeconds, String.format("%.2f s for %d chars, %.2f s for %d chars: %.1f times",
                smallSeconds, small.length(), largeSeconds, large.length(), largeSeconds / smallSeconds));
    }

    /** The line over and over on one line, to at least this many bytes of UTF-8. */
    private static String repeat(String line, int bytes) {
        int times = bytes / line.getBytes(StandardCharsets.UTF_8).length + 1;
        return (line + " ").repeat(times);
    }

    private static double cpuSeconds(ActorExtractor extractor, String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        assertTrue(extractor.extract(text).size() >= 2, "actors are found");
        return (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }
}
