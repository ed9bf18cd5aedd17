package org.creativeatlas.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.creativeatlas.logic.CatalogueStats;
import org.creativeatlas.logic.English;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.Countries;
import org.creativeatlas.model.Country;

/** The readable form of {@code stats}: one row per country, one column per actor type, totals last. */
final class StatsTable {

    private static final String ROW = "%-28s %14s %10s %7s %7s %7s%n";

    private StatsTable() {
    }

    static void print(String file, CatalogueStats stats, PrintStream out) {
        out.printf("Catalogue %s: %s, %s, %s%n%n", file, English.count(stats.total(), "actor"),
                English.count(stats.links(), "link"), English.count(stats.sources(), "source"));
        out.printf(ROW, "Country", "Organisations", "Platforms", "Events", "People", "Total");
        for (String country : countries(stats)) {
            row(out, label(country), stats.byCountry().get(country));
        }
        row(out, "All countries", stats.byType());
    }

    /** The countries present, in the order pickers show them (Central Asia first), "no country" last. */
    static List<String> countries(CatalogueStats stats) {
        List<String> order = new ArrayList<>(Countries.CENTRAL_ASIA);
        List<String> present = new ArrayList<>(stats.byCountry().keySet());
        present.sort(Comparator.comparing((String c) -> c.equals(CatalogueStats.NO_COUNTRY))
                .thenComparing(c -> order.contains(c) ? order.indexOf(c) : order.size())
                .thenComparing(Comparator.naturalOrder()));
        return present;
    }

    private static void row(PrintStream out, String label, Map<ActorType, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(ROW, label, count(counts, ActorType.ORGANISATION), count(counts, ActorType.PLATFORM),
                count(counts, ActorType.EVENT), count(counts, ActorType.PERSON), total);
    }

    private static int count(Map<ActorType, Integer> counts, ActorType type) {
        return counts.getOrDefault(type, 0);
    }

    private static String label(String code) {
        if (code.equals(CatalogueStats.NO_COUNTRY)) {
            return "--  (no country)";
        }
        return code + "  " + Countries.byCode(code).map(Country::nameEn).orElse("(unknown code)");
    }
}
