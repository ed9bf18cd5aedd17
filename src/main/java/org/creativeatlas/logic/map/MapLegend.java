package org.creativeatlas.logic.map;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.logic.draw.TypeColours;
import org.creativeatlas.model.ActorType;

/**
 * The key, drawn with the map so every export carries it: the shades' classes and the markers' types in a box at
 * the bottom left, and at the bottom right what the map cannot show (wrapped to the room beside the key) and where
 * its data comes from.
 */
final class MapLegend {

    private static final double SIZE = 10;
    private static final double LINE = 14;
    private static final double PAD = 7;
    private static final double SWATCH = 11;
    private static final double SMALL = 8.5;
    private static final double NOTE_PAD = 4;

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
        return new double[] {8, view.height() - 8 - height, width + 2 * PAD, height};
    }

    /**
     * The box the notes take at the bottom right {left, top, width, height}: what the map cannot show, wrapped to
     * the room right of the legend, and where the data comes from.
     */
    static double[] noteBounds(MapScene scene, MapView view, MapPen pen, ClassBreaks breaks) {
        List<String> lines = noteLines(scene, view, pen, breaks);
        double w = pen.textWidth(scene.labels().attribution(), SMALL, false);
        for (String line : lines) {
            w = Math.max(w, pen.textWidth(line, SIZE, false));
        }
        double h = lines.size() * LINE + SMALL + 2 * NOTE_PAD;
        return new double[] {view.width() - 8 - w - 2 * NOTE_PAD, view.height() - 8 - h, w + 2 * NOTE_PAD, h};
    }

    private static List<String> noteLines(MapScene scene, MapView view, MapPen pen, ClassBreaks breaks) {
        String note = scene.labels().note(scene.counts());
        double[] legend = bounds(scene, view, pen, breaks);
        double room = Math.max(140, view.width() - (legend[0] + legend[2]) - 24 - 2 * NOTE_PAD);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : note.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && pen.textWidth(longer, SIZE, false) > room) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
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
        notes(scene, view, pen, breaks, path);
    }

    private static void notes(MapScene scene, MapView view, MapPen pen, ClassBreaks breaks, PathBuffer path) {
        double[] box = noteBounds(scene, view, pen, breaks);
        box(pen, path, box[0], box[1], box[2], box[3]);
        double x = box[0] + NOTE_PAD;
        double y = box[1] + NOTE_PAD;
        for (String line : noteLines(scene, view, pen, breaks)) {
            y += LINE;
            pen.text(line, x, y - 3, SIZE, false, MapStyle.INK);
        }
        pen.text(scene.labels().attribution(), x, y + SMALL, SMALL, false, MapStyle.MUTED);
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
