package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * "the World Crafts Council-Asia Pacific Region (WCC-APR)": an English body's name runs on over capitalised words
 * after its head up to a bracketed abbreviation when the abbreviation spells the first letters of them all.
 */
final class SpelledBrackets {

    /** How many words past the name's end the bracket may stand. */
    private static final int REACH = 3;

    private SpelledBrackets() {
    }

    static List<Mention> extend(Scan scan, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int to = m.type == ActorType.PERSON || scan.doc.sentenceAt(m.from).lang() != Lang.EN ? m.to : bracket(scan, m);
            if (to == m.to) {
                out.add(m);
            } else {
                Mention longer = new Mention(m.type, Render.of(scan.doc, m.from, to), m.from, to, m.priority);
                longer.variants.addAll(m.variants);
                out.add(longer);
            }
        }
        return out;
    }

    /** Where the name ends when it runs on to a bracket it spells; {@code m.to} otherwise. */
    private static int bracket(Scan scan, Mention m) {
        int k = m.to;
        while (k < scan.doc.size() && k - m.to < REACH && !scan.taken(k) && scan.token(k).isLatin()
                && scan.token(k).isCapitalised()) {
            k++;
        }
        String abbreviation = k > m.to ? Abbreviations.bracketed(scan, k) : null;
        if (abbreviation == null) {
            return m.to;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = m.from; i < k; i++) {
            for (String part : scan.token(i).text().split("-")) {
                if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                    initials.append(part.charAt(0));
                }
            }
        }
        String spelled = abbreviation.replace("-", "");
        return spelled.length() >= 3 && spelled.contentEquals(initials) ? k : m.to;
    }
}
