package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.creativeatlas.model.ActorType;

/**
 * Gathers the mentions of one actor: same folded name, a shared abbreviation, an event's quoted title, a short form
 * whose words all occur in the long one and share its head word ("Ministry of Economy" in "Ministry of National
 * Economy of …"), or, for people, the same surname with agreeing first names or initials. A name nested in
 * another's is another actor. Groups are indexed by {@link MergeKeys} and compare each form of a name once, so a long
 * document, or one naming an actor thousands of times, merges in time linear in its mentions.
 */
final class MentionMerger {

    /** The mentions of one actor, the first being the one whose name is shown. */
    static final class Group {
        final List<Mention> mentions = new ArrayList<>();
        /** Its place among the groups: earlier groups are tried first. */
        private final int order;
        /*
         * What merging compares, gathered as mentions join: a new mention is compared with each form of the actor's
         * name once, not with each of its mentions, so an actor named thousands of times costs no more.
         */
        private final Set<String> keys = new HashSet<>();
        private final Set<String> titles = new HashSet<>();
        private final Set<String> mentionVariants = new HashSet<>();
        private final Set<String> namesAndVariants = new HashSet<>();
        private final Map<List<String>, List<Mention>> byWords = new LinkedHashMap<>();
        /** The keys this group is listed under. */
        private final Set<String> indexed = new HashSet<>();

        private Group(int order) {
            this.order = order;
        }

        Mention best() {
            return mentions.get(0);
        }

        ActorType type() {
            return best().type;
        }

        Set<String> variants() {
            return new HashSet<>(namesAndVariants);
        }

        /** Takes in the mentions of another group of the same actor, the surer and longer name shown first. */
        void take(Group other) {
            other.mentions.forEach(this::add);
            mentions.sort(MentionMerger::order);
        }

        private void add(Mention m) {
            mentions.add(m);
            keys.add(m.key());
            String title = MergeKeys.title(m);
            if (title != null) {
                titles.add(title);
            }
            mentionVariants.addAll(m.variants);
            namesAndVariants.addAll(m.variants);
            namesAndVariants.add(m.name);
            byWords.computeIfAbsent(m.words(), k -> new ArrayList<>()).add(m);
        }
    }

