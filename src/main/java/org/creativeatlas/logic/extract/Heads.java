package org.creativeatlas.logic.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.creativeatlas.model.ActorType;

/** Recognises the head nouns of actor names (university, министерство, министрлігі …) in any of their forms. */
final class Heads {

    /** {@code otherwise}: the type when the word that must follow does not (a programme is then a platform). */
    private record Entry(String lemma, ActorType type, char gender, boolean bare, String next, ActorType otherwise) {
        Entry(String lemma, ActorType type, char gender, boolean bare, String next) {
            this(lemma, type, gender, bare, next, null);
        }
    }

    /** Heads whose plural names a network, which the catalogue keeps as a platform («Центры … образования»). */
    /** The gender column's mark for nouns used only in the plural («Дни культуры», «Всемирные игры кочевников»). */
    private static final char PLURAL_ONLY = 'p';
    private static final java.util.Set<String> NETWORKS = java.util.Set.of("центр", "хаб");
    /** First parts of compound heads written as one word: медиацентр, кинофестиваль, бизнесинкубатор. */
    private static final java.util.List<String> COMPOUND_PREFIXES = java.util.List.of("медиа", "кино", "арт", "бизнес",
            "видео", "фото", "этно", "эко", "гастро", "техно");
    /** Plural endings of both declensions: дни, дней, дням …; игры, игр, играм, играх. */
    private static final java.util.Set<String> RU_PLURAL_ONLY = java.util.Set.of("и", "ей", "ям", "ями", "ях", "ы", "",
            "ам", "ами", "ах");
    private static final java.util.Set<String> KK_PLURALS = java.util.Set.of("лар", "лер", "дар", "дер", "тар", "тер");
    private static final Map<String, Entry> ENGLISH = new HashMap<>();
    private static final java.util.Set<String> ENGLISH_SURNAMES = new java.util.HashSet<>();
    /** English heads that name a body only when capitalised: "the Faculty of Law", not "KAFU faculty" (its staff). */
    private static final java.util.Set<String> ENGLISH_CAPITALISED = new java.util.HashSet<>();
    private static final Map<String, Entry> RUSSIAN = new HashMap<>();
    private static final Map<String, Entry> KAZAKH = new HashMap<>();
    private static final WordMemo<Head> KNOWN = new WordMemo<>(Heads::read, 200_000);

    static {
        for (String[] r : Resources.rows("heads-en.tsv")) {
            ENGLISH.put(r[0], new Entry(r[0], type(r[1]), 'm', false, null));
            if (r.length > 2 && r[2].equals("surname")) {
                ENGLISH_SURNAMES.add(r[0]);
            }
            if (r.length > 2 && r[2].equals("capital")) {
                ENGLISH_CAPITALISED.add(r[0]);
            }
        }
        for (String[] r : Resources.rows("heads-ru.tsv")) {
            Entry e = new Entry(r[1], type(r[3]), r[2].charAt(0), false, r.length > 4 ? r[4] : null,
                    r.length > 5 ? type(r[5]) : null);
            RUSSIAN.put(r[0], e);
            if (!r[1].startsWith(r[0])) {
                RUSSIAN.put(r[1], e); // the nominative of a noun with a fleeting vowel is no stem + ending
            }
        }
        for (String[] r : Resources.rows("heads-kk.tsv")) {
            KAZAKH.put(r[0], new Entry(r[0], type(r[2]), 'm', true, r[1]));
            KAZAKH.put(r[1], new Entry(r[1], type(r[2]), 'm', false, null));
        }
    }

    private Heads() {
    }

