package org.creativeatlas.logic.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.creativeatlas.logic.SeedCatalogue;
import org.creativeatlas.logic.documents.DocumentException;
import org.creativeatlas.logic.imports.DocumentImporter;
import org.creativeatlas.logic.imports.ImportProposal;
import org.creativeatlas.store.Catalogue;

/**
 * How long a reviewer waits for the first candidates of a long document: a 50-page text file (3 000 characters a
 * page, mixed English, Russian and Kazakh) proposed into the seed catalogue exactly as the import window does it,
 * read, extracted and matched. Run once and cold — before any other extraction in the process, so the name models
 * are read and the extractor's code is not yet compiled — because a researcher's first document of the day meets
 * the same.
 */
public final class ReviewStartBenchmark {

    public static final int PAGES = 50;
    private static final int PAGE_CHARS = 3_000;

    public void run(Consumer<Measure> out) {
        ScratchFolder.use(dir -> {
            Path document = dir.resolve("fifty-pages.txt");
            Files.writeString(document, text(), StandardCharsets.UTF_8);
            try (Catalogue catalogue = SeedCatalogue.openDefault(dir.resolve("atlas.db"))) {
                long start = System.nanoTime();
                ImportProposal proposal = new DocumentImporter(catalogue).propose(document);
                double millis = (System.nanoTime() - start) / 1e6;
                if (proposal.proposals().isEmpty()) {
                    throw new IllegalStateException("the review benchmark's document gave no candidates");
                }
                out.accept(new Measure("review_first_candidates_ms", millis, "ms"));
                out.accept(new Measure("review_candidates", proposal.proposals().size(), "candidates"));
            } catch (DocumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    private static String text() {
        StringBuilder text = new StringBuilder();
        List<String> documents = ExtractionCorpus.build((long) PAGES * PAGE_CHARS * 4);
        for (int i = 0; text.length() < PAGES * PAGE_CHARS; i++) {
            text.append(documents.get(i)).append("\n\n");
        }
        return text.toString();
    }
}
