package org.creativeatlas.ui.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.creativeatlas.logic.report.ReportDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preview pages as images, rendered on the pages thread: the page asked for first, then its neighbours so paging
 * on is instant. A newer request drops the renders still waiting; the last few images are kept. Used on the FX
 * thread only.
 */
final class PageImages {

    private static final Logger LOG = LoggerFactory.getLogger(PageImages.class);
    /** A page at 200 % on a 2x screen is ~50 MB: keep few. */
    private static final int KEPT = 8;

    private record Key(ReportDocument document, int page, float scale) {
    }

    private final Executor worker;
    private final Map<Key, Image> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
            return size() > KEPT;
        }
    };
    private final List<FutureTask<?>> waiting = new ArrayList<>();

    PageImages(Executor worker) {
        this.worker = worker;
    }

    /** Hands page {@code page} (from 0) at {@code scale} pixels per point to {@code show}, now if it is kept. */
    void request(Preview preview, int page, float scale, Consumer<Image> show) {
        waiting.forEach(f -> f.cancel(false));
        waiting.clear();
        Key key = new Key(preview.document(), page, scale);
        Image image = kept.get(key);
        if (image != null) {
            show.accept(image);
        } else {
            render(key, show);
        }
        for (int next : new int[] {page + 1, page - 1}) {
            Key ahead = new Key(preview.document(), next, scale);
            if (next >= 0 && next < preview.pageCount() && !kept.containsKey(ahead)) {
                render(ahead, i -> { });
            }
        }
    }

    /** Whether the page is ready to show without waiting. */
    boolean has(Preview preview, int page, float scale) {
        return kept.containsKey(new Key(preview.document(), page, scale));
    }

    /** Drops the images of a document that is no longer shown. */
    void forget(ReportDocument document) {
        waiting.forEach(f -> f.cancel(false));
        waiting.clear();
        kept.keySet().removeIf(k -> k.document() == document);
    }

    private void render(Key key, Consumer<Image> show) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            try {
                Image image = SwingFXUtils.toFXImage(key.document().renderPage(key.page(), key.scale()), null);
                Platform.runLater(() -> {
                    kept.put(key, image);
                    show.accept(image);
                });
            } catch (RuntimeException e) {
                LOG.error("Page {} of the report could not be drawn", key.page() + 1, e);
            }
        }, null);
        waiting.add(task);
        worker.execute(task);
    }
}
