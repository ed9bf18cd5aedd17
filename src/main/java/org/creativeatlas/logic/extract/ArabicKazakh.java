package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kazakh text in the Arabic letters of the Kazakhs of China (the editions of Kazinform, Egemen Qazaqstan and others
 * for them), read through Cyrillic. The script writes no capitals and leaves front and back vowels (а ә, о ө, ұ ү,
 * ы і) to a hamza or to the word's other letters; the word forms of the Kazakh corpus choose between the readings
 * a word allows and tell common words, which stay in lower case, from names, which get a capital.
 */
public final class ArabicKazakh {

    private static final String CONSONANTS = "بپتجچحخدرزسشعغفقكکگڭلمنھهۋۆەي";
    private static final String CONSONANTS_CYRILLIC = "бптжчххдрзсшғғфқккгңлмнһһувеи";
    private static final String VOWELS = "اوۇى";
    private static final String BACK = "аоұы";
    private static final String FRONT = "әөүі";
    private static final String HAMZA = "ءٴ";
    /** Letters that make a native word front-vowelled when no hamza says so. */
    private static final String FRONT_LETTERS = "ەكگ";
    private static final String CYRILLIC_VOWELS = "аәеиоөұүыіуэюя";
    private static final String PUNCTUATION = "،؛؟٪";
    private static final String PUNCTUATION_LATIN = ",;?%";
    private static final Pattern SURNAME_ENDING = Pattern.compile("ەۆا?$");
    private static final Pattern MINISTRY = Pattern.compile("(?<=[ ,])министр(лі|і)");
    private static final Pattern GENITIVE = Pattern.compile("(ның|нің|дың|дің|тың|тің|да|де|та|те)$");
    /**
     * «Отаншылдыққа», «еңбекқорлыққа»: an abstract noun (-лық, -дық, -тық) with a case after it is a common word the
     * corpus may lack, never a name.
     */
    private static final Pattern ABSTRACT = Pattern.compile(".{4,}[лдт][ыі][қк](қа|ке|ты|ті|тың|тің|та|те|тан|тен|пен)$");
    /** How many words a ministry's fields may run to. */
    private static final int FIELD_WORDS = 8;
    /** Fewer times than this in the corpus, a common word may be a first name. */
    private static final int RARE = 10;
    /** How many open vowels are chosen by the corpus, and how many readings are kept at each; the rest by the rule. */
    private static final int MOST_OPEN = 12;
    private static final int MOST_ALIVE = 8;

    private final String text;
    private final Map<String, Word> read = new HashMap<>();

    private ArabicKazakh(String text) {
        this.text = text;
    }

    /** The text read through Cyrillic when it is Kazakh in Arabic letters, else null. */
    static ScriptReading of(String text) {
        return is(text) ? new ArabicKazakh(text).reading() : null;
    }

