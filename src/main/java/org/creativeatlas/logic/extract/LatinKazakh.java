package org.creativeatlas.logic.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * A Kazakh text written in Latin letters, read through its Cyrillic spelling so that the Kazakh rules, model and
 * gazetteer apply to it: the official alphabet (á ǵ ı ń ó ú ý, sh, ch), the informal one of the news sites (gh, ng,
 * q, y, ú for ұ, ý for ү), and the Turkic-style proposals of 2019 on (ä ö ü ū, ñ or ŋ, ğ or ǧ, ş, ç; see
 * {@link MarkedLatin}). Found names go back to the text's own Latin spelling (see {@link ScriptReading}).
 */
public final class LatinKazakh {

    private static final String MARKS = "áǵıńóúýÁǴŃÓÚÝ";
    private static final String VOWELS = "аәеиоөұүыіэюяёАӘЕИОӨҰҮЫІЭЮЯЁ";
    private static final String LATIN = "aábdefgǵhijklmnńoóprqstuúývyzcw";
    /** The Cyrillic of each letter of {@link #LATIN}: the two alphabets differ only in u, ú and ý. */
    private static final String OFFICIAL = "аәбдефгғхіжклмнңоөпрқстұүувызцу";
    private static final String INFORMAL = "аәбдефгғхіжклмнңоөпрқстуұүвызцу";
    /** Cyrillic letters that stand for the Latin ones they look like, when a combining mark follows. */
    private static final Map<Character, Character> LOOK_ALIKES = Map.of('о', 'o', 'а', 'a', 'у', 'y');
    private static final String CYRILLIC_BACK = "аәбвгдеёжзіклмнопқрстфхһыэ";
    private static final String LATIN_BACK = "aábvgdeejziklmnopqrstfhhye";

    private final String text;
    private final boolean official;
    /** The marked alphabet's reading, or null for the other two. */
    private final MarkedLatin marked;

    private LatinKazakh(String text, boolean official, MarkedLatin marked) {
        this.text = text;
        this.official = official;
        this.marked = marked;
    }

