package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "Turkish film stars - Burak Ozcivit, Ozcan Cagri Şensoy, Fatih Ayhan, …": a plural word for people, then (after a
 * dash, a colon, "such as" or "including", or right away) two or more items of two or three name words each, lists
 * people, whatever their names' endings.
 */
final class EnglishPeopleAfterPlural {

    private static final Set<String> PLURALS = Set.of("stars", "actors", "actresses", "artists", "singers",
            "musicians", "performers", "guests", "laureates", "winners", "participants", "speakers", "directors",
            "filmmakers", "writers", "poets", "painters", "designers", "curators", "composers", "dancers", "soloists");
    private static final Set<String> LEADS = Set.of("-", "–", "—", ":", "including");
    private static final Set<String> ITEM_ENDS = Set.of(",", "and", ".", ";");
    private static final int MAX_NAME = 3;

    private EnglishPeopleAfterPlural() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i + 1 < scan.doc.size(); i++) {
            Token t = scan.token(i);
            if (!t.isLatin() || !PLURALS.contains(t.lower()) || scan.doc.sentenceAt(i).lang() != Lang.EN) {
                continue;
            }
            int k = i + 1;
            k += LEADS.contains(scan.token(k).lower()) ? 1 : suchAs(scan, k) ? 2 : 0;
            List<Mention> items = items(scan, k);
            if (items.size() >= 2) {
                int role = describedFrom(scan, i);
                for (Mention m : items) {
                    m.roleFrom = role;
                    m.roleTo = i + 1;
                    scan.take(m);
                    found.add(m);
                }
            }
        }
        return found;
    }

    /**
     * Where the words describing the plural begin: lower-case words and a nation's adjective before it ("Turkish film
     * stars", "popular South Korean performers and singers"), which say whose the people are.
     */
    private static int describedFrom(Scan scan, int plural) {
        int from = plural;
        int start = scan.doc.sentenceAt(plural).from();
        while (from - 1 >= start && plural - from < 5 && !scan.taken(from - 1)) {
            Token t = scan.token(from - 1);
            Place p = scan.place(from - 1);
            boolean nation = p != null && p.adjective();
            boolean word = t.isLatin() && t.isWord() && !t.isCapitalised() && (!Scan.isStopword(t) || t.is("and"));
            if (!nation && !word) {
                break;
            }
            from = nation ? p.from() : from - 1;
        }
        return from < plural && scan.token(from).is("and") ? from + 1 : from;
    }

    private static boolean suchAs(Scan scan, int k) {
        return k + 1 < scan.doc.size() && scan.token(k).is("such") && scan.token(k + 1).is("as");
    }

    /** The items of two or three name words from {@code k}, each closed by a comma, "and" or the sentence's end. */
    private static List<Mention> items(Scan scan, int k) {
        List<Mention> items = new ArrayList<>();
        Document.Sentence s = scan.doc.sentenceAt(k < scan.doc.size() ? k : scan.doc.size() - 1);
        while (k < s.to()) {
            int to = k;
            while (to < s.to() && to - k < MAX_NAME && scan.nameLike(to) && scan.token(to).isLatin()
                    && !scan.taken(to)) {
                to++;
            }
            if (to - k < 2 || to < s.to() && !ITEM_ENDS.contains(scan.token(to).lower())) {
                break;
            }
            items.add(new Mention(ActorType.PERSON, Render.of(scan.doc, k, to), k, to, 2));
            k = to < s.to() && scan.token(to).is(",") ? to + 1 : to;
            k = k < s.to() && scan.token(k).is("and") ? k + 1 : k;
            if (to < s.to() && !scan.token(to).is(",") && !scan.token(to).is("and")) {
                break;
            }
        }
        return items;
    }
}
