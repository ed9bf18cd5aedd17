package org.creativeatlas.logic.report;

import java.awt.Color;
import java.util.List;
import org.creativeatlas.logic.draw.TypeColours;
import org.creativeatlas.logic.time.YearCounts;
import org.creativeatlas.model.ActorType;

/**
 * Events held and organisations and platforms founded, per year, as stacked vertical bars drawn as vector graphics:
 * a legend, the bars with their totals, years along the bottom (as many as fit), and the last
 * {@link #MAX_YEARS} years at most, saying how many came before.
 */
final class TimelineChart {

    static final int MAX_YEARS = 40;
    private static final float HEIGHT = 120;
    private static final float SWATCH = 8;
    private static final float MAX_BAR = 28;
    private static final Color AXIS = new Color(0x8A8A8A);

    private TimelineChart() {
    }

    /** The height the chart takes with its legend, for its heading to be kept with it. */
    static float height(ReportStyles styles) {
        return styles.small.leading() * 3 + HEIGHT + 10;
    }

    static void draw(YearCounts counts, ReportLabels labels, PageFlow flow, ReportStyles styles) {
        if (counts.isEmpty()) {
            flow.paragraph(styles.body, labels.get("report.timeline.none"), 0);
            return;
        }
        int last = counts.lastYear();
        int first = Math.max(counts.firstYear(), last - MAX_YEARS + 1);
        int years = last - first + 1;
        TextStyle label = styles.small;
        flow.need(height(styles));
        legend(flow, label, labels);
        float left = flow.left() + 24;
        float width = flow.width() - 24;
        float slot = width / years;
        float bar = Math.max(1, Math.min(MAX_BAR, slot * 0.72f));
        float base = flow.top() - HEIGHT;
        int max = counts.maxTotal();
        flow.rule(left, left + width, base, AXIS, 0.5f);
        flow.text(label, String.valueOf(max), flow.left(), base + HEIGHT - label.size());
        flow.text(label, "0", flow.left(), base);
        int step = Math.max(1, (int) Math.ceil(label.width("2000") * 1.6 / slot));
        for (int y = first; y <= last; y++) {
            float x = left + (y - first) * slot + (slot - bar) / 2;
            float top = base;
            for (ActorType type : YearCounts.TYPES) {
                float h = HEIGHT * 0.9f * counts.count(y, type) / max;
                BarChart.fill(flow, Color.decode(TypeColours.of(type)), x, top, bar, h);
                top += h;
            }
            int total = counts.total(y);
            if (total > 0 && slot >= label.width(String.valueOf(total)) + 2) {
                String n = String.valueOf(total);
                flow.text(label, n, x + (bar - label.width(n)) / 2, top + 2);
            }
            if ((y - first) % step == 0) {
                String year = String.valueOf(y);
                flow.text(label, year, x + (bar - label.width(year)) / 2, base - label.size() - 2);
            }
        }
        flow.down(HEIGHT + label.leading() + 6);
        int earlier = 0;
        for (int y : counts.years()) {
            earlier += y < first ? counts.total(y) : 0;
        }
        String undated = labels.get("report.timeline.undated", counts.undated(ActorType.EVENT),
                counts.undated(ActorType.ORGANISATION) + counts.undated(ActorType.PLATFORM));
        flow.paragraph(styles.muted, earlier > 0 ? labels.get("report.timeline.earlier", first, earlier) + " "
                + undated : undated, 0);
    }

    private static void legend(PageFlow flow, TextStyle label, ReportLabels labels) {
        float x = flow.left();
        float y = flow.top() - SWATCH;
        List<String> names = List.of(labels.get("report.timeline.events"), labels.get("report.timeline.organisations"),
                labels.get("report.timeline.platforms"));
        for (int i = 0; i < names.size(); i++) {
            BarChart.fill(flow, Color.decode(TypeColours.of(YearCounts.TYPES.get(i))), x, y, SWATCH, SWATCH);
            String name = label.face().printable(names.get(i));
            flow.text(label, name, x + SWATCH + 4, y + 1);
            x += SWATCH + 4 + label.width(name) + 16;
        }
        flow.down(SWATCH + 10);
    }
}
