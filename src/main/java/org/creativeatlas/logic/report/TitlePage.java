package org.creativeatlas.logic.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.creativeatlas.logic.filter.ActorFilter;
import org.creativeatlas.model.Coded;

/**
 * The first page: title, author, date, what the report covers (countries and filters) and the catalogue file it
 * was made from. For an empty selection it also says plainly that nothing matched, and that is the whole report.
 */
final class TitlePage {

    private TitlePage() {
    }

    static void draw(ReportContent content, PageFlow flow, ReportStyles styles) {
        ReportLabels labels = content.labels();
        flow.newPage();
        flow.down(120);
        flow.paragraph(styles.title, content.title(), 0);
        flow.down(18);
        if (!content.options().author().isEmpty()) {
            flow.paragraph(styles.subtitle, content.options().author(), 0);
        }
        flow.paragraph(styles.subtitle, labels.date(content.options().date()), 0);
        flow.down(36);
        flow.paragraph(styles.h2, labels.get("report.scope"), 0);
        flow.down(4);
        for (String line : scope(content)) {
            flow.paragraph(styles.body, line, 0);
        }
        flow.paragraph(styles.body, labels.get("report.catalogue") + ": " + content.catalogueName(), 0);
        flow.paragraph(styles.body, labels.get("report.actors.total", content.actors().size()), 0);
        if (content.actors().isEmpty()) {
            flow.down(30);
            flow.paragraph(styles.h2, labels.get("report.empty.title"), 0);
            flow.down(4);
            flow.paragraph(styles.body, labels.get("report.empty"), 0);
        }
    }

    /** One line per facet of the selection; facets left open say "all". */
    private static List<String> scope(ReportContent content) {
        ReportLabels labels = content.labels();
        ActorFilter filter = content.options().filter();
        List<String> lines = new ArrayList<>();
        List<String> countries = filter.countries().stream().sorted().map(labels::country).toList();
        lines.add(labels.get("report.scope.countries") + ": "
                + (countries.isEmpty() ? labels.get("report.scope.all") : String.join(", ", countries)));
        lines.add(labels.get("report.scope.types") + ": " + (content.options().types().isEmpty()
                ? labels.get("report.scope.all") : codes(content.options().types(), t -> labels.label("types", t))));
        if (!filter.kinds().isEmpty()) {
            lines.add(labels.get("filter.kinds") + ": " + String.join(", ",
                    filter.kinds().stream().sorted().map(k -> labels.label("kind", k)).toList()));
        }
        if (!filter.sectors().isEmpty()) {
            lines.add(labels.get("filter.sectors") + ": " + codes(filter.sectors(), s -> labels.label("sector", s)));
        }
        if (!filter.statuses().isEmpty()) {
            lines.add(labels.get("filter.statuses") + ": "
                    + codes(filter.statuses(), s -> labels.label("status", s)));
        }
        if (!filter.text().isEmpty()) {
            lines.add(labels.get("report.scope.text") + ": “" + filter.text() + "”");
        }
        if (!filter.years().isAll()) {
            lines.add(labels.get("filter.years") + ": " + filter.years());
        }
        return lines;
    }

    private static <E extends Enum<E> & Coded> String codes(Collection<E> values, Function<E, String> label) {
        return String.join(", ", values.stream().sorted().map(label).toList());
    }
}
