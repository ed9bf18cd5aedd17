package org.creativeatlas.logic.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.logic.filter.ActorRow;
import org.creativeatlas.logic.filter.CatalogueLoader;
import org.creativeatlas.logic.geo.CityGazetteer;
import org.creativeatlas.logic.graph.ActorGraph;
import org.creativeatlas.logic.map.MapCounts;
import org.creativeatlas.logic.map.MapLabels;
import org.creativeatlas.logic.map.MapScene;
import org.creativeatlas.logic.time.YearCounts;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.Countries;
import org.creativeatlas.store.Catalogue;

/**
 * Everything the report prints, read from the catalogue in one go: the title page's facts, the country sections of
 * the selected actors (Central Asia first in the order KZ, KG, UZ, TJ, TM, then the other countries by name, actors
 * without a country last), the sources they cite, the methodology note, where they are on the map and what
 * happened in which year.
 */
record ReportContent(ReportOptions options, ReportLabels labels, String title, String catalogueName,
                     String methodology, List<CountrySection> sections, List<Actor> actors, Citations citations,
                     NameKeys names, MapScene map, YearCounts timeline) {

    static ReportContent collect(Catalogue catalogue, ReportOptions options) {
        ReportLabels labels = new ReportLabels(options.language());
        List<ActorRow> rows = new ArrayList<>();
        CatalogueLoader.load(catalogue).values().forEach(rows::addAll);
        Map<Long, Actor> byId = new HashMap<>();
        List<Actor> selected = new ArrayList<>();
        for (ActorRow row : rows) {
            byId.put(row.id(), row.actor());
            if (options.includes(row)) {
                selected.add(row.actor());
            }
        }
        Set<Long> selectedIds = new HashSet<>();
        selected.forEach(a -> selectedIds.add(a.id()));
        Citations citations = new Citations(catalogue.sources().all(), catalogue.mentions().all(),
                selectedIds::contains);
        ActorGraph graph = ActorGraph.fromRows(rows, catalogue.links().all());
        NameKeys names = new NameKeys();
        SectionBuilder builder = new SectionBuilder(labels, options, byId, graph, citations, names);
        List<CountrySection> sections = new ArrayList<>();
        byCountry(selected, labels, names).forEach((code, actors) -> sections.add(builder.build(code, actors)));
        String title = options.title().isEmpty() ? labels.get("report.title.default") : options.title();
        MapScene map = MapScene.of(MapCounts.ofActors(selected, CityGazetteer.standard()),
                new MapLabels(options.language()));
        return new ReportContent(options, labels, title, catalogue.file().getFileName().toString(),
                Methodology.of(catalogue, options.language()), List.copyOf(sections), List.copyOf(selected),
                citations, names, map, YearCounts.of(selected));
    }

    /** The selected actors by country, in the report's order of countries. */
    private static Map<String, List<Actor>> byCountry(List<Actor> actors, ReportLabels labels, NameKeys names) {
        Map<String, List<Actor>> groups = new HashMap<>();
        actors.forEach(a -> groups.computeIfAbsent(a.country(), c -> new ArrayList<>()).add(a));
        Comparator<String> order = Comparator.<String>comparingInt(ReportContent::regionRank)
                .thenComparing(names.by(labels::country));
        List<String> codes = groups.keySet().stream().filter(c -> c != null).sorted(order).toList();
        Map<String, List<Actor>> ordered = new LinkedHashMap<>();
        codes.forEach(c -> ordered.put(c, groups.get(c)));
        if (groups.containsKey(null)) {
            ordered.put(null, groups.get(null));
        }
        return ordered;
    }

    private static int regionRank(String code) {
        int i = Countries.CENTRAL_ASIA.indexOf(code);
        return i < 0 ? Countries.CENTRAL_ASIA.size() : i;
    }
}
