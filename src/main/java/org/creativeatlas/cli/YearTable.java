package org.creativeatlas.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.creativeatlas.logic.time.YearCounts;
import org.creativeatlas.model.ActorType;

/** {@code stats --by-year}: events held and organisations and platforms founded per year, as text or for JSON. */
final class YearTable {

    private static final String ROW = "%-10s %8s %14s %10s %7s%n";

    private YearTable() {
    }

    static void print(YearCounts counts, PrintStream out) {
        out.printf("%nBy year (events held, organisations and platforms founded or launched)%n");
        out.printf(ROW, "Year", "Events", "Organisations", "Platforms", "Total");
        for (int year : counts.years()) {
            out.printf(ROW, year, counts.count(year, ActorType.EVENT), counts.count(year, ActorType.ORGANISATION),
                    counts.count(year, ActorType.PLATFORM), counts.total(year));
        }
        int undated = YearCounts.TYPES.stream().mapToInt(counts::undated).sum();
        out.printf(ROW, "no year", counts.undated(ActorType.EVENT), counts.undated(ActorType.ORGANISATION),
                counts.undated(ActorType.PLATFORM), undated);
    }

    /** {"2021": {"event": n, "organisation": n, "platform": n, "total": n}, …, "none": {…}}. */
    static Map<String, Object> json(YearCounts counts) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int year : counts.years()) {
            Map<String, Integer> row = new LinkedHashMap<>();
            YearCounts.TYPES.forEach(t -> row.put(t.code(), counts.count(year, t)));
            row.put("total", counts.total(year));
            out.put(String.valueOf(year), row);
        }
        Map<String, Integer> none = new LinkedHashMap<>();
        YearCounts.TYPES.forEach(t -> none.put(t.code(), counts.undated(t)));
        none.put("total", YearCounts.TYPES.stream().mapToInt(counts::undated).sum());
        out.put("none", none);
        return out;
    }
}
