package org.creativeatlas.logic.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.creativeatlas.logic.map.MapScene;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Mode;
import org.creativeatlas.model.OrganisationKind;
import org.creativeatlas.model.Status;

/**
 * The summary: the map of the region, actors by country and type as a table and a bar chart, events and foundings by
 * year, organisations by kind, and platforms by mode and status (a mapping wants to show how many initiatives have
 * already closed).
 */
final class SummaryPages {

    private static final float MAP_HEIGHT = 330;

    private SummaryPages() {
    }

    static void draw(ReportContent content, PageFlow flow, ReportStyles styles, Bookmarks bookmarks) {
        ReportLabels labels = content.labels();
        String title = labels.get("report.summary");
        flow.section(title);
        flow.newPage();
        bookmarks.add(title, flow);
        flow.heading(styles.h1, title, styles.body);
        flow.paragraph(styles.body, labels.get("report.summary.intro", content.actors().size(),
                content.sections().size()), 0);
        map(content, flow, styles);
        byCountry(content, flow, styles);
        flow.heading(styles.h2, labels.get("report.timeline.title"), TimelineChart.height(styles));
        TimelineChart.draw(content.timeline(), labels, flow, styles);
        flow.heading(styles.h2, labels.get("report.orgs_by_kind"), styles.small);
        organisationsByKind(content, flow, styles);
        flow.heading(styles.h2, labels.get("report.platforms_by_mode"), styles.small);
        platformsByMode(content, flow, styles);
    }

    /** The region's map, fitted to the countries the report is limited to (those on the map), else to the five. */
    private static void map(ReportContent content, PageFlow flow, ReportStyles styles) {
        MapScene map = content.map();
        if (map.counts().total() == map.counts().nowhere()) {
            return; // nobody to place
        }
        Set<String> focus = content.options().filter().countries().stream()
                .filter(c -> map.outlines().country(c).isPresent()).collect(Collectors.toSet());
        flow.heading(styles.h2, content.labels().get("report.map.title"), MAP_HEIGHT + 6);
        ReportMap.draw(map.withFocus(focus, true), flow, styles, MAP_HEIGHT);
    }

    private static void byCountry(ReportContent content, PageFlow flow, ReportStyles styles) {
        ReportLabels labels = content.labels();
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.text(labels.get("report.country"), 1.8f)));
        List<String> series = new ArrayList<>();
        for (ActorType type : ActorType.values()) {
            series.add(labels.label("types", type));
            columns.add(Table.Column.number(labels.label("types", type)));
        }
        columns.add(Table.Column.number(labels.get("report.total")));
        int[][] values = new int[content.sections().size()][ActorType.values().length];
        int[] totals = new int[ActorType.values().length];
        List<String> names = new ArrayList<>();
        flow.heading(styles.h2, labels.get("report.by_country"), styles.small);
        Table table = new Table(flow, styles, columns);
        for (int c = 0; c < values.length; c++) {
            CountrySection section = content.sections().get(c);
            values[c] = counts(section);
            names.add(section.name());
            List<String> cells = new ArrayList<>(List.of(section.name()));
            for (int t = 0; t < totals.length; t++) {
                totals[t] += values[c][t];
                cells.add(String.valueOf(values[c][t]));
            }
            cells.add(String.valueOf(section.actorCount()));
            table.row(cells, false);
        }
        List<String> totalRow = new ArrayList<>(List.of(labels.get("report.total")));
        Arrays.stream(totals).forEach(n -> totalRow.add(String.valueOf(n)));
        totalRow.add(String.valueOf(content.actors().size()));
        table.row(totalRow, true);
        flow.heading(styles.h2, labels.get("report.chart.title"), styles.small);
        BarChart.draw(flow, styles, names, series, values);
    }

    /** Actors of the section by type, in {@link ActorType} order. */
    static int[] counts(CountrySection section) {
        return new int[] {section.organisationsByKind().values().stream().mapToInt(List::size).sum(),
            section.platforms().size(), section.events().size(), section.people().size()};
    }

    private static void organisationsByKind(ReportContent content, PageFlow flow, ReportStyles styles) {
        ReportLabels labels = content.labels();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            counts.put(kind.code(), 0);
        }
        content.actors().stream().filter(a -> a.type() == ActorType.ORGANISATION)
                .forEach(a -> counts.merge(a.kind() == null ? "" : a.kind(), 1, Integer::sum));
        Table table = new Table(flow, styles, List.of(Table.Column.text(labels.get("field.kind"), 4),
                Table.Column.number(labels.get("report.count"))));
        counts.forEach((kind, n) -> {
            if (n > 0) {
                table.row(kind.isEmpty() ? labels.get("report.kind.none") : labels.label("kind", kind),
                        String.valueOf(n));
            }
        });
        table.row(List.of(labels.get("report.total"),
                String.valueOf(counts.values().stream().mapToInt(Integer::intValue).sum())), true);
    }

    private static void platformsByMode(ReportContent content, PageFlow flow, ReportStyles styles) {
        ReportLabels labels = content.labels();
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.text(labels.get("field.mode"), 2.2f)));
        for (Status status : Status.values()) {
            columns.add(Table.Column.number(labels.label("status", status)));
        }
        columns.add(Table.Column.number(labels.get("report.total")));
        Table table = new Table(flow, styles, columns);
        int[][] counts = new int[Mode.values().length + 1][Status.values().length];
        for (Actor a : content.actors()) {
            if (a.type() == ActorType.PLATFORM) {
                int mode = a.mode() == null ? Mode.values().length : a.mode().ordinal();
                counts[mode][(a.status() == null ? Status.UNKNOWN : a.status()).ordinal()]++;
            }
        }
        int[] totals = new int[Status.values().length];
        for (int m = 0; m < counts.length; m++) {
            String name = m < Mode.values().length ? labels.label("mode", Mode.values()[m])
                    : labels.get("report.mode.none");
            table.row(cells(name, counts[m]), false);
            for (int s = 0; s < totals.length; s++) {
                totals[s] += counts[m][s];
            }
        }
        table.row(cells(labels.get("report.total"), totals), true);
    }

    private static List<String> cells(String first, int[] numbers) {
        List<String> cells = new ArrayList<>(List.of(first));
        Arrays.stream(numbers).forEach(n -> cells.add(String.valueOf(n)));
        cells.add(String.valueOf(Arrays.stream(numbers).sum()));
        return cells;
    }
}
