package org.creativeatlas.logic.extract;

/**
 * Which of the extractor's generic word lists a word is in — a title, a head noun, a place, a month or a function
 * word — for the name model to learn from: lists of kinds of words, never of actors.
 */
public final class WordClass {

    private static final int MAX_CUT = 4;
    private static final WordMemo<String> CLASSES = new WordMemo<>(WordClass::read, 200_000);

    private WordClass() {
    }

    /** "title", "head", "place", "month", "stop", or null for none. */
    public static String of(String word) {
        return CLASSES.get(word);
    }

    private static String read(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return null;
        }
        Token t = new Token(word, 0, word.length());
        if (Titles.is(t)) {
            return "title";
        }
        if (Heads.of(t, t.isLatin() ? Lang.EN : Lang.RU) != null || t.isCyrillic() && Heads.of(t, Lang.KK) != null) {
            return "head";
        }
        if (place(t.lower())) {
            return "place";
        }
        if (Months.is(t.lower())) {
            return "month";
        }
        return Scan.isStopword(t) ? "stop" : null;
    }

    /** The word, or the word less a case ending of up to four letters, is a place's name. */
    private static boolean place(String lower) {
        if (Gazetteer.get(lower) != null) {
            return true;
        }
        boolean cyrillic = Character.UnicodeScript.of(lower.charAt(0)) == Character.UnicodeScript.CYRILLIC;
        for (int cut = 1; cyrillic && cut <= MAX_CUT && lower.length() - cut >= 4; cut++) {
            if (Gazetteer.get(lower.substring(0, lower.length() - cut)) != null) {
                return true;
            }
        }
        return false;
    }
}
