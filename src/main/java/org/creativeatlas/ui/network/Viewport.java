package org.creativeatlas.ui.network;

/**
 * Pan and zoom: screen = world × scale + offset. Mutable, used on the FX thread by the canvas showing it; the
 * network's view model keeps it, so a window rebuilt in another language shows the network as it was.
 */
public final class Viewport {

    static final double MIN_SCALE = 0.002;
    static final double MAX_SCALE = 20;

    private double scale = 1;
    private double offsetX;
    private double offsetY;
    /** Whether it was fitted, moved or zoomed yet: a new view is fitted to its first drawing, a kept one not. */
    private boolean placed;

    public Viewport() {
    }

    public Viewport(double scale, double offsetX, double offsetY) {
        this.scale = scale;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    public double scale() {
        return scale;
    }

    public double screenX(double worldX) {
        return worldX * scale + offsetX;
    }

    public double screenY(double worldY) {
        return worldY * scale + offsetY;
    }

    public double worldX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double worldY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    public boolean isPlaced() {
        return placed;
    }

    public void panBy(double dx, double dy) {
        placed = true;
        offsetX += dx;
        offsetY += dy;
    }

    /** Zooms by {@code factor} keeping the world point under the screen point where it is. */
    public void zoomAt(double screenX, double screenY, double factor) {
        placed = true;
        double wx = worldX(screenX);
        double wy = worldY(screenY);
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        offsetX = screenX - wx * scale;
        offsetY = screenY - wy * scale;
    }

    /** Shows the box {minX, minY, maxX, maxY} whole and centred in a {@code width × height} screen. */
    public void fit(double[] box, double width, double height, double margin) {
        double w = Math.max(box[2] - box[0], 1);
        double h = Math.max(box[3] - box[1], 1);
        double usableW = Math.max(width - 2 * margin, 1);
        double usableH = Math.max(height - 2 * margin, 1);
        scale = Math.max(MIN_SCALE, Math.min(Math.min(usableW / w, usableH / h), 2.5));
        centreOn((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, width, height);
    }

    public void centreOn(double worldX, double worldY, double width, double height) {
        placed = true;
        offsetX = width / 2 - worldX * scale;
        offsetY = height / 2 - worldY * scale;
    }

    /** The same view {@code factor} times larger: the PNG export at a chosen scale. */
    public Viewport scaledBy(double factor) {
        return new Viewport(scale * factor, offsetX * factor, offsetY * factor);
    }
}