    /** The Cyrillic reading, each character's place in the Latin text kept. */
    private ScriptReading read() {
        StringBuilder out = new StringBuilder(text.length());
        int[] at = new int[2 * text.length() + 1]; // x is written кс
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int foreign = c == '«' ? foreignQuote(i) : -1;
            if (foreign > 0) {
                for (int k = i; k < foreign; k++) {
                    at[out.length()] = k;
                    out.append(text.charAt(k));
                }
                i = foreign;
                inWord = false;
                continue;
            }
            boolean letter = Character.isLetter(c);
            int start = out.length();
            int used = letter ? letter(out, i, !inWord) : 0;
            inWord = letter;
            if (used == 0) {
                out.append(c);
                used = 1;
            }
            for (int k = start; k < out.length(); k++) {
                at[k] = i;
            }
            i += used;
        }
        at[out.length()] = text.length();
        return new ScriptReading(text, out.toString(), at, this::spell);
    }

    /** The most characters of a foreign name in quotes. */
    private static final int FOREIGN_NAME = 60;

    /**
     * «Bolzano Film Festival Bozen», «ORAI Festival»: a quoted name with no Kazakh letter in it is a foreign one, kept in
     * its own letters so that its own words name it; the end of its closing quote, or -1.
     */
    private int foreignQuote(int open) {
        int close = open + 1;
        while (close < text.length() && close - open <= FOREIGN_NAME && text.charAt(close) != '»') {
            close++;
        }
        if (close >= text.length() || text.charAt(close) != '»') {
            return -1;
        }
        for (int k = open + 1; k < close; k++) {
            char c = text.charAt(k);
            if (MARKS.indexOf(c) >= 0 || c == 'q' || c == 'Q' || c == '«' || Character.isLetter(c) && c > 'ʯ') {
                return -1;
            }
        }
        return close + 1;
    }

    /**
     * The text read through Cyrillic when it is Kazakh in Latin letters (Kazakh marks make up 1% of its Latin letters,
     * and so does a q not followed by u, which no other Latin alphabet near Kazakh uses so), else null.
     */
    static ScriptReading of(String text) {
        MarkedLatin marked = MarkedLatin.of(text);
        if (marked != null) {
            return new LatinKazakh(text, false, marked).read();
        }
        Boolean official = alphabet(text);
        return official == null ? null : new LatinKazakh(text, official, null).read();
    }

    /** Whether a text is Kazakh written in Latin letters, which a reader of scripts alone would call English. */
    public static boolean is(String text) {
        return MarkedLatin.of(text) != null || alphabet(text) != null;
    }

    /** Whether a Kazakh text in Latin letters is in the official alphabet; null if the text is no such text. */
    private static Boolean alphabet(String text) {
        int latin = 0;
        int cyrillic = 0;
        int marks = 0;
        int q = 0;
        int ownLetters = 0;
        int gh = 0;
        // every text is asked, so ASCII and Cyrillic letters are told apart without a look-up
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                char lower = (char) (c | 0x20);
                if (lower < 'a' || lower > 'z') {
                    continue;
                }
                latin++;
                boolean next = i + 1 < text.length();
                if (lower == 'q' && !(next && (text.charAt(i + 1) | 0x20) == 'u')) {
                    q++;
                }
                if (lower == 'g' && next && text.charAt(i + 1) == 'h') {
                    gh++;
                }
            } else if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
            } else if (MARKS.indexOf(c) >= 0) {
                latin++;
                marks++;
                char lower = Character.toLowerCase(c);
                if (lower == 'ı' || lower == 'ǵ' || lower == 'ń') {
                    ownLetters++;
                }
            } else if (Character.toLowerCase(c) >= 'a' && Character.toLowerCase(c) <= 'z') {
                latin++; // İ, the Kelvin sign
            }
        }
        boolean kazakh = latin > cyrillic && marks * 100 >= latin && q * 100 >= latin;
        // the official alphabet writes ı, ǵ and ń where the informal one writes i or y, gh and ng
        return kazakh ? ownLetters >= gh : null;
    }

    /** Whether the n at i opens the word's last letters "ngha", a dative ending «-ға» after н. */
    private boolean dativeAfterN(int i) {
        return text.startsWith("gha", i + 1) && (i + 4 >= text.length() || !Character.isLetter(text.charAt(i + 4)));
    }

    /** Writes the Cyrillic of the Latin letter(s) at i and says how many it read; 0 when it leaves the letter as is. */
    private int letter(StringBuilder out, int i, boolean wordStart) {
        char c = text.charAt(i);
        char l = Character.toLowerCase(c);
        char n = i + 1 < text.length() ? Character.toLowerCase(text.charAt(i + 1)) : ' ';
        char n2 = i + 2 < text.length() ? Character.toLowerCase(text.charAt(i + 2)) : ' ';
        boolean afterVowel = !wordStart && VOWELS.indexOf(out.charAt(out.length() - 1)) >= 0;
        boolean afterI = !wordStart && Character.toLowerCase(out.charAt(out.length() - 1)) == 'и';
        String two = "" + l + n;
        if (marked != null) {
            return marked.letter(out, c, n, n2, afterVowel, afterI);
        }
        String cyr = null;
        int used = 2;
        if (two.equals("sh")) {
            cyr = "ш";
        } else if (two.equals("ch")) {
            cyr = "ч";
        } else if (official) {
            boolean dotless = l == 'ı' || c == 'I';
            if (dotless && (n == 'a' || n == 'á') && afterI) {
                cyr = "я";
            } else if (dotless && n == 'ý' && (wordStart || afterI)) {
                cyr = "ю";
            } else if (dotless) {
                cyr = afterVowel ? "й" : "и";
                used = 1;
            }
        } else if (two.equals("ng") && n2 == 'h') {
            // «Zanghar», «janghyru» are Заңғар, жаңғыру, but a word ending in ngha is a dative: «Qazaqstangha»
            cyr = dativeAfterN(i) ? "н" : "ң";
            used = 1;
        } else if (two.equals("gh") || two.equals("ng") || two.equals("zh") || two.equals("kh")) {
            cyr = two.equals("gh") ? "ғ" : two.equals("ng") ? "ң" : two.equals("zh") ? "ж" : "х";
        } else if (l == 'y' && (n == 'a' || n == 'u')) {
            cyr = n == 'a' ? "я" : "ю";
        } else if (l == 'i' && n == 'y') {
            cyr = "и";
            // «akademiyasy»: the y of iy starts the next ya or yu
            used = "aeouáóúý".indexOf(n2) >= 0 ? 1 : 2;
        } else if (l == 'y' || l == 'i') {
            // after a vowel both stand for й («Aytmatov», «aitugha»)
            cyr = afterVowel ? "й" : l == 'y' ? "ы" : "і";
            used = 1;
        }
        if (cyr == null && n == '\u0301') {
            // «О́zbekstan»: a letter and a combining acute (the base sometimes a Cyrillic look-alike) is the marked one
            int k = LATIN.indexOf(Normalizer.normalize(LOOK_ALIKES.getOrDefault(l, l) + "\u0301", Normalizer.Form.NFC)
                    .charAt(0));
            cyr = k < 0 ? null : String.valueOf((official ? OFFICIAL : INFORMAL).charAt(k));
        }
        if (cyr == null) {
            int k = LATIN.indexOf(l);
            if (k < 0 && l != 'x') {
                return 0;
            }
            cyr = l == 'x' ? "кс" : String.valueOf((official ? OFFICIAL : INFORMAL).charAt(k));
            used = 1;
        }
        out.append(Character.isUpperCase(c) ? cyr.toUpperCase(Locale.ROOT) : cyr);
        return used;
    }

    private String spell(String cyr) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cyr.length(); i++) {
            char c = cyr.charAt(i);
            String l = letterBack(Character.toLowerCase(c));
            out.append(Character.isUpperCase(c) && !l.isEmpty()
                    ? Character.toUpperCase(l.charAt(0)) + l.substring(1) : l);
        }
        return out.toString();
    }

    private String letterBack(char c) {
        if (marked != null) {
            return marked.back(c);
        }
        switch (c) {
            case 'ғ': return official ? "ǵ" : "gh";
            case 'ң': return official ? "ń" : "ng";
            case 'у': return official ? "ý" : "u";
            case 'ұ': return official ? "u" : "ú";
            case 'ү': return official ? "ú" : "ý";
            case 'и': return official ? "ı" : "i";
            case 'й': return official ? "ı" : "y";
            case 'я': return official ? "ıa" : "ya";
            case 'ю': return official ? "ıý" : "yu";
            case 'ш': return "sh";
            case 'ч': return "ch";
            case 'щ': return "sh";
            case 'ц': return "ts";
            case 'ь': case 'ъ': return "";
            default:
                int k = CYRILLIC_BACK.indexOf(c);
                return k < 0 ? String.valueOf(c) : String.valueOf(LATIN_BACK.charAt(k));
        }
    }
}
