package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * An event named again in another form is the same event: its short form inside the full name, after an ordinal or a
 * kind word and before a quoted title («Ташкентский международный кинофестиваль» of «XIV Ташкентский международный
 * кинофестиваль «Жемчужина Шелкового пути»», «Дни узбекского» of «Фестиваль "Дни узбекского кино"»), and the days
 * of one nation's culture named by its adjective or by its name («Дни туркменской культуры», «Дни культуры
 * Туркменистана в Таджикистане»). The merger joins short forms only by a shared first or last word; events are few in
 * a text, so each pair of them is compared here.
 */
final class SameEvents {
    /** First words of a nation's days, week or decade of culture. */
    private static final Set<String> SEASONS = Set.of("дни", "неделя", "декада", "days", "week", "decade");
    /** Words before the place a nation's days are held in, which is the host, not the nation. */
    private static final Set<String> IN = Set.of("в", "во", "in");

    private SameEvents() {
    }

    /** The groups with each event group that names one event again folded into the first of them. */
    static List<MentionMerger.Group> fold(Scan scan, List<MentionMerger.Group> groups) {
        List<MentionMerger.Group> events = new ArrayList<>();
        List<MentionMerger.Group> out = new ArrayList<>(groups.size());
        for (MentionMerger.Group g : groups) {
            MentionMerger.Group same = g.type() == ActorType.EVENT ? same(scan, events, g) : null;
            if (same != null) {
                same.take(g);
            } else {
                out.add(g);
                if (g.type() == ActorType.EVENT) {
                    events.add(g);
                }
            }
        }
        return out;
    }

    private static MentionMerger.Group same(Scan scan, List<MentionMerger.Group> events, MentionMerger.Group g) {
        for (MentionMerger.Group e : events) {
            List<String> a = e.best().words();
            List<String> b = g.best().words();
            String titleA = MergeKeys.title(e.best());
            String titleB = MergeKeys.title(g.best());
            // «Мелодия мира» is not short for «Мелодия мира, мелодия дружбы, братства»
            boolean titled = titleA != null && titleB != null && !titleA.equals(titleB);
            if (!titled && (shortForm(a, b) || shortForm(b, a))) {
                return e;
            }
            String nation = nation(scan, e.best());
            if (nation != null && nation.equals(nation(scan, g.best()))) {
                return e;
            }
        }
        return null;
    }

    /** Two words or more of the full name in a row, after at most one word of it (an ordinal or the kind). */
    private static boolean shortForm(List<String> shorter, List<String> longer) {
        int at = Collections.indexOfSubList(longer, shorter);
        return shorter.size() >= 2 && shorter.size() < longer.size() && at >= 0 && at <= 1;
    }

    /** The country whose days of culture the event is, or null: a nation in its name not after «в» or "in". */
    private static String nation(Scan scan, Mention m) {
        if (!SEASONS.contains(scan.token(m.from).lower())) {
            return null;
        }
        for (int k = m.from + 1; k < m.to; k++) {
            Place p = scan.place(k);
            if (p != null && p.from() == k) {
                boolean host = IN.contains(scan.token(k - 1).lower());
                return host || p.country() == null || p.city() != null ? null : p.country();
            }
        }
        return null;
    }
}
