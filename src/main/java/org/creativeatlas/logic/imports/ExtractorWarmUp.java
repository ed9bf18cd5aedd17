package org.creativeatlas.logic.imports;

import java.util.concurrent.CompletableFuture;
import org.creativeatlas.logic.SeedCatalogue;
import org.creativeatlas.logic.extract.ActorExtractor;
import org.creativeatlas.logic.extract.learn.NameModels;

/**
 * Gets the extractor ready while the researcher picks the files to import: the name models are read and the seed
 * catalogue's five source texts are run through the extractor once on a background thread, so that the first
 * document meets compiled code rather than a cold start. Started at most once; nothing is stored.
 */
public final class ExtractorWarmUp {

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
        for (String text : SeedCatalogue.sourceTexts()) {
            extractor.extract(text);
        }
    }
}
