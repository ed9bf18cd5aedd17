package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The region's parliaments and chambers by their own names (Жогорку Кенеш, Олий Мажлис, Мажилис …): a body or role
 * that names one is that country's, whatever country the sentence is in.
 */
final class Legislatures {

    private record Name(String[] stems, String country) {
    }

    private static final List<Name> NAMES = new ArrayList<>();
    /**
     * Letters of ending a word of the name may take in the text («Жогорку Кенеша», «Мажилисе»); four for a Kazakh
     * possessive before a case («Парламент Мәжілісінің депутаттары»).
     */
    private static final int ENDING = 4;

    static {
        for (String[] r : Resources.rows("legislatures.tsv")) {
            NAMES.add(new Name(r[0].trim().split("\\s+"), r[1].trim()));
        }
    }

    private Legislatures() {
    }

    /** The token after a parliament's name that begins at token i, or -1 if none begins there. */
    static int end(Document doc, int i) {
        Name n = at(doc, i);
        return n == null ? -1 : i + n.stems().length;
    }

    /** The parliament's name that begins at token i as its stems give it, in the text's capitals: «Жогорку Кенеш». */
    static String nominative(Document doc, int i) {
        String[] stems = at(doc, i).stems();
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < stems.length; k++) {
            out.append(k > 0 ? " " : "").append(doc.token(i + k).text(), 0, stems[k].length());
        }
        return out.toString();
    }

    /** The country of the first parliament named within tokens [from, to), or null. */
    static String country(Document doc, int from, int to) {
        for (int i = from; i < to; i++) {
            Name n = at(doc, i);
            if (n != null && i + n.stems().length <= to) {
                return n.country();
            }
        }
        return null;
    }

    private static Name at(Document doc, int i) {
        if (!doc.token(i).isCapitalised()) {
            return null;
        }
        for (Name n : NAMES) {
            if (i + n.stems().length <= doc.size() && matches(doc, i, n.stems())) {
                return n;
            }
        }
        return null;
    }

    private static boolean matches(Document doc, int i, String[] stems) {
        for (int k = 0; k < stems.length; k++) {
            String word = doc.token(i + k).lower();
            if (!word.startsWith(stems[k]) || word.length() - stems[k].length() > ENDING) {
                return false;
            }
        }
        return true;
    }
}
