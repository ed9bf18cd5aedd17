package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.ActorType;

/**
 * "supported by the Ministry of Culture of Tajikistan, …, JICA, AAR Japan, Toyota Central Asia, Taj Motors and …":
 * in an English list with bodies found already, an item of a few capitalised words that no rule claimed, beside a
 * body of the list, is a body too, though it has no head noun; a place may close its name ("AAR Japan"), not open it.
 */
final class EnglishBodyLists {

    /** The most words such an item has. */
    private static final int MAX_NAME = 4;
    /** How many items of the list must be bodies already. */
    private static final int MIN_BODIES = 2;

    private EnglishBodyLists() {
    }

    static List<Mention> find(Scan scan, List<Mention> named) {
        List<Mention> found = new ArrayList<>();
        // the organisations by the token after them, so each item looks up only those ending where it ends
        Map<Integer, List<Mention>> byEnd = new HashMap<>();
        for (Mention m : named) {
            if (m.type == ActorType.ORGANISATION) {
                byEnd.computeIfAbsent(m.to, k -> new ArrayList<>()).add(m);
            }
        }
        for (Document.Sentence s : scan.doc.sentences) {
            if (s.lang() != Lang.EN) {
                continue;
            }
            List<int[]> items = items(scan, s);
            boolean[] body = new boolean[items.size()];
            int bodies = 0;
            for (int k = 0; k < items.size(); k++) {
                int[] it = items.get(k);
                body[k] = body(scan, byEnd.getOrDefault(it[1], List.of()), it[0], it[1]);
                bodies += body[k] ? 1 : 0;
            }
            if (bodies < MIN_BODIES) {
                continue;
            }
            for (int k = 0; k < items.size(); k++) {
                int[] it = items.get(k);
                // beside a body of the list, or after an item so taken: the list runs on
                boolean inList = k > 0 && body[k - 1] || k + 1 < items.size() && body[k + 1];
                if (inList && unclaimedName(scan, it[0], it[1])) {
                    Mention m = new Mention(ActorType.ORGANISATION, Render.of(scan.doc, it[0], it[1]), it[0], it[1], 1);
                    found.add(m);
                    scan.take(m);
                    body[k] = true;
                }
            }
        }
        return found;
    }

    /** The items of the sentence's lists: runs of tokens between commas, and after a last "and". */
    private static List<int[]> items(Scan scan, Document.Sentence s) {
        List<int[]> items = new ArrayList<>();
        int start = s.from();
        for (int i = s.from(); i <= s.to(); i++) {
            boolean end = i == s.to() || scan.token(i).is(",") || scan.token(i).is(";") || scan.token(i).is(":")
                    || scan.token(i).is("and") && i + 1 < s.to() && scan.token(i + 1).isCapitalised();
            if (end) {
                int from = start < i && scan.token(start).is("the") ? start + 1 : start;
                int to = i == s.to() && i > from && scan.token(i - 1).is(".") ? i - 1 : i;
                if (to > from) {
                    items.add(new int[] {from, to});
                }
                start = i + 1;
            }
        }
        return items;
    }

    /** Whether an organisation found already spans the item, or the item ends in one after lower-case words. */
    private static boolean body(Scan scan, List<Mention> ending, int from, int to) {
        for (Mention m : ending) {
            if (m.from == from || m.from > from && !scan.token(from).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    private static boolean unclaimedName(Scan scan, int from, int to) {
        // "American Corner Dushanbe": a nation's adjective may open a name of more words, a place's name not
        Place first = scan.place(from);
        if (to - from > MAX_NAME || scan.anyTaken(from, to)
                || first != null && !(first.adjective() && first.to() == from + 1 && to - from > 1)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = scan.token(i);
            if (!t.isLatin() || !t.isCapitalised() || Scan.isStopword(t)) {
                return false;
            }
        }
        return true;
    }
}
