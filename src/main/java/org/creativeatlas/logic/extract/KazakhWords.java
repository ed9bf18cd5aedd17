package org.creativeatlas.logic.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kazakh word forms of the KazNERD corpus (learn/kk-words.tsv, written by the train command): how often each is
 * written, and whether inside a sentence it is mostly written with a capital, as names are.
 */
final class KazakhWords {

    /** Endings stripped to find a form's stem in the corpus when the form itself is not there; each tried in turn. */
    private static final List<String> ENDINGS = List.of("ндағы", "ндегі", "ының", "інің", "ында", "інде", "дағы",
            "дегі", "тағы", "тегі", "лары", "лері", "дары", "дері", "тары", "тері", "ның", "нің", "дың", "дің", "тың",
            "тің", "ымен", "імен", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "лар", "лер", "дар", "дер",
            "тар", "тер", "мен", "бен", "пен", "сы", "сі", "ға", "ге", "қа", "ке", "да", "де", "та", "те", "на", "не",
            "ды", "ді", "ты", "ті", "ны", "ні", "ың", "ің", "ын", "ін", "ы", "і", "а", "е", "н");
    private static final Map<String, int[]> COUNTS = read();
    /** The forms in order, to ask what a form begins with. */
    private static final String[] FORMS = COUNTS.keySet().stream().sorted().toArray(String[]::new);

    private KazakhWords() {
    }

    private static Map<String, int[]> read() {
        List<String[]> rows = Resources.rows("learn/kk-words.tsv");
        Map<String, int[]> counts = new HashMap<>(rows.size() * 2);
        for (String[] r : rows) {
            counts.put(r[0], new int[] {Integer.parseInt(r[1]), Integer.parseInt(r[2]), Integer.parseInt(r[3])});
        }
        return counts;
    }

    /** How often the corpus writes the form (lower case); 0 if never. */
    static int count(String form) {
        int[] c = COUNTS.get(form);
        return c == null ? 0 : c[0];
    }

    /**
     * Whether the form, or failing it its stem, is mostly capitalised inside a sentence; null when neither is in the
     * corpus, as with most names.
     */
    static Boolean capitalised(String form) {
        int[] c = COUNTS.get(stem(form, 3));
        return c == null ? null : c[1] > 0 && c[2] * 2 >= c[1];
    }

    /** Whether some form of the corpus begins so. */
    static boolean begins(String prefix) {
        int at = Arrays.binarySearch(FORMS, prefix);
        return at >= 0 || -at - 1 < FORMS.length && FORMS[-at - 1].startsWith(prefix);
    }

    /** How long the longest beginning of the form is that the corpus writes as a word of its own (3 letters or more). */
    static int knownBeginning(String form) {
        for (int n = form.length(); n >= 3; n--) {
            if (COUNTS.containsKey(form.substring(0, n))) {
                return n;
            }
        }
        return 0;
    }

    /** The form if the corpus has it, else its longest stem the corpus has, up to {@code depth} endings taken off. */
    private static String stem(String form, int depth) {
        if (COUNTS.containsKey(form) || depth == 0) {
            return form;
        }
        String best = form;
        for (String e : ENDINGS) {
            if (form.endsWith(e) && form.length() - e.length() >= 3) {
                String s = stem(form.substring(0, form.length() - e.length()), depth - 1);
                if (COUNTS.containsKey(s) && (!COUNTS.containsKey(best) || s.length() > best.length())) {
                    best = s;
                }
            }
        }
        return best;
    }
}
