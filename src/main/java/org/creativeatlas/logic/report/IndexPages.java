package org.creativeatlas.logic.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.Actor;

/**
 * The index of actor names, sorted as a reader of Russian and Kazakh expects ({@link NameKeys}), in two columns
 * with the page of each actor's entry.
 */
final class IndexPages {

    private static final float GUTTER = 18;

    private IndexPages() {
    }

    static void draw(ReportContent content, PageFlow flow, ReportStyles styles, Map<Long, Integer> pages,
                     Bookmarks bookmarks, Progress progress) {
        String title = content.labels().get("report.index");
        progress.stage(title);
        flow.section(title);
        flow.newPage();
        bookmarks.add(title, flow);
        flow.heading(styles.h1, title, styles.small);
        TextStyle style = styles.small;
        float columnWidth = (flow.width() - GUTTER) / 2;
        float numberWidth = style.width("00000");
        float columnTop = flow.top();
        int column = 0;
        for (Actor actor : sorted(content)) {
            List<String> lines = TextWrapper.wrap(ProfileBlock.name(actor), style, columnWidth - numberWidth - 6);
            float height = lines.size() * style.leading();
            if (flow.top() - height < PageFlow.MARGIN) {
                if (column == 0) {
                    column = 1;
                } else {
                    flow.newPage();
                    columnTop = flow.top();
                    column = 0;
                }
                flow.moveTo(columnTop);
            }
            float x = flow.left() + column * (columnWidth + GUTTER);
            for (String line : lines) {
                flow.text(style, line, x, flow.top() - style.size());
                flow.down(style.leading());
            }
            String page = String.valueOf(pages.getOrDefault(actor.id(), 0));
            flow.text(style, page, x + columnWidth - style.width(page), flow.top() + style.leading() - style.size());
            progress.actorDone();
        }
    }

    private static List<Actor> sorted(ReportContent content) {
        List<Actor> sorted = new ArrayList<>(content.actors());
        sorted.sort(content.names().by(ProfileBlock::name));
        return sorted;
    }
}
