package org.creativeatlas.logic.extract;

import java.util.Set;

/** Puts inflected words back in the nominative: Russian adjectives before a head noun, and people's names. */
final class CaseEndings {

    private static final Set<String> SOFT = Set.of("его", "ему", "им", "ем", "их", "ими", "ий", "яя", "юю", "ее", "ие", "ей");
    private static final String HUSHING = "кгхжшчщ";
    /**
     * Stems of the adjectives of names whose ending is stressed («Большого театра» → «Большой», «областного» →
     * «областной»), which no inflected form tells from «хорошего» → «хороший».
     */
    private static final Set<String> STRESSED = Set.of("больш", "городск", "областн", "краев", "миров", "делов",
            "золот", "молод", "морск", "степн", "лесн", "родн", "духов", "цифров", "прикладн", "передов", "трудов",
            "мужск");

    private CaseEndings() {
    }

    /** «национального» before «университета» → «национальный»; gender m, f, n of the head, or plural. */
    static String ruAdjective(String word, char gender, boolean plural) {
        String ending = Morph.ruAdjectiveEnding(word.toLowerCase(java.util.Locale.ROOT));
        if (ending == null) {
            return word;
        }
        String stem = word.substring(0, word.length() - ending.length());
        boolean soft = SOFT.contains(ending) || HUSHING.indexOf(Character.toLowerCase(stem.charAt(stem.length() - 1))) >= 0;
        boolean stressed = ending.equals("ой") && gender == 'm' && !plural
                || STRESSED.contains(stem.toLowerCase(java.util.Locale.ROOT));
        if (plural) {
            return stem + (soft ? "ие" : "ые");
        }
        boolean hushing = "жшчщ".contains(last(stem));
        boolean velar = "кгх".contains(last(stem));
        return stem + switch (gender) {
            case 'f' -> soft && !hushing && !velar ? "яя" : "ая";
            case 'n' -> stressed || velar ? "ое" : soft || hushing ? "ее" : "ое";
            default -> stressed ? "ой" : soft ? "ий" : "ый";
        };
    }

    /** A Kazakh case suffix is cut from a surname when what remains ends like a surname (Толобековпен → Толобеков). */
    static String kkSurname(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        // «Ван Мэннің»: a short foreign surname loses its genitive too, which few names end in
        String suffix = lower.length() >= 6 && Morph.kkGenitive(lower) ? lower.substring(lower.length() - 3)
                : Morph.kkCase(lower, 4);
        if (suffix.isEmpty() || suffix.length() < 2) {
            return word;
        }
        String rest = lower.substring(0, lower.length() - suffix.length());
        return Surnames.looksLike(rest) || suffix.length() >= 3 ? word.substring(0, rest.length()) : word;
    }

    /** «Ататүрікке» → «Ататүрік», «Абайға» → «Абай», «Құнанбайұлына» → «Құнанбайұлы»: a Kazakh dative ending cut. */
    static String kkDative(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        boolean dative = lower.length() > 4 && KK_DATIVE.stream().anyMatch(lower::endsWith);
        return dative ? word.substring(0, word.length() - 2) : word;
    }

    /** The dative endings, «на» and «не» after a possessive («Құнанбайұлына» → «Құнанбайұлы»). */
    private static final java.util.List<String> KK_DATIVE = java.util.List.of("ға", "ге", "қа", "ке", "ына", "іне");

