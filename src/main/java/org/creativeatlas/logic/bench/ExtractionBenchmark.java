package org.creativeatlas.logic.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.creativeatlas.logic.extract.ActorExtractor;
import org.creativeatlas.logic.extract.ArabicKazakh;

/**
 * Extraction throughput: the extractor over a mixed English, Russian and Kazakh corpus ({@link ExtractionCorpus}),
 * one document at a time as an import runs it, in MB (2^20 bytes of UTF-8) per second. The corpus is 10 MB at
 * scale 1 and above, proportionally smaller below. It is read twice: the first pass, timed on
 * its own, warms the JIT; the second gives the steady rate of a long import. The
 * one-line measure takes such documents as one document of a single line (8 MB at scale 1): no paragraph or line
 * ends, and the seed actors named thousands of times.
 */
public final class ExtractionBenchmark {

    /** Corpus size at scale 1. */
    public static final long CORPUS_BYTES = 10L << 20;
    /** Size of the one-line document at scale 1. */
    public static final long ONE_LINE_BYTES = 8L << 20;
    private static final long MIN_BYTES = 100_000;

    private final double scale;

    public ExtractionBenchmark(double scale) {
        this.scale = Scale.positive(scale);
    }

    /** The first pass over the corpus, which also warms the JIT, and the second, the extractor's steady rate. */
    public List<Measure> run() {
        List<String> documents = ExtractionCorpus.build(Math.max(MIN_BYTES, (long) (Math.min(1, scale) * CORPUS_BYTES)));
        ActorExtractor extractor = new ActorExtractor();
        long bytes = 0;
        for (String doc : documents) {
            bytes += doc.getBytes(StandardCharsets.UTF_8).length;
        }
        double firstSeconds = pass(extractor, documents);
        double seconds = pass(extractor, documents);
        double mb = bytes / (double) (1L << 20);
        return List.of(new Measure("extract_first_pass_mb_per_s", mb / firstSeconds, "MB/s"),
                new Measure("extract_mb_per_s", mb / seconds, "MB/s"));
    }

    private static double pass(ActorExtractor extractor, List<String> documents) {
        int found = 0;
        long start = System.nanoTime();
        for (String doc : documents) {
            found += extractor.extract(doc).size();
        }
        if (found == 0) {
            throw new IllegalStateException("the extraction benchmark found no actors");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The corpus's Russian and Kazakh text written in Arabic letters, a tenth of its size, read as Kazakh in Arabic
     * letters is: every word through the Kazakh corpus's forms.
     */
    public Measure runArabic() {
        long size = Math.max(MIN_BYTES, (long) (Math.min(1, scale) * CORPUS_BYTES / 10));
        List<String> documents = ExtractionCorpus.build(size).stream().map(ArabicKazakh::written).toList();
        ActorExtractor extractor = new ActorExtractor();
        double seconds = pass(extractor, documents);
        long bytes = documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        return new Measure("extract_arabic_script_mb_per_s", bytes / (double) (1L << 20) / seconds, "MB/s");
    }

    /** The corpus as one document on one line. */
    public Measure runOneLine() {
        long size = Math.max(MIN_BYTES, (long) (Math.min(1, scale) * ONE_LINE_BYTES));
        String line = String.join(" ", ExtractionCorpus.build(size)).replace('\n', ' ');
        ActorExtractor extractor = new ActorExtractor();
        extractor.extract(line.substring(0, line.length() / 10));
        long start = System.nanoTime();
        int found = extractor.extract(line).size();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (found == 0) {
            throw new IllegalStateException("the one-line extraction benchmark found no actors");
        }
        return new Measure("extract_one_line_mb_per_s",
                line.getBytes(StandardCharsets.UTF_8).length / (double) (1L << 20) / seconds, "MB/s");
    }
}
