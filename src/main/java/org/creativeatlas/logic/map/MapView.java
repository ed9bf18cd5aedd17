package org.creativeatlas.logic.map;

/**
 * Which part of the world a picture shows: screen = world × scale + offset, on a {@code width × height} picture.
 * World units are the projection's kilometres.
 */
public record MapView(double scale, double offsetX, double offsetY, double width, double height) {

    /** The box {minX, minY, maxX, maxY} whole and centred in a picture, with a margin on every side. */
    public static MapView fit(double[] box, double width, double height, double margin) {
        double w = Math.max(box[2] - box[0], 1);
        double h = Math.max(box[3] - box[1], 1);
        double scale = Math.min(Math.max(width - 2 * margin, 1) / w, Math.max(height - 2 * margin, 1) / h);
        return new MapView(scale, width / 2 - (box[0] + box[2]) / 2 * scale,
                height / 2 - (box[1] + box[3]) / 2 * scale, width, height);
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

    /** Whether a world box {minX, minY, maxX, maxY} shows at all. */
    public boolean shows(double[] box) {
        return screenX(box[2]) >= 0 && screenX(box[0]) <= width && screenY(box[3]) >= 0 && screenY(box[1]) <= height;
    }

    public MapView panned(double dx, double dy) {
        return new MapView(scale, offsetX + dx, offsetY + dy, width, height);
    }

    /** Zoomed by {@code factor} keeping the world point under the screen point where it is. */
    public MapView zoomedAt(double x, double y, double factor) {
        double s = scale * factor;
        return new MapView(s, x - worldX(x) * s, y - worldY(y) * s, width, height);
    }

    public MapView resized(double newWidth, double newHeight) {
        return new MapView(scale, offsetX + (newWidth - width) / 2, offsetY + (newHeight - height) / 2, newWidth,
                newHeight);
    }
}
