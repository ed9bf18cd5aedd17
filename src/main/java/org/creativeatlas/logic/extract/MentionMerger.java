package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Gathers the mentions of one actor: same folded name, a shared abbreviation, a short form whose words all occur
 * in the long one and share its head word ("Ministry of Economy" in "Ministry of National Economy of …"), or, for
 * people, the same surname with agreeing first names or initials. A name nested in another's is another actor.
 * Groups are indexed by their words so a long document merges in near-linear time.
 */
final class MentionMerger {

    /** The mentions of one actor, the first being the one whose name is shown. */
    static final class Group {
        final List<Mention> mentions = new ArrayList<>();

        Mention best() {
            return mentions.get(0);
        }

        ActorType type() {
            return best().type;
        }

        Set<String> variants() {
            Set<String> v = new HashSet<>();
            for (Mention m : mentions) {
                v.addAll(m.variants);
                v.add(m.name);
            }
            return v;
        }
    }

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "madam");

    private final List<Group> groups = new ArrayList<>();
    private final Map<String, List<Group>> byWord = new HashMap<>();

    private MentionMerger() {
    }

    static List<Group> merge(List<Mention> mentions) {
        MentionMerger merger = new MentionMerger();
        mentions.forEach(merger::add);
        return merger.groups;
    }

    private void add(Mention m) {
        Group g = null;
        for (Group candidate : candidates(m)) {
            if (same(candidate, m)) {
                g = candidate;
                break;
            }
        }
        if (g == null) {
            g = new Group();
            groups.add(g);
        }
        g.mentions.add(m);
        g.mentions.sort((a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0);
        for (String w : index(m)) {
            List<Group> list = byWord.computeIfAbsent(w, k -> new ArrayList<>());
            if (!list.contains(g)) {
                list.add(g);
            }
        }
    }

    /** Groups sharing a word or a variant with the mention, in the order they were made. */
    private Set<Group> candidates(Mention m) {
        Set<Group> found = new LinkedHashSet<>();
        for (String w : index(m)) {
            found.addAll(byWord.getOrDefault(w, List.of()));
        }
        return found;
    }

    /** A person by each longer word (either may be the surname), anything else by its first and last word. */
    private static Set<String> index(Mention m) {
        Set<String> keys = new HashSet<>();
        List<String> words = m.words();
        if (m.type == ActorType.PERSON) {
            words.stream().filter(w -> w.length() > 2).forEach(keys::add);
        } else if (!words.isEmpty()) {
            keys.add(words.get(0));
            keys.add(words.get(words.size() - 1));
        }
        keys.add(m.key());
        m.variants.forEach(v -> keys.add("=" + v));
        keys.add("=" + m.name);
        return keys;
    }

    /** Surer first, then longer: the full name rather than its short form. */
    private static boolean better(Mention a, Mention b) {
        if (a.priority != b.priority && Math.min(a.priority, b.priority) < 2) {
            return a.priority > b.priority;
        }
        return a.name.length() > b.name.length();
    }

    private static boolean same(Group g, Mention m) {
        for (Mention o : g.mentions) {
            if (o.type != m.type) {
                return false;
            }
            if (o.key().equals(m.key()) || shareVariant(o, m)) {
                return true;
            }
            boolean nested = o.overlaps(m) && (o.from != m.from || o.to != m.to);
            if (!nested && (m.type == ActorType.PERSON ? samePerson(o.words(), m.words())
                    : contained(o.words(), m.words()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean shareVariant(Mention a, Mention b) {
        for (String v : a.variants) {
            if (b.variants.contains(v) || v.equals(b.name)) {
                return true;
            }
        }
        return b.variants.contains(a.name);
    }

    private static boolean contained(List<String> x, List<String> y) {
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        if (shorter.size() < 2) {
            return false;
        }
        boolean sameHead = shorter.get(0).equals(longer.get(0))
                || shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1));
        return sameHead && new HashSet<>(longer).containsAll(shorter);
    }

    /** Same surname (last or first word, names come in both orders) and first names that agree or are initials. */
    static boolean samePerson(List<String> x, List<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        for (String w : common) {
            if (w.length() > 2) {
                List<String> restX = new ArrayList<>(x);
                List<String> restY = new ArrayList<>(y);
                restX.remove(w);
                restY.remove(w);
                restX.removeAll(HONORIFICS); // "Mr. Devane" is Ciaran Devane
                restY.removeAll(HONORIFICS);
                if (restX.isEmpty() || restY.isEmpty() || agree(restX.get(0), restY.get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean agree(String a, String b) {
        return a.equals(b) || (a.length() <= 2 || b.length() <= 2) && a.charAt(0) == b.charAt(0);
    }
}