    /** Russian instrumental names after titles: «Иваном Петровым» → «Иван Петров», «Анной Петровой» → «Анна Петрова». */
    static String ruInstrumental(String word, boolean surname) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        // a surname's and a patronymic's endings say what they are wherever they stand («Жээнбековым Сооронбаем
        // Шариповичем» puts the surname first)
        if (lower.endsWith("овым") || lower.endsWith("евым") || lower.endsWith("иным") || lower.endsWith("вичем")) {
            return word.substring(0, word.length() - 2);
        }
        if (lower.endsWith("ским") || lower.endsWith("цким")) {
            return word.substring(0, word.length() - 2) + "ий"; // «Кончаловским»
        }
        if (lower.endsWith("овой") || lower.endsWith("евой") || lower.endsWith("иной")) {
            return word.substring(0, word.length() - 2) + "а";
        }
        if (!surname && lower.length() > 4) {
            String stem = word.substring(0, word.length() - 2);
            return lower.endsWith("ом") ? stem : lower.endsWith("ем") ? stem + "й" : lower.endsWith("ой") ? stem + "а"
                    : lower.endsWith("ей") ? stem + "я" : word;
        }
        return word;
    }

    /**
     * A man's name in the genitive after «Президента», «директора»: «Жапарова» → «Жапаров», «Данияра» → «Данияр»,
     * «Дмитрия» → «Дмитрий» (a woman's would be «Марии»).
     */
    static String ruGenitive(String word, boolean surname) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        boolean masculineSurname = lower.endsWith("ова") || lower.endsWith("ева") || lower.endsWith("ина")
                || lower.endsWith("ына");
        boolean masculineName = lower.length() > 3 && lower.endsWith("а")
                && "аеёиоуыэюяь".indexOf(lower.charAt(lower.length() - 2)) < 0;
        if (!surname && (lower.length() > 4 && (lower.endsWith("ия") || lower.endsWith("ея"))
                || lower.length() > 3 && lower.endsWith("ая"))) {
            return word.substring(0, word.length() - 1) + "й"; // «Дмитрия», «Алексея», «Николая», «Абая»
        }
        if (surname && (lower.endsWith("ского") || lower.endsWith("цкого"))) {
            return word.substring(0, word.length() - 3) + "ий"; // «Мусоргского», «Достоевского»
        }
        return (surname ? masculineSurname : masculineName) ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * A man's name in the dative after «ректору», «послу»: «Чонтоеву» → «Чонтоев», «Догдурбеку» → «Догдурбек»,
     * «Сергею» → «Сергей», «Дмитрию» → «Дмитрий», «Игорю» → «Игорь».
     */
    static String ruDative(String word, boolean surname) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String stem = word.substring(0, word.length() - 1);
        if (surname) {
            return lower.endsWith("скому") || lower.endsWith("цкому") ? word.substring(0, word.length() - 3) + "ий"
                    : lower.matches(".{2,}(ов|ев|ёв|ин|ын)у") ? stem : word;
        }
        if (lower.length() < 4) {
            return word;
        }
        char before = lower.charAt(lower.length() - 2);
        boolean vowel = "аеёиоуыэюяь".indexOf(before) >= 0;
        return lower.endsWith("у") && !vowel ? stem : lower.endsWith("ею") || lower.endsWith("ию") ? stem + "й"
                : lower.endsWith("ю") && !vowel ? stem + "ь" : word;
    }

    /** A woman's surname in an oblique case: «Текеновой», «Ивановой», «Раевской». */
    private static final java.util.List<String> FEMININE_OBLIQUE = java.util.List.of("овой", "евой", "ёвой", "иной",
            "ыной", "ской", "цкой");

    static boolean ruFeminineOblique(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.length() > 5 && FEMININE_OBLIQUE.stream().anyMatch(lower::endsWith);
    }

    /**
     * A woman's name in the nominative, from its oblique case: the surname «Текеновой» → «Текенова», «Раевской» →
     * «Раевская»; a first name «Марины» → «Марина», «Марии» → «Мария», «Натальи» → «Наталья», «Анной» → «Анна».
     */
    static String ruFeminine(String word, boolean surname) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String stem = word.substring(0, word.length() - 2);
        if (surname) {
            return lower.endsWith("ской") || lower.endsWith("цкой") ? stem + "ая" : stem + "а";
        }
        if (lower.endsWith("ии") || lower.endsWith("ьи")) {
            return word.substring(0, word.length() - 1) + "я";
        }
        // «Анной», «Петровной»: the instrumental of a name in «-а»; «Анне» is left, as «Эрке» is a name of its own
        if (lower.length() > 4 && lower.endsWith("ой") && "аеёиоуыэюяьй".indexOf(lower.charAt(lower.length() - 3)) < 0) {
            return stem + "а";
        }
        return lower.length() > 3 && lower.endsWith("ы") ? word.substring(0, word.length() - 1) + "а" : word;
    }

    private static String last(String s) {
        return String.valueOf(Character.toLowerCase(s.charAt(s.length() - 1)));
    }
}
