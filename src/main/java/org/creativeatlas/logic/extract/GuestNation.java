package org.creativeatlas.logic.extract;

import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "Days of Kazakhstan Culture in Uzbekistan", "Days of Culture of Tajikistan", "Festival of Kazakh Culture": a nation's
 * days of culture are held abroad, so the performers and troupes a report of them names come from that nation, while
 * the venues they play are the host's. A week of a nation's cinema inside a festival ("Turkish Cinema Week") shows its
 * films, not its people.
 */
final class GuestNation {
    private static final Set<String> SEASONS = Set.of("days", "week", "decade", "festival");
    /** Head nouns of the places a visit is held in, which stay the host's. */
    private static final Set<String> VENUES = Set.of("palace", "hall", "theatre", "theater", "center", "centre",
            "museum", "gallery", "library", "stadium", "arena", "philharmonic", "cinema", "house", "park", "square");

    private GuestNation() {
    }

    /** The guest's place in the words that frame its days of culture in an English text, or null. */
    static Place frame(Scan scan) {
        for (Place p : scan.places) {
            if (p.country() != null && p.city() == null && scan.doc.sentenceAt(p.from()).lang() == Lang.EN
                    && framed(scan, p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * The country the days are held in, where the sentence that frames them says so: "Days of Culture of Kyrgyzstan
     * kicked off in Astana" — another country's place after "in"; null if none.
     */
    static String host(Scan scan, Place frame) {
        for (int i = frame.to(); i < scan.doc.sentenceAt(frame.from()).to(); i++) {
            Place q = CountryResolver.heldIn(scan, i);
            if (q != null && !q.country().isEmpty() && !q.country().equals(frame.country())) {
                return q.country();
            }
        }
        return null;
    }

    /** A body that is a venue (a library, a theatre, a hall) or an event: held by the host, if no place says else. */
    static boolean held(Mention m) {
        return m.type == ActorType.EVENT
                || m.type == ActorType.ORGANISATION && m.words().stream().anyMatch(VENUES::contains);
    }

    /** A person or a body that is no venue: one of the visitors, if the text names no place of its own. */
    static boolean visits(Mention m) {
        return m.type == ActorType.PERSON
                || m.type == ActorType.ORGANISATION && m.words().stream().noneMatch(VENUES::contains);
    }

    private static boolean framed(Scan scan, Place p) {
        int k = lower(scan, p.from() - 1).equals("the") ? p.from() - 2 : p.from() - 1;
        boolean cultureAfter = "culture".equals(lower(scan, p.to()));
        boolean of = lower(scan, k).equals("of");
        // "Days of Kazakhstan Culture" · "Days of Culture of Tajikistan" · "Kazakh Culture Days"
        return cultureAfter && of && SEASONS.contains(lower(scan, k - 1))
                || of && "culture".equals(lower(scan, k - 1)) && lower(scan, k - 2).equals("of")
                        && SEASONS.contains(lower(scan, k - 3))
                || cultureAfter && SEASONS.contains(lower(scan, p.to() + 1));
    }

    private static String lower(Scan scan, int i) {
        return i >= 0 && i < scan.doc.size() ? scan.token(i).lower() : "";
    }
}
