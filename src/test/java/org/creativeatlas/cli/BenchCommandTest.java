package org.creativeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    private static final Pattern LINE = Pattern.compile("bench ([a-z0-9_]+) (\\d+(?:\\.\\d+)?) (\\S+)");

    @Test
    void printsEveryMeasureAsANameANumberAndAUnit() {
        Cli.Result result = Cli.run("bench", "--scale", "0.01");

        assertEquals(0, result.exitCode(), result.err());
        Map<String, Double> values = new HashMap<>();
        for (String line : result.out().lines().toList()) {
            Matcher m = LINE.matcher(line);
            assertTrue(m.matches(), "not a bench line: " + line);
            values.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        for (String name : List.of("insert_rows_per_s", "open_load_ms", "country_filter_ms", "text_search_ms",
                "heap_mb", "review_first_candidates_ms", "extract_first_pass_mb_per_s", "extract_mb_per_s",
                "extract_one_line_mb_per_s")) {
            assertTrue(values.containsKey(name), name + " missing in\n" + result.out());
        }
        assertTrue(values.get("insert_rows_per_s") > 0);
        assertTrue(values.get("heap_mb") > 0);
        assertTrue(values.get("extract_mb_per_s") > 0);
        assertTrue(values.get("extract_one_line_mb_per_s") > 0);
        // the 50-page document of the seed sources' sentences names far more than a handful of actors
        assertTrue(values.get("review_candidates") > 50, result.out());
        // 1 % of 100 000 organisations, 50 000 people and 20 000 events
        assertEquals(1700, values.get("loaded_rows"));
        double loaded = values.get("loaded_rows");
        assertTrue(values.get("country_filter_rows") > 0 && values.get("country_filter_rows") < loaded);
        assertTrue(values.get("text_search_rows") > 0 && values.get("text_search_rows") < loaded);
        assertTrue(values.get("report_10k_ms") > 0);
        // counts are whole numbers, printed as such
        for (String count : List.of("loaded_rows", "map_places", "report_pages", "report_actors")) {
            assertTrue(result.out().lines().anyMatch(l -> l.matches("bench " + count + " \\d+ \\S+")),
                    count + " printed with decimals in\n" + result.out());
        }
        assertEquals(100, values.get("report_actors"), 1); // 1 % of 10 000
    }
}
