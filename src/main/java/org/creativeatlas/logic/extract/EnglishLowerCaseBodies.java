package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "the republican international cultural centre", "the national museum of the Turkmen carpet": translated official
 * names of state bodies often keep the lower case of their source, yet a word of rank (national, republican, world)
 * before an organisation's head, with more words describing it or an "of" naming what it keeps, makes a name.
 */
final class EnglishLowerCaseBodies {
    private static final Set<String> RANKS = Set.of("national", "republican", "state", "world", "international");
    private static final Set<String> TAIL_JOINS = Set.of("of", "for", "the");
    /** Words after a place that make the body after them its own: "Dushanbe city administration". */
    private static final Set<String> LOCAL = Set.of("city", "region", "regional", "oblast", "district");
    /** A city's governing bodies, named by the city alone before them. */
    private static final Set<String> CITY_BODIES = Set.of("administration", "akimat", "hokimiyat", "khokimiyat",
            "municipality");
    /** How many describing words may stand between the rank and the head, and how long an "of" tail may run. */
    private static final int MIDDLE = 3;
    private static final int TAIL = 8;

    private EnglishLowerCaseBodies() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int h = 1; h < scan.doc.size(); h++) {
            Token t = scan.token(h);
            if (!t.isLatin() || t.isCapitalised() || scan.taken(h) || scan.doc.sentenceAt(h).lang() != Lang.EN) {
                continue;
            }
            Head head = Heads.of(t, Lang.EN);
            if (head == null || head.type() != ActorType.ORGANISATION) {
                continue;
            }
            int from = rank(scan, h);
            int to = from < 0 ? -1 : EnglishChains.namedAfter(scan, tail(scan, h + 1), scan.doc.sentenceAt(h).to());
            if (from >= 0 && (h - from >= 3 || to > h + 1 || scan.place(from) != null)) {
                found.add(new Mention(ActorType.ORGANISATION, Render.of(scan.doc, from, to), from, to, 1));
                h = to - 1;
            }
        }
        found.forEach(scan::take);
        return found;
    }

    /**
     * The farthest rank word opening the description before the head at {@code h}, or -1; a capitalised one only
     * right before it ("at the National library of Dushanbe").
     */
    private static int rank(Scan scan, int h) {
        int from = Math.max(scan.doc.sentenceAt(h).from(), h - 1 - MIDDLE);
        int rank = -1;
        Place local = h >= 2 && LOCAL.contains(scan.token(h - 1).lower()) ? scan.place(h - 2) : null;
        if (local != null && local.to() == h - 1 && !local.adjective() && !scan.taken(h - 2)) {
            return local.from(); // "Dushanbe city administration": a city's or a region's own body
        }
        int named = cityBefore(scan, h, from);
        if (named >= 0) {
            return named; // "the Leipzig ethnographic museum": a city's body, described in lower case after its name
        }
        if (CITY_BODIES.contains(scan.token(h).lower())) {
            if (placeOf(scan, h) != null) {
                return h; // "akimat of South Kazakhstan region", "administration of the Bukhara region"
            }
            Place city = scan.place(h - 1);
            if (city != null && city.to() == h && city.city() != null && !city.adjective() && !scan.taken(h - 1)) {
                return city.from(); // "initiated by Dushanbe administration": the city's government
            }
        }
        for (int k = h - 1; k >= from; k--) {
            Token w = scan.token(k);
            if (w.isLatin() && w.isCapitalised() && RANKS.contains(w.lower()) && !scan.taken(k)
                    && (k == 0 || !scan.token(k - 1).isCapitalised())) {
                return k; // "Republican specialized music academic lyceum": a capitalised rank opens the name
            }
            if (!w.isLatin() || !w.isWord() || scan.taken(k) || Scan.isStopword(w)
                    || w.isCapitalised() && (scan.place(k) == null || !scan.place(k).adjective())
                    && !(k == h - 1 && RANKS.contains(w.lower()))) {
                break;
            }
            // the farthest rank opens it: "republican international cultural centre"
            rank = RANKS.contains(w.lower()) && (k == 0 || !scan.token(k - 1).isCapitalised()) ? k : rank;
        }
        return rank;
    }

    /** Where a city's name opens words in lower case before the head at h ("Leipzig ethnographic"); else -1. */
    private static int cityBefore(Scan scan, int h, int from) {
        int k = h - 1;
        while (k > from && scan.token(k).isLatin() && scan.token(k).isWord() && !scan.token(k).isCapitalised()
                && !Scan.isStopword(scan.token(k)) && !scan.taken(k)) {
            k--;
        }
        // "Berlin's largest cultural center": a city's own is no name; "the Dushanbe recording studio Navo Records"
        // describes the name after it
        boolean described = h + 1 < scan.doc.size() && scan.token(h + 1).isCapitalised();
        Place city = k < h - 1 && !described && !scan.token(k).text().matches(".*['’]s") && !scan.token(k + 1).text().matches("['’]s?")
                ? scan.place(k) : null;
        return city != null && city.to() == k + 1 && city.city() != null && !city.adjective() && !scan.taken(k)
                && (city.from() == 0 || !scan.token(city.from() - 1).isCapitalised()) ? city.from() : -1;
    }

    /** The place "of [the]" names after the head at h, in its first or second word ("of South Kazakhstan"); or null. */
    private static Place placeOf(Scan scan, int h) {
        int of = h + 2 < scan.doc.size() && scan.token(h + 1).is("of") ? h + 2 : -1;
        of = of > 0 && scan.token(of).is("the") && of + 1 < scan.doc.size() ? of + 1 : of;
        if (of < 0) {
            return null;
        }
        Place p = scan.place(of) != null || of + 1 >= scan.doc.size() ? scan.place(of) : scan.place(of + 1);
        return p != null && p.country() != null && !p.adjective() ? p : null;
    }

    /** The end of an "of" tail naming something capitalised ("of the Turkmen carpet"); else just after the head. */
    private static int tail(Scan scan, int at) {
        if (at >= scan.doc.size() || !scan.token(at).is("of")) {
            return at;
        }
        int end = Math.min(scan.doc.sentenceAt(at).to(), at + TAIL);
        int to = at;
        boolean named = false;
        for (int k = at; k < end; k++) {
            Token w = scan.token(k);
            // "of Turkic culture in cooperation with …": a preposition of the sentence ends what the body keeps
            if (!w.isLatin() || !w.isWord() || w.is("and") || scan.taken(k)
                    || Scan.isStopword(w) && !TAIL_JOINS.contains(w.lower()) && !LOCAL.contains(w.lower())) {
                break;
            }
            named |= w.isCapitalised();
            to = TAIL_JOINS.contains(w.lower()) ? to : k + 1;
            Place state = scan.place(k);
            if (state != null && state.state() && state.from() == k) {
                // "State museum of Turkmenistan has organized": a state's name closes the tail, or the word for its
                // part after it ("akimat of South Kazakhstan region")
                boolean part = state.to() < end && LOCAL.contains(scan.token(state.to()).lower());
                to = part ? state.to() + 1 : state.to();
                break;
            }
        }
        return named && to > at ? to : at;
    }

    private static final Set<String> PEOPLE_SENT = Set.of("delegation", "team");

    /** Whether a lower-case singular head of a body follows the head at {@code h}, one word between at most. */
    static boolean headAfter(Scan scan, int h, int end) {
        for (int k = h + 1; k < Math.min(end, h + 3); k++) {
            Token t = scan.token(k);
            if (!t.isLatin() || !t.isWord() || t.isCapitalised() || Scan.isStopword(t)) {
                return false;
            }
            Head next = Heads.of(t, Lang.EN);
            if (next != null) {
                // "IT PARK technology park" says its kind again; "the Altai State University delegation" is people
                return next.type() == ActorType.ORGANISATION && !next.plural() && !PEOPLE_SENT.contains(t.lower())
                        && !next.nominative().equalsIgnoreCase(scan.token(h).lower());
            }
        }
        return false;
    }
}
