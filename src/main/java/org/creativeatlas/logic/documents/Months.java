package org.creativeatlas.logic.documents;

import java.util.List;
import java.util.Locale;

/** Month names in English, Russian and Kazakh, in any case form ("апреля", "сәуірде", "Apr"). */
final class Months {

    /** Per month: English names, then Russian and Kazakh stems that take endings. */
    private static final List<List<String>> NAMES = List.of(
            List.of("january", "jan", "январ", "қаңтар"),
            List.of("february", "feb", "феврал", "ақпан"),
            List.of("march", "mar", "март", "наурыз"),
            List.of("april", "apr", "апрел", "сәуір"),
            List.of("may", "ма", "мамыр"),
            List.of("june", "jun", "июн", "маусым"),
            List.of("july", "jul", "июл", "шілде"),
            List.of("august", "aug", "август", "тамыз"),
            List.of("september", "sep", "sept", "сентябр", "қыркүйек"),
            List.of("october", "oct", "октябр", "қазан"),
            List.of("november", "nov", "ноябр", "қараша"),
            List.of("december", "dec", "декабр", "желтоқсан"));

    /** Endings a Russian or Kazakh month name takes: "апреля", "маусымда", "қарашадан". */
    private static final int MAX_ENDING = 3;

    private Months() {
    }

    /** 1–12, or 0 if the word is no month. */
    static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < NAMES.size(); i++) {
            for (String name : NAMES.get(i)) {
                if (w.equals(name) || isInflected(w, name)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static boolean isInflected(String word, String stem) {
        boolean cyrillic = Character.UnicodeBlock.of(stem.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
        if (!cyrillic || !word.startsWith(stem) || word.length() > stem.length() + MAX_ENDING) {
            return false;
        }
        // "ма" is the Russian May stem only as май, мая, мае
        return stem.length() > 2 || word.length() == 3;
    }
}
