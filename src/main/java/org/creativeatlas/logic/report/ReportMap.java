package org.creativeatlas.logic.report;

import java.awt.Color;
import java.util.Set;
import org.creativeatlas.logic.map.MapPainter;
import org.creativeatlas.logic.map.MapPictures;
import org.creativeatlas.logic.map.MapScene;
import org.creativeatlas.logic.map.MapView;

/**
 * A map in the report, drawn as vector graphics across the text width: the region on the summary page (with its
 * legend), a country in its section (its cities labelled with their counts). The map is laid out at 1/0.7 of its
 * printed size, so the screen's label sizes print at about 7 points.
 */
final class ReportMap {

    private static final float SCALE = 0.7f;
    private static final Color FRAME = new Color(0xB0B0B0);

    private ReportMap() {
    }

    /** Draws the scene's countries in focus (the region's five if none) {@code height} points high. */
    static void draw(MapScene scene, PageFlow flow, ReportStyles styles, float height) {
        flow.need(height + 6);
        double width = flow.width() / SCALE;
        double tall = height / SCALE;
        MapView view = MapPictures.fitted(scene, width, tall);
        PdfMapPen pen = new PdfMapPen(flow.stream(), styles.body.face(), styles.bold.face(), flow.left(), flow.top(),
                SCALE);
        new MapPainter().paint(scene, view, pen);
        pen.finish(width, tall, FRAME);
        flow.down(height + 6);
    }

    /** A country's map, without the legend (the summary's map has it), with the sources of its data below. */
    static void country(ReportContent content, String code, PageFlow flow, ReportStyles styles, float height) {
        if (code == null || content.map().outlines().country(code).isEmpty()) {
            return; // no country, or one beyond the mapped region
        }
        draw(content.map().withFocus(Set.of(code), false), flow, styles, height);
        flow.paragraph(styles.muted, content.map().labels().attribution(), 0);
    }
}
