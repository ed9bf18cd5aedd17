package org.creativeatlas.logic.map;

import org.creativeatlas.logic.draw.TypeColours;
import org.creativeatlas.model.ActorType;

/**
 * The key, drawn with the map so every export carries it: the shades' classes and the markers' types in a box at
 * the bottom left, and at the bottom right what the map cannot show and where its data comes from.
 */
final class MapLegend {

    private static final double SIZE = 10;
    private static final double LINE = 14;
    private static final double PAD = 7;
    private static final double SWATCH = 11;
    private static final double SMALL = 8.5;

    private MapLegend() {
    }

    /** The box the legend takes {left, top, width, height}, so labels can keep out of it. */
    static double[] bounds(MapScene scene, MapView view, MapPen pen, ClassBreaks breaks) {
        MapLabels labels = scene.labels();
        double width = Math.max(pen.textWidth(labels.get("map.legend.shade"), SIZE, true),
                pen.textWidth(labels.get("map.legend.markers"), SIZE, true));
        for (ActorType type : ActorType.values()) {
            width = Math.max(width, SWATCH + 5 + pen.textWidth(labels.types(type), SIZE, false));
        }
        int rows = 3 + breaks.size() + ActorType.values().length;
        double height = rows * LINE + PAD * 2;
        return new double[] {8, view.height() - 8 - height - LINE, width + 2 * PAD, height};
    }

    /** The box the notes at the bottom right take {left, top, width, height}. */
    static double[] noteBounds(MapScene scene, MapView view, MapPen pen) {
        double w = Math.max(pen.textWidth(scene.labels().attribution(), SMALL, false),
                pen.textWidth(scene.labels().note(scene.counts()), SIZE, false)) + 6;
        double h = SMALL + 8 + SIZE + 6;
        return new double[] {view.width() - 8 - w, view.height() - 8 - h, w, h + 8};
    }

    static void draw(MapScene scene, MapView view, MapPen pen, ClassBreaks breaks, PathBuffer path) {
        MapLabels labels = scene.labels();
        String title = labels.get("map.legend.shade");
        String markers = labels.get("map.legend.markers");
        double[] box = bounds(scene, view, pen, breaks);
        double left = box[0];
        double top = box[1];
        box(pen, path, left, top, box[2], box[3]);
        double x = left + PAD;
        double y = top + PAD + SIZE;
        pen.text(title, x, y, SIZE, true, MapStyle.INK);
        y += LINE;
        swatch(pen, path, x, y, MapStyle.LAND, false);
        pen.text("0", x + SWATCH + 5, y, SIZE, false, MapStyle.INK);
        for (int k = 0; k < breaks.size(); k++) {
            y += LINE;
            swatch(pen, path, x, y, MapStyle.shade(k, breaks.size()), false);
            pen.text(labels.range(breaks.lower(k), breaks.upper(k)), x + SWATCH + 5, y, SIZE, false, MapStyle.INK);
        }
        y += LINE;
        pen.text(markers, x, y, SIZE, true, MapStyle.INK);
        for (ActorType type : ActorType.values()) {
            y += LINE;
            swatch(pen, path, x, y, TypeColours.of(type), true);
            pen.text(labels.types(type), x + SWATCH + 5, y, SIZE, false, MapStyle.INK);
        }
        notes(scene, view, pen, path);
    }

    private static void notes(MapScene scene, MapView view, MapPen pen, PathBuffer path) {
        String attribution = scene.labels().attribution();
        String note = scene.labels().note(scene.counts());
        double right = view.width() - 8;
        double y = view.height() - 8;
        double w = pen.textWidth(attribution, SMALL, false);
        box(pen, path, right - w - 6, y - SMALL - 3, w + 6, SMALL + 6);
        pen.text(attribution, right - w - 3, y, SMALL, false, MapStyle.MUTED);
        if (!note.isEmpty()) {
            double nw = pen.textWidth(note, SIZE, false);
            double x = Math.max(8, right - nw - 3);
            box(pen, path, x - 3, y - SMALL - 8 - SIZE - 3, nw + 6, SIZE + 6);
            pen.text(note, x, y - SMALL - 8, SIZE, false, MapStyle.INK);
        }
    }

    private static void box(MapPen pen, PathBuffer path, double x, double y, double w, double h) {
        path.clear();
        path.rect(x, y, w, h);
        pen.fill(path, MapStyle.HALO, 0.88);
        pen.stroke(path, MapStyle.BORDER, 0.6);
    }

    private static void swatch(MapPen pen, PathBuffer path, double x, double baseline, String colour, boolean round) {
        path.clear();
        double top = baseline - SWATCH + 1.5;
        if (round) {
            path.wedge(x + SWATCH / 2, top + SWATCH / 2, SWATCH / 2 - 0.5, 0, 2 * Math.PI);
        } else {
            path.rect(x, top, SWATCH, SWATCH);
        }
        pen.fill(path, colour, 1);
        pen.stroke(path, MapStyle.BORDER, 0.6);
    }
}