    /** Words before a surname that are not first names: taken out before first names are compared. */
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "madam", "prof", "professor");

    private final List<Group> groups = new ArrayList<>();
    private final Map<String, List<Group>> byKey = new HashMap<>();

    private MentionMerger() {
    }

    static List<Group> merge(List<Mention> mentions) {
        MentionMerger merger = new MentionMerger();
        mentions.forEach(merger::add);
        // sorted once, stably: the same order as keeping each group sorted while it grows, without its square cost
        merger.groups.forEach(g -> g.mentions.sort(MentionMerger::order));
        return merger.groups;
    }

    private static int order(Mention a, Mention b) {
        return better(a, b) ? -1 : better(b, a) ? 1 : 0;
    }

    private void add(Mention m) {
        Group g = find(m);
        if (g == null) {
            g = new Group(groups.size());
            groups.add(g);
        }
        g.add(m);
        for (String key : MergeKeys.listed(m)) {
            if (g.indexed.add(key)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            }
        }
    }

    /**
     * The group the mention joins, if any: the first made with the same folded name or a shared name or variant,
     * else the first made that it is a short form of (or, for a person, the same person as).
     */
    private Group find(Mention m) {
        // a name met before is found by its few exact keys; only a new one is compared with related names
        Group alike = first(m, listedUnder(MergeKeys.alike(m)), g -> namedAlike(g, m));
        return alike != null ? alike : first(m, listedUnder(MergeKeys.related(m)), g -> shortFormOrSamePerson(g, m));
    }

    private Set<Group> listedUnder(Set<String> keys) {
        Set<Group> found = new HashSet<>();
        for (String key : keys) {
            found.addAll(byKey.getOrDefault(key, List.of()));
        }
        return found;
    }

    /** The groups under every key to look up, and under the key with the fewest of each set where one will do. */
    private Set<Group> listedUnder(MergeKeys.Lookup lookup) {
        Set<Group> found = listedUnder(lookup.each());
        for (Set<String> keys : lookup.shortestOf()) {
            keys.stream().map(k -> byKey.getOrDefault(k, List.of())).min(Comparator.comparingInt(List::size))
                    .ifPresent(found::addAll);
        }
        return found;
    }

    /** The first made of these groups of the mention's type that passes the test. */
    private static Group first(Mention m, Set<Group> found, Predicate<Group> test) {
        List<Group> ordered = new ArrayList<>(found.size());
        for (Group g : found) {
            if (g.type() == m.type) {
                ordered.add(g);
            }
        }
        ordered.sort(Comparator.comparingInt(g -> g.order));
        for (Group g : ordered) {
            if (test.test(g)) {
                return g;
            }
        }
        return null;
    }

    /** Surer first, then longer: the full name rather than its short form. */
    private static boolean better(Mention a, Mention b) {
        if (a.priority != b.priority && Math.min(a.priority, b.priority) < 2) {
            return a.priority > b.priority;
        }
        // «юбилею Алыкула Осмонова» and «поэта … Алыкул Осмонов»: a person is shown by the name put back in the
        // nominative, not by a longer declined form of it
        boolean plainA = a.type == ActorType.PERSON && declinedForm(b, a);
        if (plainA || a.type == ActorType.PERSON && declinedForm(a, b)) {
            return plainA;
        }
        // "Assanov Zhandos" and "Zhandos Assanov": the same words, shown with the surname last
        if (a.type == ActorType.PERSON && a.name.length() == b.name.length() && !a.name.equals(b.name)
                && new java.util.TreeSet<>(a.words()).equals(new java.util.TreeSet<>(b.words()))) {
            return surnameLast(a) && !surnameLast(b);
        }
        return a.name.length() > b.name.length();
    }

    private static boolean surnameLast(Mention m) {
        List<String> w = m.words();
        return Surnames.looksLike(w.get(w.size() - 1)) && !Surnames.looksLike(w.get(0));
    }

    /** Whether each word of {@code declined} is the same word of {@code plain} with an ending of one to three letters. */
    private static boolean declinedForm(Mention declined, Mention plain) {
        String[] x = declined.name.split(" ");
        String[] y = plain.name.split(" ");
        if (x.length != y.length || declined.name.equals(plain.name)) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!x[i].startsWith(y[i]) || x[i].length() - y[i].length() > 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * A form of the group's name that the mention is a short form of, or the same person as, not nested in it. Two
     * events with quoted titles are one only by the same title: «Мелодия мира» is not short for «Мелодия мира,
     * мелодия дружбы, братства».
     */
    private static boolean shortFormOrSamePerson(Group g, Mention m) {
        String title = MergeKeys.title(m);
        for (Map.Entry<List<String>, List<Mention>> form : g.byWords.entrySet()) {
            boolean alike = m.type == ActorType.PERSON ? samePerson(form.getKey(), m.words())
                    : bodyAlike(form.getValue().get(0), m) && !longerFormsDiffer(g, form.getKey(), m);
            if (alike && form.getValue().stream().anyMatch(o -> !(o.overlaps(m) && (o.from != m.from || o.to != m.to))
                    && (title == null || MergeKeys.title(o) == null || title.equals(MergeKeys.title(o))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean bodyAlike(Mention form, Mention m) {
        return (contained(form.words(), m.words()) || sameState(form, m) || seatedAlike(form.stateWords(), m.stateWords()))
                && !partOf(form, m);
    }

    /**
     * "National Library of Belarus", then "the National Library", then "National Academic Library of Kazakhstan": a
     * long name that holds a short form of the group is not its actor when it differs from the group's longer forms.
     */
    private static boolean longerFormsDiffer(Group g, List<String> shortForm, Mention m) {
        if (shortForm.size() >= m.words().size()) {
            return false;
        }
        for (Map.Entry<List<String>, List<Mention>> form : g.byWords.entrySet()) {
            if (form.getKey().size() > shortForm.size() && !bodyAlike(form.getValue().get(0), m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same folded name as one of the group's mentions, or a name or variant shared with one, or, for an event, the
     * same quoted title («Фестиваль "Дидор"» is the «Седьмой международный кинофестиваль "Дидор"» named before).
     */
    private static boolean namedAlike(Group g, Mention m) {
        String title = MergeKeys.title(m);
        if (g.keys.contains(m.key()) || g.mentionVariants.contains(m.name) || title != null && g.titles.contains(title)) {
            return true;
        }
        for (String v : m.variants) {
            if (g.namesAndVariants.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Contemporary Art Center of the National Museum" and "National Museum": a name that ends "of" the other names a
     * part of that body, not the body again; so does one that ends with the other's words declined («Комитет культуры
     * Министерства культуры и информации РК» and «Министерство культуры и информации РК»).
     */
    private static boolean partOf(Mention a, Mention b) {
        Mention longer = a.name.length() > b.name.length() ? a : b;
        Mention shorter = longer == a ? b : a;
        String x = longer.name.toLowerCase(java.util.Locale.ROOT);
        String y = shorter.name.toLowerCase(java.util.Locale.ROOT);
        List<String> lw = longer.words();
        List<String> sw = shorter.words();
        // «ҚР Парламенті Сенаты» is «Парламент Сенаты» with its state before it, no part of it
        boolean declinedTail = lw.size() > sw.size() && lw.subList(lw.size() - sw.size(), lw.size()).equals(sw)
                && !x.contains(y) && !NameKey.stateFolded(lw.subList(0, lw.size() - sw.size())).stream()
                .allMatch(w -> w.startsWith("#"));
        return x.endsWith(" of the " + y) || x.endsWith(" of " + y) || declinedTail;
    }

    /** «Национальная библиотека Кыргызстана», a short form of «… Кыргызской Республики имени Алыкула Осмонова». */
    private static boolean sameState(Mention a, Mention b) {
        List<String> x = a.stateWords();
        List<String> y = b.stateWords();
        return !x.equals(a.words()) && !y.equals(b.words()) && contained(x, y);
    }

    private static boolean contained(List<String> x, List<String> y) {
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        if (shorter.size() < 2) {
            return false;
        }
        if (longer.size() == 2 && shorter.get(0).equals(longer.get(1)) && shorter.get(1).equals(longer.get(0))) {
            return true; // "the “Oktyabr” cinema", "the cinema “Oktyabr”": a name and its kind, either way round
        }
        boolean sameFirst = shorter.get(0).equals(longer.get(0));
        boolean sameLast = shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1));
        // «Агентство культурного наследия при Министерстве туризма и культурного наследия»: the body after «при»
        // is the one it is attached to, not its short form
        boolean attached = longer.contains("при") || longer.contains("under");
        return (sameFirst || sameLast && !attached) && longer.containsAll(shorter) && sameOfTail(shorter, longer)
                && sameIn(shorter, longer);
    }

    /**
     * "Embassy of Japan in the Republic of Tajikistan" is not "Embassy of the Republic of Tajikistan in Japan": where
     * both names say where the body is, after "in" or «в», the words after one must hold those after the other.
     */
    private static boolean sameIn(List<String> shorter, List<String> longer) {
        List<String> a = afterIn(shorter);
        List<String> b = afterIn(longer);
        return a == null || b == null || a.containsAll(b) || b.containsAll(a);
    }

    /**
     * «посольство Казахстана в Германии» and «посольства Казахстана в Берлине»: one mission, whose seat is named once by
     * the state and once by a city of it.
     */
    private static boolean seatedAlike(List<String> x, List<String> y) {
        List<String> a = afterIn(x);
        List<String> b = afterIn(y);
        if (a == null || b == null || a.size() != 1 || b.size() != 1 || x.size() != y.size()
                || !Missions.missionWord(x.get(0)) || !x.subList(0, x.size() - 1).equals(y.subList(0, y.size() - 1))) {
            return false;
        }
        Gazetteer.Entry p = seat(a.get(0));
        Gazetteer.Entry q = seat(b.get(0));
        return p != null && q != null && p.country().equals(q.country()) && (p.city() == null) != (q.city() == null);
    }

    /** A state folded to its code («#DE»), or a town the gazetteer knows; null for anything else. */
    private static Gazetteer.Entry seat(String word) {
        if (word.startsWith("#")) {
            return new Gazetteer.Entry(word.substring(1), null, false, false, false);
        }
        for (String form : PlaceFinder.inflections(word)) {
            Gazetteer.Entry e = Gazetteer.get(form);
            if (e != null && e.city() != null && !e.adjective()) {
                return e;
            }
        }
        return null;
    }

    /** The words after the last "in" or «в», where a body says it stands; null if it says nowhere. */
    static List<String> afterIn(List<String> words) {
        int in = Math.max(words.lastIndexOf("in"), words.lastIndexOf("в"));
        return in < 0 ? null : words.subList(in + 1, words.size());
    }

    /**
     * "National Museum of Tajikistan" is no short form of "National Museum of Archeology of Tajikistan", but "Ministry
     * of Economy" is of "Ministry of National Economy of …": where both names have an "of" after the same words, what
     * the shorter is first "of" must be among what the longer is first "of".
     */
    private static boolean sameOfTail(List<String> shorter, List<String> longer) {
        int s = shorter.indexOf("of");
        int l = longer.indexOf("of");
        if (s < 0 || l < 0 || !shorter.subList(0, s).equals(longer.subList(0, l))) {
            return true;
        }
        return firstOf(longer, l).containsAll(firstOf(shorter, s));
    }

    /** The words after the "of" at {@code of}, up to the next "of". */
    private static List<String> firstOf(List<String> words, int of) {
        int next = words.subList(of + 1, words.size()).indexOf("of");
        return words.subList(of + 1, next < 0 ? words.size() : of + 1 + next);
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
        return a.equals(b) || (a.length() <= 2 || b.length() <= 2) && plain(a.charAt(0)) == plain(b.charAt(0))
                || vowelSlip(a, b) || a.length() >= SLIP_LENGTH && a.replace("kh", "h").equals(b.replace("kh", "h"))
                || Math.min(a.length(), b.length()) >= 4 && (undoubled(a).equals(undoubled(b))
                || a.replace('й', 'и').equals(b.replace('й', 'и'))); // «Аида» and «Айда» Балаева
    }

    /** «Йоханн» and «Йохан», "Mohammed" and "Mohamed": one name, a letter written twice or once. */
    private static String undoubled(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            if (i == 0 || name.charAt(i) != name.charAt(i - 1)) {
                out.append(name.charAt(i));
            }
        }
        return out.toString();
    }

    private static final String VOWELS = "aeiouyаеёиоуыэюяәөүұі";
    /** The shortest name a slip of one vowel is read in. */
    private static final int SLIP_LENGTH = 6;

    /**
     * "Peter Thoreson" and, a paragraph on, "Peter Thoresen": a long name spelt with one vowel for another; as
     * "Ovezmuhammed" and "Ovezmukhammed" are one name, the Russian «х» written "h" and "kh" in one text.
     */
    private static boolean vowelSlip(String a, String b) {
        if (a.length() != b.length() || a.length() < SLIP_LENGTH) {
            return false;
        }
        int slips = 0;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && (VOWELS.indexOf(x) < 0 || VOWELS.indexOf(y) < 0 || ++slips > 1)) {
                return false;
            }
        }
        return true;
    }

    private static final String KAZAKH_LETTERS = "әөүұқғңіһ";
    private static final String RUSSIAN_LETTERS = "аоуукгних";

    /** «А.Акбаш» is Әли Акбаш: an initial may be written with the Russian letter for a Kazakh one. */
    static char plain(char c) {
        int k = KAZAKH_LETTERS.indexOf(c);
        return k < 0 ? c : RUSSIAN_LETTERS.charAt(k);
    }
}
