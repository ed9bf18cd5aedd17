package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "Tajik music groups such as Avesto, Sadoi Poytakht, Nozhan, Navoi Darvoz, Barodaron and the Izzat Sharifi Group":
 * the names a sentence lists after a kind of body in the plural and "such as" are bodies of that kind, whatever
 * their words.
 */
final class EnglishSuchAsLists {

    /** How many capitalised words one listed name may have. */
    private static final int LONGEST = 3;
    private static final Set<String> SEPARATORS = Set.of(",", "and");

    private EnglishSuchAsLists() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int k = 1; k + 1 < scan.doc.size(); k++) {
            if (!scan.token(k).lower().equals("such") || !scan.token(k + 1).lower().equals("as")) {
                continue;
            }
            ActorType kind = pluralKind(scan.token(k - 1));
            if (kind != null) {
                listed(scan, k + 2, kind, found);
            }
        }
        return found;
    }

    /** The type of the bodies a lower-case plural head names ("groups", "museums"), or null. */
    private static ActorType pluralKind(Token t) {
        if (!t.isLatin() || t.isCapitalised() || !t.lower().endsWith("s") || t.text().length() < 4) {
            return null;
        }
        String one = t.text().endsWith("ies") ? t.text().substring(0, t.text().length() - 3) + "y"
                : t.text().substring(0, t.text().length() - 1);
        Head head = Heads.of(new Token(one, 0, one.length()), Lang.EN);
        return head != null && head.type() == ActorType.ORGANISATION ? head.type() : null;
    }

    /** Each item of the list from {@code at}: capitalised words up to a separator, not taken by another name. */
    private static void listed(Scan scan, int at, ActorType kind, List<Mention> found) {
        Document.Sentence s = scan.doc.sentenceAt(at);
        int i = at;
        while (i < s.to()) {
            i = i < s.to() && scan.token(i).lower().equals("the") ? i + 1 : i;
            int end = i;
            while (end < s.to() && end - i < LONGEST && scan.token(end).isLatin() && scan.token(end).isCapitalised()
                    && scan.token(end).isWord() && !scan.taken(end)) {
                end++;
            }
            Place place = end > i ? scan.place(i) : null;
            boolean onlyPlace = place != null && place.from() == i && place.to() >= end; // "such as Almaty and Astana"
            boolean separated = end < s.to() && SEPARATORS.contains(scan.token(end).lower()) || end == s.to()
                    || scan.token(end).is(".");
            if (end > i && separated && !onlyPlace && !scan.anyTaken(i, end)) {
                Mention m = new Mention(kind, Render.of(scan.doc, i, end), i, end, 2);
                scan.take(m);
                found.add(m);
            } else if (end == i && !scan.taken(i)) {
                return; // a lower-case word ends the list
            } else if (!separated) {
                return;
            }
            i = end;
            while (i < s.to() && scan.taken(i)) {
                i++;
            }
            if (i >= s.to() || !SEPARATORS.contains(scan.token(i).lower())) {
                return;
            }
            i++;
        }
    }
}
