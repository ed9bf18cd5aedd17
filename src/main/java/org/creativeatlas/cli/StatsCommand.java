package org.creativeatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.creativeatlas.logic.CatalogueStats;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.store.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stats}: how many actors of each type the catalogue holds, per country. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Counts the actors of the catalogue by type (organisations, platforms, events, people) and by "
                + "country, with the number of links and sources.",
            "Central Asian countries come first; actors with no country are counted under --."})
final class StatsCommand extends Subcommand {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--json", description = "Print JSON for scripts: {\"catalogue\", \"actors\", \"byType\", "
            + "\"byCountry\": {\"KZ\": {\"organisation\": n, ..., \"total\": n}}, \"links\", \"sources\"}.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        CatalogueStats stats;
        String file;
        try (Catalogue catalogue = atlas.openCatalogue()) {
            stats = CatalogueStats.of(catalogue);
            file = catalogue.location();
        }
        if (json) {
            atlas.out().write(JSON.writeValueAsBytes(toJson(file, stats)));
            atlas.out().println();
        } else {
            StatsTable.print(file, stats, atlas.out());
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
