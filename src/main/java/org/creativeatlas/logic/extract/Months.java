package org.creativeatlas.logic.extract;

import java.util.HashMap;
import java.util.Map;

/** Month names in English, Russian and Kazakh, in the case forms dates use, with their numbers. */
final class Months {

    private static final Map<String, Integer> NUMBER = new HashMap<>();

    static {
        for (String[] r : Resources.rows("months.tsv")) {
            for (String form : r[1].trim().split("\\s+")) {
                NUMBER.put(form, Integer.parseInt(r[0]));
            }
        }
    }

    private Months() {
    }

    static boolean is(String lower) {
        return NUMBER.containsKey(lower);
    }

    /** The month's number, or 0 if the word is not a month. */
    static int number(String lower) {
        return NUMBER.getOrDefault(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower, 0);
    }

    /** A regular-expression alternation of every form, longest first so "мая" is not cut to "ма". */
    static String alternation() {
        return NUMBER.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