    private static ActorType type(String code) {
        return ActorType.valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** An English head that is also a common surname ("Peter Hall"). */
    static boolean alsoSurname(Token t) {
        return t.isLatin() && ENGLISH_SURNAMES.contains(t.lower());
    }

    /** The head this token is, read by its own script and, for Cyrillic, by the paragraph's language; else null. */
    static Head of(Token t, Lang lang) {
        return of(t, null, lang);
    }

    /** As {@link #of(Token, Lang)}, also knowing the next word, which a few heads need («Программа развития»). */
    static Head of(Token t, Token next, Lang lang) {
        if (!t.isWord()) {
            return null;
        }
        // the next word counts only for a few Russian heads, but keying by it keeps the memo exact
        return KNOWN.get(lang.ordinal() + (next == null ? "" : next.lower()) + "\u0001" + t.text());
    }

    /** Works out a head from its memo key: the language's number, the next word in lower case, a mark, the word. */
    private static Head read(String key) {
        int mark = key.indexOf('\u0001');
        Lang lang = Lang.values()[key.charAt(0) - '0'];
        String next = mark > 1 ? key.substring(1, mark) : null;
        String word = key.substring(mark + 1);
        Token t = new Token(word, 0, word.length());
        if (t.isLatin()) {
            Head h = english(t);
            int hyphen = word.indexOf('-');
            return h != null || hyphen < 0 ? h : cyrillic(word.substring(hyphen + 1), null, lang);
        }
        return cyrillic(word, next, lang);
    }

    /**
     * A head may be the last part of a compound, hyphened or not (пресс-клубом, медиафорума, кинофестиваль); the
     * prefix stays in the nominative.
     */
    private static Head cyrillic(String word, String next, Lang lang) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && !KAZAKH.containsKey(word.toLowerCase(Locale.ROOT))) {
            // «Доме-музее», «Домом-музеем»: a first part that is a head of its own declines with the second
            Head first = lang == Lang.RU ? russian(word.substring(0, hyphen), null) : null;
            String prefix = first == null ? word.substring(0, hyphen) : Character.isUpperCase(word.charAt(0))
                    ? Render.capitalised(first.nominative()) : first.nominative();
            return withPrefix(prefix + "-", simple(word.substring(hyphen + 1), next, lang));
        }
        Head h = simple(word, next, lang);
        for (int p = 0; h == null && p < COMPOUND_PREFIXES.size(); p++) {
            String prefix = COMPOUND_PREFIXES.get(p);
            if (word.length() - prefix.length() >= 3 && word.regionMatches(true, 0, prefix, 0, prefix.length())) {
                h = withPrefix(word.substring(0, prefix.length()), simple(word.substring(prefix.length()), next, lang));
            }
        }
        return h;
    }

    private static Head simple(String word, String next, Lang lang) {
        Head h = lang == Lang.KK ? kazakh(word) : null;
        return h != null ? h : russian(word, next);
    }

    private static Head withPrefix(String prefix, Head h) {
        return h == null ? null : new Head(h.type(), prefix + h.nominative(), h.gender(), h.plural(), h.bare());
    }

    /** A Latin head, also when a Kazakh case suffix is hyphened on ("College-ке"). */
    private static Head english(Token t) {
        String word = t.text();
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && hyphen + 1 < word.length()
                && Character.UnicodeScript.of(word.charAt(hyphen + 1)) == Character.UnicodeScript.CYRILLIC) {
            word = word.substring(0, hyphen);
        }
        // "the British Council’s Creative Spark project": a body named as the owner of something is named all the same
        word = Morph.enPossessive(word.toLowerCase(Locale.ROOT)) ? word.substring(0, word.length() - 2) : word;
        Entry e = ENGLISH.get(word.toLowerCase(Locale.ROOT));
        int last = word.lastIndexOf('-');
        if (e == null && last > 0 && last + 1 < word.length() && Character.isUpperCase(word.charAt(last + 1))) {
            e = ENGLISH.get(word.substring(last + 1).toLowerCase(Locale.ROOT)); // "Goethe-Institut"
        }
        int first = word.indexOf('-');
        if (e == null && first > 0 && first + 1 < word.length() && Character.isUpperCase(word.charAt(first + 1))) {
            e = ENGLISH.get(word.substring(0, first).toLowerCase(Locale.ROOT)); // "World Crafts Council-Asia Pacific"
        }
        boolean lowerCase = !Character.isUpperCase(word.charAt(0));
        return e == null || lowerCase && ENGLISH_CAPITALISED.contains(e.lemma()) ? null
                : new Head(e.type, word, 'm', false, false);
    }

    private static Head russian(String word, String next) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (int cut = Math.max(2, lower.length() - 4); cut <= lower.length(); cut++) {
            Entry e = RUSSIAN.get(lower.substring(0, cut));
            String ending = lower.substring(cut);
            if (e == null || !Morph.RU_NOUN.contains(ending) || e.next != null && !e.next.equals(next) && e.otherwise == null
                    || e.gender == PLURAL_ONLY && !RU_PLURAL_ONLY.contains(ending)) {
                continue; // «Ко Дню Республики» is a holiday, «Дни культуры» an event
            }
            ActorType type = e.next != null && !e.next.equals(next) ? e.otherwise : e.type;
            // a vowel that drops when the noun declines (дворец → дворца) leaves a stem the lemma does not start with
            boolean fleeting = !e.lemma.startsWith(lower.substring(0, cut));
            boolean plural = e.gender == 'm' && Morph.RU_PLURAL.contains(ending) && (fleeting || e.lemma.length() == cut);
            // «представители министерств»: a neuter or feminine lemma without its last vowel is the genitive plural
            boolean bareGenitive = ending.isEmpty() && e.gender != 'm' && e.lemma.length() == cut + 1
                    && "оа".indexOf(e.lemma.charAt(cut)) >= 0;
            if ((plural || bareGenitive) && !NETWORKS.contains(e.lemma)) {
                return null;
            }
            String nominative = plural ? word.substring(0, cut) + "ы"
                    : fleeting ? word.charAt(0) + e.lemma.substring(1) : word.substring(0, cut) + e.lemma.substring(cut);
            return new Head(type, nominative, e.gender, plural || e.gender == PLURAL_ONLY, false);
        }
        return null;
    }

    /**
     * The possessive reading wins when a word splits both ways: университетімен is университеті + мен. A plural
     * with the possessive («музей-қорықтары») is a head shared by the names listed before it; its nominative is the
     * singular possessive (қорығы). For a bare head, the entry's {@code next} holds its possessive form.
     */
    private static Head kazakh(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Head bare = null;
        for (String suffix : Morph.KK_CASE) {
            if (!lower.endsWith(suffix) || lower.length() - suffix.length() < 3) {
                continue;
            }
            int cut = lower.length() - suffix.length();
            String stem = lower.substring(0, cut);
            Entry e = KAZAKH.get(stem);
            if (e != null && !e.bare) {
                return new Head(e.type, word.substring(0, cut), 'm', false, false);
            }
            if (e != null && bare == null) {
                bare = new Head(e.type, word.substring(0, cut), 'm', false, true);
            }
            Entry plural = bare == null ? pluralPossessive(stem) : null;
            if (plural != null) {
                String singular = Character.isUpperCase(word.charAt(0))
                        ? Character.toUpperCase(plural.next.charAt(0)) + plural.next.substring(1) : plural.next;
                return new Head(plural.type, singular, 'm', true, false);
            }
        }
        return bare;
    }

    /** «одағы», «театры»: the possessive form a Kazakh name's head closes it with. */
    static boolean kkPossessiveForm(String lower) {
        Entry e = KAZAKH.get(lower);
        return e != null && !e.bare;
    }

    /** A Kazakh bare head written without a case («Сенат») in its possessive form as names take it («Сенаты»), or null. */
    static String kkPossessive(String word) {
        Entry e = KAZAKH.get(word.toLowerCase(Locale.ROOT));
        if (e == null || !e.bare) {
            return null;
        }
        return Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(e.next.charAt(0)) + e.next.substring(1)
                : e.next;
    }

    /** The bare head of «қорықтары» (plural -тар, possessive -ы), or null. */
    private static Entry pluralPossessive(String stem) {
        if (stem.length() < 7 || !Morph.kkPossessive(stem)) {
            return null;
        }
        String plural = stem.substring(stem.length() - 4, stem.length() - 1);
        if (!KK_PLURALS.contains(plural)) {
            return null;
        }
        Entry e = KAZAKH.get(stem.substring(0, stem.length() - 4));
        return e != null && e.bare ? e : null;
    }
}
