package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * The keys that bring a mention together with the groups it may join, narrow enough that a group is looked at only
 * when a merge rule could hold: the same folded name; a shared name or variant; for a short form of a body, its head
 * word (first or last) with another of its words; for a person, a longer word with the first letter of the word
 * beside it (first names agree or are initials). A group is listed under every key of its mentions; a new mention
 * looks up the keys that would meet them.
 */
final class MergeKeys {

    private MergeKeys() {
    }

    /** The keys a group holding this mention is listed under. */
    static Set<String> listed(Mention m) {
        Set<String> keys = common(m);
        List<String> words = m.words();
        if (m.type == ActorType.PERSON) {
            for (String w : words) {
                if (w.length() > 2) {
                    keys.add("A|" + w);
                    keys.add(person(w, words));
                }
            }
        } else {
            heads(words, keys);
        }
        return keys;
    }

    /** The keys that meet those of every group with the same folded name or a name or variant shared. */
    static Set<String> alike(Mention m) {
        return common(m);
    }

    /** The keys that meet those of every group the mention may be a short form of, or the same person as. */
    static Set<String> related(Mention m) {
        Set<String> keys = new HashSet<>();
        List<String> words = m.words();
        if (m.type == ActorType.PERSON) {
            for (String w : words) {
                if (w.length() > 2) {
                    String own = person(w, words);
                    // a lone surname may be anyone of that name; otherwise the first names must agree
                    keys.add(own.endsWith("|") ? "A|" + w : own);
                    keys.add("P|" + w + "|");
                }
            }
        } else {
            heads(words, keys);
        }
        return keys;
    }

    private static Set<String> common(Mention m) {
        Set<String> keys = new HashSet<>();
        keys.add("K|" + m.key());
        keys.add("=" + m.name);
        m.variants.forEach(v -> keys.add("=" + v));
        return keys;
    }

    /** A short form shares the long one's first or last word and holds another of its words. */
    private static void heads(List<String> words, Set<String> keys) {
        if (words.size() < 2) {
            return;
        }
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        for (int i = 1; i < words.size(); i++) {
            keys.add("F|" + first + "|" + words.get(i));
        }
        for (int i = 0; i < words.size() - 1; i++) {
            keys.add("L|" + last + "|" + words.get(i));
        }
    }

    /**
     * The word with the first letter of the first name left when it and any honorific are taken out (none: the name
     * is the word), as {@link MentionMerger#samePerson} compares them.
     */
    private static String person(String w, List<String> words) {
        List<String> rest = new ArrayList<>(words);
        rest.remove(w);
        rest.removeAll(MentionMerger.HONORIFICS);
        return "P|" + w + "|" + (rest.isEmpty() ? "" : rest.get(0).substring(0, 1));
    }
}
