package org.creativeatlas.logic.imports;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.creativeatlas.logic.SeedCatalogue;
import org.creativeatlas.logic.extract.ActorExtractor;
import org.creativeatlas.logic.extract.Candidate;
import org.creativeatlas.logic.extract.learn.NameModels;
import org.creativeatlas.logic.match.ActorMatcher;

/**
 * Gets the extractor ready while the researcher picks the files to import: the name models are read and the seed
 * catalogue's five source texts are run through the extractor, and their candidates through a matcher of their own,
 * a few times on a background thread, so that the first document meets compiled code rather than a cold start.
 * Started at most once; nothing is stored.
 */
public final class ExtractorWarmUp {

    /** Passes over the texts: the first reads the models and compiles little, the later ones get the compiler going. */
    private static final int PASSES = 3;

    private CompletableFuture<Void> running;

    /** Starts the warm-up unless it has started already; the future ends when it has run. */
    public synchronized CompletableFuture<Void> start() {
        if (running == null) {
            NameModels.loadInBackground();
            running = CompletableFuture.runAsync(ExtractorWarmUp::run, task -> {
                Thread t = new Thread(task, "extractor-warm-up");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                t.start();
            });
        }
        return running;
    }

    private static void run() {
        ActorExtractor extractor = new ActorExtractor();
        ActorMatcher matcher = new ActorMatcher(List.of(), List.of());
        for (int pass = 0; pass < PASSES; pass++) {
            for (String text : SeedCatalogue.sourceTexts()) {
                for (Candidate c : extractor.extract(text)) {
                    matcher.matches(c.type(), c.name(), c.variants(), c.country());
                    if (pass == 0) {
                        matcher.add(Drafts.of(c), c.variants());
                    }
                }
            }
        }
    }
}
