package org.creativeatlas.logic.extract;

import java.util.HashSet;
import java.util.Set;

/** Recognises words naming a role or title (director, директора, директоры …) in any of their forms. */
final class Titles {

    private static final Set<String> ENGLISH = new HashSet<>();
    private static final Set<String> RUSSIAN = new HashSet<>();
    private static final Set<String> KAZAKH = new HashSet<>();
    private static final String FEMININE = "ьниц";
    private static final Set<String> ORDINALS = Set.of("бірінші", "екінші", "үшінші", "төртінші", "бесінші",
            "алтыншы", "жетінші", "сегізінші", "тоғызыншы", "оныншы");

    static {
        for (String[] r : Resources.rows("titles.tsv")) {
            switch (r[0]) {
                case "en" -> ENGLISH.add(r[1]);
                case "ru" -> RUSSIAN.add(r[1]);
                default -> {
                    KAZAKH.add(r[1]);
                    KAZAKH.add(r[2]);
                }
            }
        }
    }

    /** Finders ask about the same words again and again: each word's answer is worked out once. */
    private static final WordMemo<Boolean> KNOWN = new WordMemo<>(Titles::read, 200_000);

    private Titles() {
    }

    static boolean is(Token t) {
        return t.isWord() && KNOWN.get(t.text());
    }

    /** «депутаттары», «мүшелері»: a Kazakh title in the plural with its possessive (the deputies of …). */
    static boolean kazakhPlural(Token t) {
        String lower = t.lower();
        String stem = Morph.kkPossessive(lower) ? Morph.kkPluralStem(lower.substring(0, lower.length() - 1)) : null;
        return stem != null && KAZAKH.contains(stem) || barePlural(t) != null;
    }

    /** «белгілі әншілер Тоқтар Серік пен Еркін Нұржан»: a title in the bare plural in lower case; its stem, or null. */
    private static String barePlural(Token t) {
        String stem = t.isCapitalised() ? null : Morph.kkPluralStem(t.lower());
        return stem != null && KAZAKH.contains(stem) ? stem : null;
    }

    /** «қайраткерлері» → «қайраткері», «әншілері» → «әншісі»: a plural title as each person listed under it holds it. */
    static String kazakhSingular(Token plural) {
        String lower = plural.lower();
        String bare = barePlural(plural);
        if (bare != null) {
            return plural.text().substring(0, bare.length());
        }
        String stem = Morph.kkPluralStem(lower.substring(0, lower.length() - 1));
        boolean vowel = "аәеиоөұүыіэюя".indexOf(stem.charAt(stem.length() - 1)) >= 0;
        return plural.text().substring(0, stem.length()) + (vowel ? "с" : "") + lower.charAt(lower.length() - 1);
    }

    /** A woman's Russian title in the nominative, which ends as a man's genitive does: писательница, артистка. */
    static boolean feminineNominative(Token t) {
        String lower = t.lower();
        return lower.endsWith("ница") || lower.endsWith("ка") && RUSSIAN.contains(lower.substring(0, lower.length() - 2));
    }

    /** «екінші», «бесінші»: a Kazakh ordinal. */
    static boolean ordinal(Token t) {
        return ORDINALS.contains(t.lower());
    }

    private static Boolean read(String text) {
        Token t = new Token(text, 0, text.length());
        String lower = t.lower();
        int hyphen = lower.lastIndexOf('-');
        String last = hyphen > 0 ? lower.substring(hyphen + 1) : lower;
        if (t.isLatin()) {
            // "laureates of …", "Honored artists of Kazakhstan": the plural in lower case names the role of each
            // person listed; capitalised, it is a word of a body's name ("Cabinet of Ministers")
            boolean plural = !t.isCapitalised() && last.endsWith("s");
            return ENGLISH.contains(lower) || ENGLISH.contains(last)
                    || plural && ENGLISH.contains(last.substring(0, last.length() - 1));
        }
        return russian(last) || kazakh(last, !t.isCapitalised());
    }

    private static boolean russian(String lower) {
        for (int cut = Math.max(2, lower.length() - 3); cut <= lower.length(); cut++) {
            String stem = lower.substring(0, cut);
            // a woman's title: писательница, учредительница from писател, учредител
            stem = stem.endsWith(FEMININE) ? stem.substring(0, stem.length() - FEMININE.length()) : stem;
            // артистка, журналистка from артист, журналист
            String masculine = stem.endsWith("к") ? stem.substring(0, stem.length() - 1) : stem;
            stem = RUSSIAN.contains(masculine) ? masculine : stem;
            if (RUSSIAN.contains(stem) && Morph.RU_NOUN.contains(lower.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    private static boolean kazakh(String lower, boolean lowerCase) {
        for (String suffix : Morph.KK_CASE) {
            if (!lower.endsWith(suffix)) {
                continue;
            }
            String stem = ours(lower.substring(0, lower.length() - suffix.length()));
            if (KAZAKH.contains(stem) || lowerCase && agentNoun(stem)) { // Тіленші is a surname
                return true;
            }
        }
        return false;
    }

    /** «ақынымыз», «әншіміз» (our poet, our singer): a Kazakh paper's own people; the stem without "our". */
    static String ours(String lower) {
        for (String our : OUR) {
            if (lower.length() - our.length() >= 3 && lower.endsWith(our)) {
                return lower.substring(0, lower.length() - our.length());
            }
        }
        return lower;
    }

    private static final java.util.List<String> OUR = java.util.List.of("ымыз", "іміз", "мыз", "міз");

    /**
     * Kazakh names who does a thing with the suffix -шы/-ші (әнші, скрипкашы, ұйымдастырушы), possessive -сы/-сі
     * after it; the ordinal numbers share the ending.
     */
    private static boolean agentNoun(String stem) {
        String s = stem.endsWith("сы") || stem.endsWith("сі") ? stem.substring(0, stem.length() - 2) : stem;
        return s.length() >= 4 && (s.endsWith("шы") || s.endsWith("ші")) && !ORDINALS.contains(s);
    }
}
