package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * English names listed before one head in the plural: "Gulder and Turan ensembles", "the Kasteyev, Abylkhan and
 * Gaukhar museums" are each a body named by its own words and the head in the singular.
 */
final class EnglishPluralHeads {

    /** How many capitalised words one listed name may have. */
    private static final int LONGEST = 3;

    private EnglishPluralHeads() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int h = 2; h < scan.doc.size(); h++) {
            Token t = scan.token(h);
            if (!t.isLatin() || !t.isWord() || t.isCapitalised() || t.text().length() < 4 || !t.lower().endsWith("s")
                    || scan.taken(h)) {
                continue;
            }
            String singular = t.text().substring(0, t.text().length() - 1);
            Head head = Heads.of(new Token(singular, 0, singular.length()), Lang.EN);
            if (head != null) {
                found.addAll(listed(scan, h, head));
            }
        }
        found.forEach(scan::take);
        return found;
    }

    /** The names before the plural head at {@code h}, last first; none unless "and" joins at least two. */
    private static List<Mention> listed(Scan scan, int h, Head head) {
        Document.Sentence s = scan.doc.sentenceAt(h);
        List<Mention> names = new ArrayList<>();
        int to = h;
        while (true) {
            int from = to;
            while (from - 1 > s.from() && to - from < LONGEST && word(scan, from - 1)) {
                from--;
            }
            if (from == to) {
                return List.of();
            }
            names.add(new Mention(head.type(), Render.of(scan.doc, from, to) + " " + head.nominative(), from,
                    to == h ? h + 1 : to, 2));
            Token join = scan.token(from - 1);
            if (!join.is("and") && !join.is(",")) {
                return names.size() >= 2 && scan.token(names.get(0).from - 1).is("and") ? names : List.of();
            }
            to = from - 1;
        }
    }

    private static boolean word(Scan scan, int i) {
        Token t = scan.token(i);
        return t.isLatin() && t.isWord() && t.isCapitalised() && !scan.taken(i) && scan.place(i) == null
                && !Scan.isStopword(t) && !Titles.is(t) && Heads.of(t, Lang.EN) == null;
    }
}
