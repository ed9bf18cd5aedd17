package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;

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
            if (!t.isLatin() || !t.isWord() || t.text().length() < 4 || !t.lower().endsWith("s") || scan.taken(h)) {
                continue;
            }
            String singular = t.text().substring(0, t.text().length() - 1);
            Head head = Heads.of(new Token(singular, 0, singular.length()), Lang.EN);
            if (head != null && !t.isCapitalised()) {
                found.addAll(listed(scan, h, head));
            } else if (head != null) {
                found.addAll(placesListed(scan, h, singular));
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

    /**
     * "Mangystau and North Kazakhstan Regional Musical Drama Theaters": places listed before the capitalised words
     * they share and a capitalised head in the plural are each one body, named by its place, those words and the head
     * in the singular; none unless "and" joins at least two.
     */
    private static List<Mention> placesListed(Scan scan, int h, String singular) {
        Document.Sentence s = scan.doc.sentenceAt(h);
        int shared = h;
        while (shared - 1 > s.from() && h - shared < LONGEST && word(scan, shared - 1)) {
            shared--;
        }
        String words = Render.of(scan.doc, shared, h) + (shared < h ? " " : "") + singular;
        List<Mention> names = new ArrayList<>();
        int to = shared;
        while (to - 1 > s.from()) {
            Place p = scan.place(to - 1);
            if (p == null || p.to() != to || p.country() == null && p.city() == null || scan.taken(p.from())) {
                break;
            }
            names.add(new Mention(ActorType.ORGANISATION, Render.of(scan.doc, p.from(), to) + " " + words, p.from(),
                    to == shared ? h + 1 : to, 2));
            Token join = scan.token(p.from() - 1);
            if (!join.is("and") && !join.is(",")) {
                break;
            }
            to = p.from() - 1;
        }
        boolean joined = names.size() >= 2 && scan.token(names.get(0).from - 1).is("and");
        return joined ? names : List.of();
    }

    private static boolean word(Scan scan, int i) {
        Token t = scan.token(i);
        return t.isLatin() && t.isWord() && t.isCapitalised() && !scan.taken(i) && scan.place(i) == null
                && !Scan.isStopword(t) && !Titles.is(t) && Heads.of(t, Lang.EN) == null;
    }
}
