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

/** Throughput on shuffled paragraphs of the seed and test documents: a floor well under the target catches slow rules. */
class ExtractionSpeedTest {

    @Test
    void mixedTextRunsInLinearTime() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        for (Path folder : List.of(Path.of("seeds"), Path.of("src", "test", "resources", "extract"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    paragraphs.addAll(List.of(Files.readString(f, StandardCharsets.UTF_8).split("\n")));
                }
            }
        }
        Random random = new Random(7);
        StringBuilder one = new StringBuilder();
        while (one.length() < 1_000_000) {
            one.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
        }
        ActorExtractor extractor = new ActorExtractor();
        extractor.extract(one.substring(0, 50_000));
        // the thread's CPU time: on a machine shared with other work the clock measures the others too
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        int found = extractor.extract(one.toString()).size();
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        double mbPerSecond = one.toString().getBytes(StandardCharsets.UTF_8).length / 1e6 / seconds;
        assertTrue(found > 50, "found " + found);
        assertTrue(mbPerSecond >= 0.3, String.format("%.2f MB/s", mbPerSecond));
    }
}
