package org.creativeatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.creativeatlas.logic.CatalogueStats;
import org.creativeatlas.logic.time.YearCounts;
import org.creativeatlas.logic.time.YearRange;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stats}: how many actors of each type the catalogue holds, per country. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Counts the actors of the catalogue by type (organisations, platforms, events, people) and by "
                + "country, with the number of links and sources.",
            "Central Asian countries come first; actors with no country are counted under --.",
            "--by-year adds events and foundings per year; --years counts only the actors of those years."})
final class StatsCommand extends Subcommand {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--json", description = "Print JSON for scripts: {\"catalogue\", \"actors\", \"byType\", "
            + "\"byCountry\": {\"KZ\": {\"organisation\": n, ..., \"total\": n}}, \"links\", \"sources\"}.")
    private boolean json;

    @Option(names = "--by-year", description = "Also count per year: events held, organisations and platforms "
            + "founded or launched (JSON: \"byYear\": {\"2021\": {\"event\": n, …, \"total\": n}, …, "
            + "\"none\": {…}}).")
    private boolean byYear;

    @Option(names = "--years", paramLabel = "YEARS", description = YearsOption.DESCRIPTION)
    private String years;

    @Override
    public Integer call() throws Exception {
        YearRange range = YearsOption.parse(years, spec);
        CatalogueStats stats;
        YearCounts perYear;
        String file;
        try (Catalogue catalogue = atlas.openCatalogue()) {
            stats = CatalogueStats.of(catalogue, range::test);
            perYear = byYear ? YearCounts.of(catalogue.actors().all(), range::test) : null;
            file = catalogue.location();
        }
        if (json) {
            Map<String, Object> out = toJson(file, stats);
            if (!range.isAll()) {
                out.put("years", range.toString());
            }
            if (perYear != null) {
                out.put("byYear", YearTable.json(perYear));
            }
            atlas.out().write(JSON.writeValueAsBytes(out));
            atlas.out().println();
        } else {
            StatsTable.print(file, stats, atlas.out());
            if (!range.isAll()) {
                atlas.out().printf("(only actors dated in %s, and those without a year)%n", range);
            }
            if (perYear != null) {
                YearTable.print(perYear, atlas.out());
            }
        }
        return 0;
    }

    private static Map<String, Object> toJson(String file, CatalogueStats stats) {
        Map<String, Object> byCountry = new LinkedHashMap<>();
        for (String country : StatsTable.countries(stats)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ActorType type : ActorType.values()) {
                counts.put(type.code(), stats.byCountry().get(country).getOrDefault(type, 0));
            }
            counts.put("total", counts.values().stream().mapToInt(Integer::intValue).sum());
            byCountry.put(country, counts);
        }
        Map<String, Integer> byType = new LinkedHashMap<>();
        stats.byType().forEach((type, n) -> byType.put(type.code(), n));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("catalogue", file);
        out.put("actors", stats.total());
        out.put("byType", byType);
        out.put("byCountry", byCountry);
        out.put("links", stats.links());
        out.put("sources", stats.sources());
        return out;
    }
}