    /**
     * Whether Arabic letters outnumber all others, Kazakh's own (ۇ ۋ ە ڭ, the hamza of front words) make up 2% of them,
     * as Arabic and Persian never have them, and Uyghur's own (ئ ې ۈ) are rarer than one in two hundred.
     */
    public static boolean is(String text) {
        int arabic = 0;
        int other = 0;
        int own = 0;
        int uyghur = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0621' && c <= '\u06FF' && Character.isLetter(c)) {
                arabic++;
                own += "ۇۋەڭٴ".indexOf(c) >= 0 || c == 'ء' ? 1 : 0;
                uyghur += "ئېۈ".indexOf(c) >= 0 ? 1 : 0;
            } else if (Character.isLetter(c)) {
                other++;
            }
        }
        return arabic > other && own * 50 >= arabic && uyghur * 200 < arabic;
    }

    private ScriptReading reading() {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int[] at = new int[2 * text.length() + 1];
        boolean sentenceStart = true;
        int previous = -1; // where the last word starts in the reading
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (letter(c)) {
                while (end < text.length() && letter(text.charAt(end))) {
                    end++;
                }
                Word word = word(text.substring(i, end));
                String cyr = word.cyrillic;
                if (cyr.isEmpty()) {
                    i = end; // «ء«مولدىر …»»: a hamza set apart before a quote reads as nothing on its own
                    continue;
                }
                // «قاسىم-جومارت»: a name's second part after a hyphen is a name too
                boolean hyphenated = i > 0 && text.charAt(i - 1) == '-' && previous >= 0
                        && Character.isUpperCase(out.charAt(previous));
                cyr = sentenceStart || hyphenated ? Render.capitalised(cyr) : cyr;
                firstName(out, previous, cyr);
                nationalBody(out, previous, cyr);
                for (int k = 0; k < cyr.length(); k++) {
                    at[out.length() + k] = i + word.from[k];
                }
                previous = out.length();
                out.append(cyr);
                sentenceStart = false;
            } else if (!(c == ' ' && lone(i - 1) && lone(i + 1))) {
                // «ق ر», «ج ش س»: letters written one by one are an abbreviation, closed up as Cyrillic writes ҚР
                int p = PUNCTUATION.indexOf(c);
                at[out.length()] = i;
                out.append(p >= 0 ? PUNCTUATION_LATIN.charAt(p) : c);
                // a sentence's first word and a quoted name's are written with a capital
                boolean opens = c == '«' || c == '“'
                        || c == '"' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
                sentenceStart = c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n' || opens
                        || sentenceStart && !Character.isLetterOrDigit(c);
            }
            i = end;
        }
        at[out.length()] = text.length();
        ministries(out);
        return new ScriptReading(text, out.toString(), at, ArabicKazakh::spell);
    }

    /**
     * «قىرعىز رەسپۋبليكاسى مادەنيەت، اقپارات جانە تۋريزم مينيسترلىگى»: the fields a ministry is named by, between its
     * state and the word ministry or minister, open with a capital as Cyrillic writes them (Мәдениет, ақпарат …).
     */
    private static void ministries(StringBuilder out) {
        Matcher m = MINISTRY.matcher(out);
        while (m.find()) {
            int first = -1;
            int at = m.start();
            for (int words = 0; words < FIELD_WORDS; words++) {
                int end = at;
                while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == ',')) {
                    end--;
                }
                int start = end;
                while (start > 0 && Character.isLetter(out.charAt(start - 1))) {
                    start--;
                }
                String word = out.substring(start, end);
                if (word.isEmpty() || Character.isUpperCase(word.charAt(0))) {
                    // the state or its abbreviation before the fields
                    if (!word.isEmpty() && first >= 0) {
                        out.setCharAt(first, Character.toUpperCase(out.charAt(first)));
                    }
                    break;
                }
                if (GENITIVE.matcher(word).find() && !word.equals("және")) {
                    break;
                }
                first = word.equals("және") || word.equals("мен") ? first : start;
                at = start;
            }
        }
    }

    /**
     * «айдар Омаров»: a word the corpus seldom writes, or one right after a title, right before a surname is a first
     * name though it is also a common word, and gets its capital.
     */
    private static void firstName(StringBuilder out, int previous, String word) {
        if (previous < 0 || !Character.isUpperCase(word.charAt(0)) || !Surnames.looksLike(word.toLowerCase(Locale.ROOT))
                || out.length() < 2 || out.charAt(out.length() - 1) != ' ') {
            return;
        }
        String before = out.substring(previous, out.length() - 1);
        if (before.chars().allMatch(Character::isLetter) && Character.isLowerCase(before.charAt(0))
                && (KazakhWords.count(before) < RARE || titleBefore(out, previous))) {
            out.setCharAt(previous, Character.toUpperCase(before.charAt(0)));
        }
    }

    /**
     * «өзбек ұлттық академиялық драма театры»: a nation's word before «ұлттық» or «мемлекеттік» opens a state body's
     * name and gets its capital, which the corpus gives the word only as a name.
     */
    private static void nationalBody(StringBuilder out, int previous, String word) {
        if (previous < 0 || !word.equals("ұлттық") && !word.equals("мемлекеттік")
                || out.length() < 2 || out.charAt(out.length() - 1) != ' ') {
            return;
        }
        String before = out.substring(previous, out.length() - 1);
        // after «атындағы» the nation's word is inside a name the person it bears opens: «… атындағы қазақ мемлекеттік»
        boolean inside = out.lastIndexOf("атындағы ", previous) == previous - "атындағы ".length();
        if (NationalBodies.NATIONAL_STEMS.containsKey(before) && !inside) {
            out.setCharAt(previous, Character.toUpperCase(before.charAt(0)));
        }
    }

    /** «… ءمينيسترى ايدا بالايەۆا»: whether a title (министрі) stands right before the word starting at {@code at}. */
    private static boolean titleBefore(StringBuilder out, int at) {
        int end = at - 1;
        int start = end;
        while (start > 0 && Character.isLetter(out.charAt(start - 1))) {
            start--;
        }
        return end > start && out.charAt(end) == ' '
                && Titles.is(new Token(out.substring(start, end), 0, end - start));
    }

    /** Whether the letter at i is a word of its own. */
    private boolean lone(int i) {
        return i >= 0 && i < text.length() && letter(text.charAt(i)) && (i == 0 || !letter(text.charAt(i - 1)))
                && (i + 1 == text.length() || !letter(text.charAt(i + 1)));
    }

    private static boolean letter(char c) {
        return c >= '\u0621' && c <= '\u06FF' && Character.isLetterOrDigit(c) && PUNCTUATION.indexOf(c) < 0;
    }

    /** A word in Cyrillic and, for each of its letters, the Arabic letter of the word it stands for. */
    private record Word(String cyrillic, int[] from) {
    }

    /** One word in Cyrillic, capitalised unless the corpus writes it, or its stem, mostly in lower case. */
    private Word word(String arabic) {
        return read.computeIfAbsent(arabic, w -> {
            Word spelt = vowelled(w);
            String cyr = spelt.cyrillic;
            boolean vowels = false;
            for (int i = 0; i < w.length(); i++) {
                vowels |= VOWELS.indexOf(w.charAt(i)) >= 0 || "يۋە".indexOf(w.charAt(i)) >= 0;
            }
            if (!vowels && w.length() <= 4) {
                return new Word(cyr.toUpperCase(Locale.ROOT), spelt.from); // ҚР, ЖШС
            }
            Boolean capitalised = KazakhWords.capitalised(cyr);
            boolean name = capitalised == null ? !ABSTRACT.matcher(cyr).matches() : capitalised;
            return name ? new Word(Render.capitalised(cyr), spelt.from) : spelt;
        });
    }

    /** The word's reading the corpus writes most often, or the one its hamza or letters call for. */
    private static Word vowelled(String w) {
        int open = 0;
        int[] vowelAt = new int[w.length()];
        boolean front = false;
        // «بالايەۆا» Балаева: the е of a Russian surname's ending says nothing of the word's vowels
        String core = SURNAME_ENDING.matcher(w).replaceFirst("");
        for (int i = 0; i < w.length(); i++) {
            if (VOWELS.indexOf(w.charAt(i)) >= 0) {
                vowelAt[open++] = i;
            }
            front |= i < core.length() && (HAMZA.indexOf(w.charAt(i)) >= 0 || FRONT_LETTERS.indexOf(w.charAt(i)) >= 0);
        }
        int byRule = front ? (1 << open) - 1 : 0;
        // the open vowels are chosen one by one, each way the corpus has words beginning with; the rest by the rule
        List<Integer> alive = List.of(0);
        int decidedVowels = 0;
        for (int k = 0; k < open && k < MOST_OPEN; k++) {
            List<Integer> next = new ArrayList<>();
            for (int decided : alive) {
                for (int choice = 0; choice < 2 && next.size() < MOST_ALIVE; choice++) {
                    int fronts = decided | choice << k;
                    Word r = spelt(w, fronts | byRule & -(1 << (k + 1)));
                    if (KazakhWords.begins(r.cyrillic.substring(0, upTo(r, vowelAt[k])))) {
                        next.add(fronts);
                    }
                }
            }
            if (next.isEmpty()) {
                break;
            }
            alive = next;
            decidedVowels = k + 1;
        }
        // a form the corpus has wins, the most written; failing any, the one with the longest beginning it has
        Word best = null;
        long most = -1;
        for (int decided : alive) {
            // the vowels of the endings past what the corpus knows follow the last one it chose, as Kazakh harmony has it
            boolean lastFront = decidedVowels > 0 && (decided >> (decidedVowels - 1) & 1) != 0;
            int rest = decidedVowels == 0 ? byRule : lastFront ? -1 : 0;
            Word r = spelt(w, decided | rest & -(1 << decidedVowels));
            int count = KazakhWords.count(r.cyrillic);
            long score = count > 0 ? (long) Integer.MAX_VALUE + count : KazakhWords.knownBeginning(r.cyrillic);
            if (score > most) {
                best = r;
                most = score;
            }
        }
        return best;
    }

    /** How many of the Cyrillic letters stand for the Arabic letters up to {@code arabic}. */
    private static int upTo(Word r, int arabic) {
        int n = 0;
        while (n < r.from.length && r.from[n] <= arabic) {
            n++;
        }
        return n;
    }

    /** The word in Cyrillic, its k-th open vowel front where bit k of {@code fronts} is set. */
    private static Word spelt(String w, int fronts) {
        StringBuilder out = new StringBuilder(w.length() + 2);
        int[] from = new int[2 * w.length()];
        int k = 0;
        int hamza = -1;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            int v = VOWELS.indexOf(c);
            int before = out.length();
            boolean afterVowel = before > 0 && CYRILLIC_VOWELS.indexOf(out.charAt(before - 1)) >= 0;
            if (v >= 0) {
                char vowel = ((fronts >> k++ & 1) != 0 ? FRONT : BACK).charAt(v);
                if (vowel == 'а' && i > 0 && w.charAt(i - 1) == 'ي' && before > 0) {
                    // «ايا» ая, «زيالى» зиялы: й or и and а are written я
                    boolean consonant = before > 1 && CYRILLIC_VOWELS.indexOf(out.charAt(before - 2)) < 0;
                    out.setLength(before - 1);
                    if (consonant) {
                        out.append('и');
                    }
                    from[out.length()] = consonant ? i : i - 1;
                    out.append('я');
                    continue;
                }
                out.append(vowel);
            } else if (c == 'ي') {
                out.append(afterVowel ? 'й' : 'и');
            } else if (HAMZA.indexOf(c) >= 0) {
                hamza = i; // the hamza's word starts with it: «ءالىمجانوۆ» is named with it
            } else {
                int p = CONSONANTS.indexOf(c);
                out.append(p >= 0 ? CONSONANTS_CYRILLIC.charAt(p)
                        : c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660') : c);
            }
            for (int j = before; j < out.length(); j++) {
                from[j] = j == before && hamza >= 0 && hamza == i - 1 ? hamza : i;
            }
        }
        return new Word(out.toString(), Arrays.copyOf(from, out.length()));
    }

    /** Kazakh text in Cyrillic written in Arabic letters, letter by letter, as the bench's Arabic-script corpus is made. */
    public static String written(String cyrillic) {
        StringBuilder out = new StringBuilder(cyrillic.length());
        int start = 0;
        for (int i = 0; i <= cyrillic.length(); i++) {
            if (i == cyrillic.length() || !Character.isLetter(cyrillic.charAt(i))) {
                out.append(spell(cyrillic.substring(start, i)));
                if (i < cyrillic.length()) {
                    out.append(spell(String.valueOf(cyrillic.charAt(i))));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /** A Cyrillic ending the text never wrote, or a mark of punctuation, in Arabic letters. */
    private static String spell(String cyr) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cyr.length(); i++) {
            char c = Character.toLowerCase(cyr.charAt(i));
            int back = BACK.indexOf(c);
            int front = FRONT.indexOf(c);
            if (back >= 0 || front >= 0) {
                out.append(VOWELS.charAt(back >= 0 ? back : front));
            } else if (c == 'я') {
                out.append("يا");
            } else if (c == 'ю') {
                out.append("يۋ");
            } else if (c == 'и' || c == 'й') {
                out.append('ي');
            } else if (c == 'э') {
                out.append('ە');
            } else if (PUNCTUATION_LATIN.indexOf(c) >= 0) {
                out.append(PUNCTUATION.charAt(PUNCTUATION_LATIN.indexOf(c)));
            } else if (c != 'ь' && c != 'ъ') {
                int p = CONSONANTS_CYRILLIC.indexOf(c);
                out.append(p >= 0 ? CONSONANTS.charAt(p) : c);
            }
        }
        return out.toString();
    }
}
