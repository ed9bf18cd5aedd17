package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "Days of Kazakhstan Culture in Uzbekistan", "Days of Culture of Tajikistan", "Festival of Kazakh Culture": a nation's
 * days of culture are held abroad, so the performers and troupes a report of them names come from that nation, while
 * the venues they play are the host's. A week of a nation's cinema inside a festival ("Turkish Cinema Week") shows its
 * films, not its people.
 */
final class GuestNation {
    /** The English head nouns of a nation's days abroad, which name their host ("… Days in Kyrgyzstan"). */
    static final Set<String> DAYS = Set.of("days", "week", "decade");
    private static final Set<String> SEASONS = Set.of("days", "week", "decade", "festival");
    /** Stems of the same in Russian. */
    private static final List<String> RU_VENUES = List.of("дворец", "дворц", "зал", "театр", "центр", "музе",
            "галере", "библиотек", "стадион", "арен", "филармони", "кинотеатр", "парк", "площад", "комплекс");
    /** The same in Russian, in the cases a heading or a sentence puts them in. */
    private static final Set<String> RU_SEASONS = Set.of("дни", "дней", "днях", "дням", "днями", "неделя", "недели",
            "неделе", "неделю", "декада", "декады", "декаде", "декаду", "фестиваль", "фестиваля", "фестивале");
    /** Head nouns of the places a visit is held in, which stay the host's. */
    private static final Set<String> VENUES = Set.of("palace", "hall", "theatre", "theater", "center", "centre",
            "museum", "gallery", "library", "stadium", "arena", "philharmonic", "cinema", "house", "park", "square",
            "complex");

    /**
     * How many sentences from the top may frame a page as a nation's days: "it encompassed the Japanese Culture Days"
     * deep in a report of a Tashkent festival makes no guests of the Tashkent artists it lists.
     */
    private static final int LEAD = 4;

    private GuestNation() {
    }

    /**
     * The guest's place in the words that frame its days of culture in an English or Russian text; null if there
     * are none, or the days of two nations (a report of one that speaks of the return visit next year).
     */
    static Place frame(Scan scan) {
        Place first = null;
        int lead = scan.doc.sentences.get(Math.min(LEAD, scan.doc.sentences.size()) - 1).to();
        for (Place p : scan.places) {
            if (p.from() < lead && framing(scan, p)) {
                if (first != null && !first.country().equals(p.country())) {
                    return null;
                }
                first = first == null ? p : first;
            }
        }
        return first;
    }

    /**
     * The country the days are held in, where a sentence that frames them says so: "Days of Culture of Kyrgyzstan
     * kicked off in Astana" — another country's place after "in"; null if none.
     */
    static String host(Scan scan, Place frame) {
        for (Place p : scan.places) {
            // the headline may name the days alone ("Ashgabat hosted the Culture Days of Tajikistan"), the body
            // where they are
            if (!frame.country().equals(p.country()) || !framing(scan, p)) { // a region's place has no country
                continue;
            }
            for (int i = p.to(); i < scan.doc.sentenceAt(p.from()).to(); i++) {
                Place q = HeldVenues.heldIn(scan, i);
                if (q != null && q.country() != null && !q.country().equals(frame.country())) {
                    return q.country();
                }
            }
        }
        return null;
    }

    private static boolean framing(Scan scan, Place p) {
        Lang lang = scan.doc.sentenceAt(p.from()).lang();
        return p.country() != null && p.city() == null
                && (lang == Lang.EN && framed(scan, p) || lang == Lang.RU && framedInRussian(scan, p));
    }

    /** A body that is a venue (a library, a theatre, a hall) or an event: held by the host, if no place says else. */
    static boolean held(Mention m) {
        return m.type == ActorType.EVENT || m.type == ActorType.ORGANISATION && venue(m);
    }

    /** A person or a body that is no venue: one of the visitors, if the text names no place of its own. */
    static boolean visits(Mention m) {
        return m.type == ActorType.PERSON || m.type == ActorType.ORGANISATION && !venue(m);
    }

    private static boolean venue(Mention m) {
        return m.words().stream().anyMatch(w -> VENUES.contains(w) || RU_VENUES.stream().anyMatch(w::startsWith));
    }

    private static boolean framed(Scan scan, Place p) {
        int k = lower(scan, p.from() - 1).equals("the") ? p.from() - 2 : p.from() - 1;
        boolean cultureAfter = "culture".equals(lower(scan, p.to()));
        boolean of = lower(scan, k).equals("of");
        // "Days of Kazakhstan Culture" · "Days of Culture of Tajikistan" · "Kazakh Culture Days" · "Culture Days of
        // Tajikistan"
        return cultureAfter && of && SEASONS.contains(lower(scan, k - 1))
                || of && SEASONS.contains(lower(scan, k - 1)) && lower(scan, k - 2).equals("culture")
                || of && "culture".equals(lower(scan, k - 1)) && lower(scan, k - 2).equals("of")
                        && SEASONS.contains(lower(scan, k - 3))
                || cultureAfter && SEASONS.contains(lower(scan, p.to() + 1));
    }

    /** «Дни культуры Узбекистана», «Дней культуры Республики Белоруссия», «Днях узбекской культуры». */
    private static boolean framedInRussian(Scan scan, Place p) {
        int k = lower(scan, p.from() - 1).equals("республики") ? p.from() - 2 : p.from() - 1;
        String before = lower(scan, k);
        return before.equals("культуры") && RU_SEASONS.contains(lower(scan, k - 1))
                || p.adjective() && "культуры".equals(lower(scan, p.to())) && RU_SEASONS.contains(before);
    }

    private static String lower(Scan scan, int i) {
        return i >= 0 && i < scan.doc.size() ? scan.token(i).lower() : "";
    }
}
