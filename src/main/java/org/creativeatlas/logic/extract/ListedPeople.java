package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * English lists of people: two name words (or three) listed beside someone already found are someone too, whatever
 * their surname's ending, also after "from" and a state ("laureates … Dinislambek Zhailaubay, Saltanat Mendigaliyeva, Didar Abdukhalyk as well as …"); so
 * are the items of a Russian list that each say where the person comes from («Саиджалол Бадахшони из Великобритании,
 * Масуд Миршохи из Франции, …»).
 */
final class ListedPeople {

    /** What may end a list's item: the next item, the list's end, the sentence's end. */
    private static final Set<String> ITEM_ENDS = Set.of(",", "and", ".", ";", ":", "as", "with", "from", ")", "из",
            "және", "мен", "сынды", "секілді", "сияқты");

    private final Scan scan;
    private final List<Mention> found = new ArrayList<>();

    private ListedPeople(Scan scan) {
        this.scan = scan;
    }

    static List<Mention> find(Scan scan, List<Mention> people) {
        ListedPeople l = new ListedPeople(scan);
        List<Mention> next = people;
        while (!next.isEmpty()) {
            List<Mention> added = new ArrayList<>();
            for (Mention p : next) {
                Lang lang = scan.doc.sentenceAt(p.from).lang();
                boolean russian = p.type == ActorType.PERSON && scan.token(p.from).isCyrillic() && lang == Lang.RU;
                boolean kazakh = p.type == ActorType.PERSON && scan.token(p.from).isCyrillic() && lang == Lang.KK;
                if (p.type != ActorType.PERSON || !scan.token(p.from).isLatin() && !russian && !kazakh) {
                    continue;
                }
                if (russian) {
                    int after = l.whence(p.to);
                    if (after > p.to && after + 1 < scan.doc.size() && scan.token(after).is(",")) {
                        l.add(after + 1, 2, p, added);
                    }
                    continue;
                }
                int after = p.to < scan.doc.size() && scan.token(p.to).is(",") ? p.to + 1 : p.to;
                after = after < scan.doc.size() && scan.token(after).is("and") ? after + 1 : after;
                after = kazakh && after < scan.doc.size() && l.fromPlace(after) ? after + 1 : after;
                if (after > p.to && !l.add(after, 2, p, added)) {
                    l.add(after, 3, p, added);
                }
                if (p.from > 0 && (scan.token(p.from - 1).is(",") || scan.token(p.from - 1).is("and"))
                        && !l.add(p.from - 3, 2, p, added)) {
                    l.add(p.from - 4, 3, p, added);
                }
            }
            next = added;
        }
        return l.found;
    }

    /** "Kassym-Jomart Tokayev and Emomali Rahmon visited …": the last item, after "and", before a lower-case word. */
    private boolean lastBeforeVerb(int from, int to) {
        Token next = scan.token(to);
        return from > 0 && scan.token(from - 1).is("and") && next.isWord() && next.isLatin() && !next.isCapitalised()
                && !Scan.isStopword(next);
    }

    /** The end of «из» and a state after a Russian name at {@code i}, else {@code i}. */
    private int whence(int i) {
        Place p = i + 1 < scan.doc.size() && scan.token(i).lower().equals("из") ? scan.place(i + 1) : null;
        return p != null && p.from() == i + 1 && p.state() ? p.to() : i;
    }

    /**
     * Two name words at {@code from} (or three in an English list: "Ali Muhammadi Khurosoni"), in the sentence of
     * {@code beside}, between two of an item's ends; whether they were taken as someone.
     */
    private boolean add(int from, int words, Mention beside, List<Mention> added) {
        int to = from + words;
        Document.Sentence s = scan.doc.sentenceAt(beside.from);
        if (from < s.from() || to > s.to() || scan.anyTaken(from, to) || words > 2 && !scan.token(from).isLatin()
                || !sameScript(from, beside) || scan.token(from).isCyrillic() && s.lang() == Lang.RU && whence(to) == to
                || from > s.from() && !ITEM_ENDS.contains(scan.token(from - 1).lower()) && !fromPlace(from - 1)
                        && RoleNation.fromBefore(scan, from) == null
                || to < s.to() && !ITEM_ENDS.contains(scan.token(to).lower()) && !lastBeforeVerb(from, to)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!scan.nameLike(k) || !sameScript(k, beside)) {
                return false;
            }
        }
        Mention m = new Mention(ActorType.PERSON, Render.of(scan.doc, from, to), from, to, 2);
        scan.take(m);
        found.add(m);
        added.add(m);
        return true;
    }

    /** «…, Монғолиядан Сәтжан Тілашқан секілді …»: a Kazakh item may open with the country its person comes from. */
    private boolean fromPlace(int k) {
        Place p = scan.place(k);
        return p != null && p.country() != null && k - 1 >= 0 && ITEM_ENDS.contains(scan.token(k - 1).lower())
                && Morph.kkAblative(scan.token(k).lower());
    }

    private boolean sameScript(int i, Mention beside) {
        return scan.token(beside.from).isLatin() ? scan.token(i).isLatin() : scan.token(i).isCyrillic();
    }
}
