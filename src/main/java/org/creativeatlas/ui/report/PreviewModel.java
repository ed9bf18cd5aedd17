package org.creativeatlas.ui.report;

import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.creativeatlas.logic.report.ReportDocument;

/**
 * The preview's state: the laid-out report, the page shown (from 0), the zoom and how the page is fitted, and the
 * image of the page, rendered in the background at the zoom and the screen's pixel density. Until the new image
 * is ready the previous one stays (stretched after a zoom, the old layout after a change of options), so the
 * preview does not flicker; only another page starts as blank paper.
 */
public final class PreviewModel {

    /** Room around the page inside the viewport, in pixels. */
    private static final double MARGIN = 32;

    private final PageImages images;
    private final ReadOnlyObjectWrapper<Preview> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount");
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ObjectProperty<Fit> fit = new SimpleObjectProperty<>(this, "fit", Fit.PAGE);
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final DoubleBinding pageWidth;
    private final DoubleBinding pageHeight;
    private double viewportWidth;
    private double viewportHeight;
    private double pixelDensity = 1;

    PreviewModel(PageImages images) {
        this.images = images;
        pageWidth = Bindings.createDoubleBinding(() -> size(Preview::pageWidth), shown, zoom);
        pageHeight = Bindings.createDoubleBinding(() -> size(Preview::pageHeight), shown, zoom);
        page.addListener((obs, old, now) -> {
            image.set(null);
            render();
        });
        zoom.addListener(obs -> render());
        fit.addListener(obs -> refit());
    }

    /** Shows a newly laid-out report, on the same page if it still has it; returns the document it replaces. */
    ReportDocument show(Preview preview) {
        Preview old = shown.get();
        shown.set(preview);
        pageCount.set(preview.pageCount());
        if (old != null) {
            images.forget(old.document());
        }
        refit();
        if (page.get() >= preview.pageCount()) {
            page.set(preview.pageCount() - 1);
        } else {
            render();
        }
        return old == null ? null : old.document();
    }

    /** The viewport's size in pixels and the screen's pixels per pixel (2 on a high-density screen). */
    public void viewport(double width, double height, double density) {
        viewportWidth = width;
        viewportHeight = height;
        boolean sharper = density != pixelDensity;
        pixelDensity = density;
        refit();
        if (sharper) {
            render();
        }
    }

    public void first() {
        goTo(0);
    }

    public void previous() {
        goTo(page.get() - 1);
    }

    public void next() {
        goTo(page.get() + 1);
    }

    public void last() {
        goTo(pageCount.get() - 1);
    }

    /** Shows page {@code index} (from 0), kept within the report. */
    public void goTo(int index) {
        page.set(Math.max(0, Math.min(pageCount.get() - 1, index)));
    }

    public void zoomIn() {
        fit.set(Fit.NONE);
        zoom.set(Zoom.larger(zoom.get()));
    }

    public void zoomOut() {
        fit.set(Fit.NONE);
        zoom.set(Zoom.smaller(zoom.get()));
    }

    private void refit() {
        Preview preview = shown.get();
        if (preview == null || viewportWidth <= 0) {
            return;
        }
        double width = Zoom.fit(viewportWidth - MARGIN, preview.pageWidth());
        switch (fit.get()) {
            case WIDTH -> zoom.set(width);
            case PAGE -> zoom.set(Math.min(width, Zoom.fit(viewportHeight - MARGIN, preview.pageHeight())));
            case NONE -> { }
        }
    }

    private void render() {
        Preview preview = shown.get();
        if (preview == null || preview.pageCount() == 0) {
            return;
        }
        int wanted = page.get();
        float scale = scale();
        images.request(preview, wanted, scale, rendered -> {
            if (shown.get() == preview && page.get() == wanted && scale() == scale) {
                image.set(rendered);
            }
        });
    }

    private float scale() {
        return (float) (zoom.get() * Zoom.PIXELS_PER_POINT * pixelDensity);
    }

    private double size(ToDoubleFunction<Preview> points) {
        Preview preview = shown.get();
        return preview == null ? 0 : points.applyAsDouble(preview) * zoom.get() * Zoom.PIXELS_PER_POINT;
    }

    ReportDocument document() {
        return shown.get() == null ? null : shown.get().document();
    }

    public ReadOnlyIntegerProperty pageCount() {
        return pageCount.getReadOnlyProperty();
    }

    /** The page shown, from 0. */
    public ReadOnlyIntegerProperty page() {
        return page;
    }

    public DoubleProperty zoom() {
        return zoom;
    }

    public ObjectProperty<Fit> fit() {
        return fit;
    }

    public ReadOnlyObjectProperty<Image> image() {
        return image.getReadOnlyProperty();
    }

    /** The page's width on screen, in pixels, at the zoom. */
    public DoubleBinding pageWidth() {
        return pageWidth;
    }

    public DoubleBinding pageHeight() {
        return pageHeight;
    }
}
