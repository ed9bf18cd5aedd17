package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Gathers the mentions of one actor: same folded name, a shared abbreviation, a short form whose words all occur
 * in the long one and share its head word ("Ministry of Economy" in "Ministry of National Economy of …"), or, for
 * people, the same surname with agreeing first names or initials. A name nested in another's is another actor.
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

    private MentionMerger() {
    }

    static List<Group> merge(List<Mention> mentions) {
        List<Group> groups = new ArrayList<>();
        for (Mention m : mentions) {
            Group g = groups.stream().filter(x -> same(x, m)).findFirst().orElse(null);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.mentions.add(m);
            g.mentions.sort((a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0);
        }
        return groups;
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
            if (NameKey.of(o.name).equals(NameKey.of(m.name)) || shareVariant(o, m)) {
                return true;
            }
            boolean nested = o.overlaps(m) && (o.from != m.from || o.to != m.to);
            if (!nested && (m.type == ActorType.PERSON ? samePerson(o.name, m.name) : contained(o.name, m.name))) {
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

    private static boolean contained(String a, String b) {
        List<String> x = NameKey.words(a);
        List<String> y = NameKey.words(b);
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        boolean sameHead = shorter.get(0).equals(longer.get(0))
                || shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1));
        return shorter.size() >= 2 && sameHead && new HashSet<>(longer).containsAll(shorter);
    }

    /** Same surname (last or first word, names come in both orders) and first names that agree or are initials. */
    static boolean samePerson(String a, String b) {
        List<String> x = NameKey.words(a);
        List<String> y = NameKey.words(b);
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
