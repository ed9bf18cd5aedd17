package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.model.ActorType;

/**
 * The keys that bring a mention together with the groups it may join, narrow enough that a group is looked at only
 * when a merge rule could hold. The same folded name, or a shared name or variant. A short form of a body shares
 * its head word (first or last) and holds only words of the long form: a long form is listed under its head with
 * each other word, so a short one looks in the shortest of those lists; a short form is listed under its head with
 * all its other words, so a long one looks up its head with each set of its words. A person: a longer word with the
 * first letter of the first name left beside it (first names agree or are initials). A group is listed under every
 * key of its mentions. Events with the same quoted title: «Дидор» is one festival however its head is worded.
 */
final class MergeKeys {

    /** A name with more different words than this looks up every list of its head words instead of every subset. */
    private static final int MAX_SUBSET_WORDS = 10;

    /** What a mention looks up: every list under {@code each}, and the shortest list of each set in {@code shortestOf}. */
    record Lookup(Set<String> each, List<Set<String>> shortestOf) {
    }

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
            // a name that calls its state one way is listed under the state's code as well («Кыргызстана» and
            // «Кыргызской Республики»)
            bodyKeys(words, keys);
            if (!m.stateWords().equals(words)) {
                bodyKeys(m.stateWords(), keys);
            }
            if (words.size() == 2) {
                keys.add(reordered(words));
            }
        }
        return keys;
    }

    /** The key of a body's two words in either order: "the “Oktyabr” cinema" and "the cinema “Oktyabr”". */
    private static String reordered(List<String> words) {
        return "W|" + String.join(" ", new TreeSet<>(words));
    }

    private static void bodyKeys(List<String> words, Set<String> keys) {
        if (words.size() < 2) {
            return;
        }
        List<String> fromFirst = words.subList(1, words.size());
        List<String> toLast = words.subList(0, words.size() - 1);
        String first = "F|" + words.get(0) + "|";
        String last = "L|" + words.get(words.size() - 1) + "|";
        fromFirst.forEach(w -> keys.add(first + w));
        toLast.forEach(w -> keys.add(last + w));
        keys.add("S" + first + String.join(" ", new TreeSet<>(fromFirst)));
        keys.add("S" + last + String.join(" ", new TreeSet<>(toLast)));
        keys.add("H" + first);
        keys.add("H" + last);
    }

    /** The keys that meet those of every group with the same folded name or a name or variant shared. */
    static Set<String> alike(Mention m) {
        return common(m);
    }

    /** The keys that meet those of every group the mention may be a short form of, or the same person as. */
    static Lookup related(Mention m) {
        Set<String> each = new HashSet<>();
        List<Set<String>> shortestOf = new ArrayList<>();
        List<String> words = m.words();
        if (m.type == ActorType.PERSON) {
            for (String w : words) {
                if (w.length() > 2) {
                    String own = person(w, words);
                    // a lone surname may be anyone of that name; otherwise the first names must agree
                    each.add(own.endsWith("|") ? "A|" + w : own);
                    each.add("P|" + w + "|");
                }
            }
        } else {
            bodyLookups(words, each, shortestOf);
            if (!m.stateWords().equals(words)) {
                bodyLookups(m.stateWords(), each, shortestOf);
            }
            if (words.size() == 2) {
                each.add(reordered(words));
            }
            if (words.size() >= 3 && Missions.missionWord(words.get(0)) && MentionMerger.afterIn(words) != null) {
                each.add("F|" + words.get(0) + "|" + words.get(1)); // a mission whose seat is named another way
            }
        }
        return new Lookup(each, shortestOf);
    }

    private static void bodyLookups(List<String> words, Set<String> each, List<Set<String>> shortestOf) {
        if (words.size() >= 2) {
            head("F|" + words.get(0) + "|", words.get(0), words.subList(1, words.size()), words, each, shortestOf);
            String last = words.get(words.size() - 1);
            head("L|" + last + "|", last, words.subList(0, words.size() - 1), words, each, shortestOf);
        }
    }

    /**
     * The lookups by one head word: the long forms holding every other word of this name are under each of its
     * head-and-word keys, so the shortest list will do; the short forms are under their head and the set of their
     * other words, which must be a set of this name's words.
     */
    private static void head(String prefix, String head, List<String> others, List<String> words, Set<String> each,
                             List<Set<String>> shortestOf) {
        Set<String> pairs = new HashSet<>();
        others.stream().filter(w -> !w.equals(head)).forEach(w -> pairs.add(prefix + w));
        Set<String> distinct = new TreeSet<>(words);
        if (pairs.isEmpty() || distinct.size() > MAX_SUBSET_WORDS) {
            // the head word alone, or too many words to take each set of: every form with that head
            each.add("H" + prefix);
            return;
        }
        shortestOf.add(pairs);
        List<String> sorted = new ArrayList<>(distinct);
        for (int mask = 1; mask < 1 << sorted.size(); mask++) {
            StringJoiner key = new StringJoiner(" ", "S" + prefix, "");
            for (int i = 0; i < sorted.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    key.add(sorted.get(i));
                }
            }
            each.add(key.toString());
        }
    }

    private static final Pattern EDITION_YEAR = Pattern.compile("[\\s–—-]+(19|20)\\d\\d$");
    private static final Pattern REMARK = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final Pattern QUOTED = Pattern.compile("[«“\"„]([^«»“”\"„]+)[»”\"“]");

    /** The folded quoted title in an event's name («Дидор» of кинофестиваль «Дидор»), or null. */
    static String title(Mention m) {
        if (m.type != ActorType.EVENT) {
            return null;
        }
        Matcher q = QUOTED.matcher(m.name);
        // «Каспийские сезоны-2023» is an edition of «Каспийские сезоны»: a year closing the title is left out, and
        // so is a remark in brackets closing it («… востоковедения (к 115-летию со дня рождения)»)
        return q.find() ? NameKey.of(EDITION_YEAR.matcher(REMARK.matcher(q.group(1)).replaceFirst("")).replaceFirst(""))
                : null;
    }

    private static Set<String> common(Mention m) {
        Set<String> keys = new HashSet<>();
        String title = title(m);
        if (title != null) {
            keys.add("Q|" + title);
        }
        keys.add("K|" + m.key());
        keys.add("=" + m.name);
        m.variants.forEach(v -> keys.add("=" + v));
        return keys;
    }

    /**
     * The word with the first letter of the first name left when it and any honorific are taken out (none: the name
     * is the word), as {@link MentionMerger#samePerson} compares them.
     */
    private static String person(String w, List<String> words) {
        List<String> rest = new ArrayList<>(words);
        rest.remove(w);
        rest.removeAll(MentionMerger.HONORIFICS);
        return "P|" + w + "|" + (rest.isEmpty() ? "" : String.valueOf(MentionMerger.plain(rest.get(0).charAt(0))));
    }
}
