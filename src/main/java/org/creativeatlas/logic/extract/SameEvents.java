package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.creativeatlas.model.ActorType;

/**
 * An event named again in another form is the same event: its short form inside the full name, after an ordinal or a
 * kind word and before a quoted title («Ташкентский международный кинофестиваль» of «XIV Ташкентский международный
 * кинофестиваль «Жемчужина Шелкового пути»», «Дни узбекского» of «Фестиваль "Дни узбекского кино"»), and the days
 * of one nation's culture named by its adjective or by its name («Дни туркменской культуры», «Дни культуры
 * Туркменистана в Таджикистане»; «Дни казахстанского кино» are another event). The merger joins short forms only by a
 * shared first or last word.
 */
final class SameEvents {
    /** First words of a nation's days, week or decade of culture. */
    static final Set<String> SEASONS = Set.of("дни", "неделя", "декада", "days", "week", "decade");
    /** Words before the place a nation's days are held in, which is the host, not the nation. */
    private static final Set<String> IN = Set.of("в", "во", "in");

    private final Scan scan;
    /** The event groups kept so far, in the order of the text. */
    private final List<MentionMerger.Group> events = new ArrayList<>();
    private final Map<MentionMerger.Group, Integer> place = new IdentityHashMap<>();
    /**
     * The keys each kept event can be met by: its whole name, each short form it has, and its nation. A long text
     * (a table saved as one line) names thousands of events, too many to compare each pair.
     */
    private final Map<Object, List<Integer>> index = new HashMap<>();

    private SameEvents(Scan scan) {
        this.scan = scan;
    }

    /** The groups with each event group that names one event again folded into the first of them. */
    static List<MentionMerger.Group> fold(Scan scan, List<MentionMerger.Group> groups) {
        SameEvents same = new SameEvents(scan);
        List<MentionMerger.Group> out = new ArrayList<>(groups.size());
        for (MentionMerger.Group g : groups) {
            MentionMerger.Group first = g.type() == ActorType.EVENT ? same.first(g) : null;
            if (first != null) {
                first.take(g);
                // its best name may now be the other's longer one, met by other keys
                same.register(first, same.place.get(first));
            } else {
                out.add(g);
                if (g.type() == ActorType.EVENT) {
                    same.place.put(g, same.events.size());
                    same.events.add(g);
                    same.register(g, same.place.get(g));
                }
            }
        }
        return out;
    }

    private void register(MentionMerger.Group g, int at) {
        List<String> words = g.best().words();
        index.computeIfAbsent(List.of("=", words), k -> new ArrayList<>()).add(at);
        for (List<String> part : shortForms(words)) {
            index.computeIfAbsent(List.of("<", part), k -> new ArrayList<>()).add(at);
        }
        for (List<String> tail : tails(words)) {
            index.computeIfAbsent(List.of(">", tail), k -> new ArrayList<>()).add(at);
        }
        String nation = nation(g.best());
        if (nation != null) {
            index.computeIfAbsent(nation, k -> new ArrayList<>()).add(at);
        }
        List<String> edition = edition(g.best());
        if (edition != null) {
            index.computeIfAbsent(edition, k -> new ArrayList<>()).add(at);
        }
    }

    /** The first kept event the group names again, or null. */
    private MentionMerger.Group first(MentionMerger.Group g) {
        List<String> words = g.best().words();
        // events it may be a short form of, events that may be a short form of it, and those of the same nation
        TreeSet<Integer> candidates = new TreeSet<>(index.getOrDefault(List.of("<", words), List.of()));
        for (List<String> part : shortForms(words)) {
            candidates.addAll(index.getOrDefault(List.of("=", part), List.of()));
        }
        candidates.addAll(index.getOrDefault(List.of(">", words), List.of()));
        for (List<String> tail : tails(words)) {
            candidates.addAll(index.getOrDefault(List.of("=", tail), List.of()));
        }
        String nation = nation(g.best());
        if (nation != null) {
            candidates.addAll(index.getOrDefault(nation, List.of()));
        }
        List<String> edition = edition(g.best());
        if (edition != null) {
            candidates.addAll(index.getOrDefault(edition, List.of()));
        }
        for (int at : candidates) {
            if (same(events.get(at), g, nation, edition)) {
                return events.get(at);
            }
        }
        return null;
    }

