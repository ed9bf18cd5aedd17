package org.creativeatlas.logic.extract;

import java.util.List;

/** Endings of surnames and patronymics common in the region, in Cyrillic and in Latin spelling. */
final class Surnames {

    private static final List<String> CYRILLIC = List.of("ов", "ев", "ёв", "ова", "ева", "ёва", "ин", "ина", "ын",
            "ына", "ский", "ская", "цкий", "цкая", "ұлы", "улы", "уулу", "қызы", "кызы", "енко", "швили", "дзе", "ян",
            "зода", "заде", "ич", "оғлы", "оглу");
    private static final List<String> LATIN = List.of("ov", "ev", "ova", "eva", "yev", "yeva", "iev", "ieva", "uly",
            "uulu", "kyzy", "qyzy", "sky", "skaya", "skiy", "enko", "yan", "dze", "zoda", "zada", "zade", "in", "ina",
            "yn", "yna", "ikh", "ykh", "oglu");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("uulu", "kyzy", "uly", "qyzy", "уулу",
            "кызы", "ұлы", "қызы");
    private static final List<String> PATRONYMIC = List.of("ович", "евич", "овна", "евна", "ична", "ovich", "evich",
            "ovna", "evna");

    /** Korean surnames, which open a name of three words in Latin letters ("Ambassador Kim Hee Sang"). */
    private static final java.util.Set<String> KOREAN = java.util.Set.of("kim", "lee", "park", "pak", "choi", "jung",
            "jeong", "kang", "cho", "yoon", "yun", "jang", "lim", "han", "shin", "kwon", "hwang", "ahn", "song", "yoo",
            "hong", "jeon", "moon", "baek", "chae", "nam", "kwak", "ryu", "seo", "oh");

    private Surnames() {
    }

    static boolean looksLike(String lower) {
        if (lower.length() < 4) {
            return false;
        }
        boolean latin = lower.charAt(0) < 0x400;
        for (String e : latin ? LATIN : CYRILLIC) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** "Abdulkadyr Musa uulu", «Нұрлан Ермек ұлы»: the word for son or daughter that follows a father's name. */
    static boolean isParticle(String lower) {
        return PARTICLES.contains(lower);
    }

    static boolean korean(String lower) {
        return KOREAN.contains(lower);
    }

    /** The commonest Korean surnames, which open a name written surname first ("Kim Doksun"); no English words. */
    private static final java.util.Set<String> KOREAN_OPENING = java.util.Set.of("kim", "lee", "park", "pak", "choi");

    static boolean koreanOpening(String lower) {
        return KOREAN_OPENING.contains(lower);
    }

    static boolean isPatronymic(String lower) {
        return PATRONYMIC.stream().anyMatch(lower::endsWith);
    }

    /** How many letters a Russian case ending adds to a patronymic (Адильхановича, Адильхановичем). */
    private static final int CASE_LETTERS = 2;

    /** A patronymic in any case; a man's is also a Serbian or Belarusian surname (Мария Блажевич). */
    static boolean patronymicForm(String lower) {
        for (int cut = 0; cut <= CASE_LETTERS && cut < lower.length(); cut++) {
            if (isPatronymic(lower.substring(0, lower.length() - cut))) {
                return true;
            }
        }
        return false;
    }
}