    private boolean same(MentionMerger.Group e, MentionMerger.Group g, String nation, List<String> edition) {
        List<String> a = e.best().words();
        List<String> b = g.best().words();
        String titleA = MergeKeys.title(e.best());
        String titleB = MergeKeys.title(g.best());
        // «Мелодия мира» is not short for «Мелодия мира, мелодия дружбы, братства»
        boolean titled = titleA != null && titleB != null && !titleA.equals(titleB);
        if (!titled && (shortForm(a, b) || shortForm(b, a))) {
            return true;
        }
        // «Халықаралық ғылыми-практикалық конференциясы» in the headline, ««Абайдың …» атты онлайн Халықаралық
        // ғылыми-практикалық конференция» in the text: the kind of event, untitled, that closes the titled name
        if (titleA == null && titleB != null && tail(a, b) || titleB == null && titleA != null && tail(b, a)) {
            return true;
        }
        if (edition != null && edition.equals(edition(e.best()))) {
            return true;
        }
        return nation != null && nation.equals(nation(e.best())) && sameField(field(e.best()), field(g.best()));
    }

    /** «Дни казахстанского кино» are not «Дни культуры Казахстана»: a field each names must be the same one. */
    private static boolean sameField(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    /** The first word of a nation's days that is neither the nation nor a small word, cut to its stem, or null. */
    private String field(Mention m) {
        for (int k = m.from + 1; k < m.to; k++) {
            Token t = scan.token(k);
            if (t.isWord() && scan.place(k) == null && t.text().length() > 3) {
                return t.lower().substring(0, FIELD_STEM);
            }
        }
        return null;
    }

    private static final int FIELD_STEM = 4;

    /** The runs of two words or more of a name, shorter than it, that start at its first or second word. */
    private static List<List<String>> shortForms(List<String> longer) {
        List<List<String>> parts = new ArrayList<>();
        for (int at = 0; at <= 1; at++) {
            for (int end = at + 2; end <= longer.size(); end++) {
                if (end - at < longer.size()) {
                    parts.add(longer.subList(at, end));
                }
            }
        }
        return parts;
    }

    /** The runs of two words or more that close a name, shorter than it. */
    private static List<List<String>> tails(List<String> longer) {
        List<List<String>> parts = new ArrayList<>();
        for (int at = 1; at + 2 <= longer.size(); at++) {
            parts.add(longer.subList(at, longer.size()));
        }
        return parts;
    }

    private static boolean tail(List<String> shorter, List<String> longer) {
        return shorter.size() >= 2 && shorter.size() < longer.size()
                && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    /** Two words or more of the full name in a row, after at most one word of it (an ordinal or the kind). */
    private static boolean shortForm(List<String> shorter, List<String> longer) {
        int at = Collections.indexOfSubList(longer, shorter);
        return shorter.size() >= 2 && shorter.size() < longer.size() && at >= 0 && at <= 1;
    }

    /**
     * "The Eighth Tajikistan International Film Festival, Didor 2018, …" and "the Didor Festival", "the Didor 2018
     * festival": an edition's own name with the event's kind word, or null; a full name gives the kind word its name
     * ends in before the edition, a short one its last.
     */
    private List<String> edition(Mention m) {
        int n = m.to - m.from;
        boolean full = n >= 5 && scan.token(m.to - 1).isYear() && scan.token(m.to - 3).is(",");
        if (full) {
            return List.of("edition", scan.token(m.to - 2).lower(), scan.token(m.to - 4).lower());
        }
        boolean brief = (n == 2 || n == 3 && scan.token(m.from + 1).isYear()) && scan.token(m.from).isCapitalised()
                && !scan.token(m.from).isYear();
        return brief ? List.of("edition", scan.token(m.from).lower(), scan.token(m.to - 1).lower()) : null;
    }

    /** The country whose days of culture the event is, or null: a nation in its name not after «в» or "in". */
    private String nation(Mention m) {
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
