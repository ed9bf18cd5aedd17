package org.creativeatlas.logic.documents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creativeatlas.logic.extract.ArabicKazakh;
import org.creativeatlas.logic.extract.LatinKazakh;

/**
 * Tells English, Russian and Kazakh apart by script, by the letters only Kazakh writes (ә ғ қ ң ө ұ ү һ і; in Latin
 * letters á ǵ ı ń ó ú ý and q; in Arabic letters ۇ ۋ ە ڭ and the hamza) and by each language's small words; a document
 * whose paragraphs differ substantially is {@code mixed}.
 */
public final class LanguageDetector {

    /** One paragraph of a text, by character offsets, with its language (null when it has no letters). */
    public record Paragraph(int start, int end, String language) {
    }

    private enum Lang { EN, RU, KK }

    private static final String KAZAKH_LETTERS = "әғқңөұүһі";
    private static final Set<String> KAZAKH_WORDS = Set.of("және", "мен", "бен", "пен", "үшін", "бойынша", "жылы",
            "жылғы", "бұл", "осы", "деп", "сондай-ақ", "ретінде", "арқылы", "туралы", "болып", "бір", "оның");
    private static final Set<String> RUSSIAN_WORDS = Set.of("и", "в", "на", "с", "по", "для", "что", "не", "из", "от",
            "к", "о", "это", "как", "а", "также", "при", "за", "года", "был", "была", "были");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");

    /** A language under this share of a text's letters is a quotation, not a second language of the document. */
    private static final double MIXED_SHARE = 0.2;
    /** Kazakh prose has roughly one letter in ten from its own set; Russian quoting a Kazakh name, far fewer. */
    private static final double KAZAKH_SHARE = 0.04;

    private LanguageDetector() {
    }

    /** en, ru, kk or mixed; null when the text has no letters. */
    public static String detect(String text) {
        Map<Lang, Integer> letters = new EnumMap<>(Lang.class);
        int total = 0;
        for (int[] p : spans(text)) {
            Counts c = Counts.of(text.substring(p[0], p[1]));
            Lang lang = c.language();
            if (lang != null) {
                letters.merge(lang, c.letters(), Integer::sum);
                total += c.letters();
            }
        }
        if (total == 0) {
            return null;
        }
        Lang top = null;
        int strong = 0;
        for (Map.Entry<Lang, Integer> e : letters.entrySet()) {
            if (top == null || e.getValue() > letters.get(top)) {
                top = e.getKey();
            }
            strong += e.getValue() >= total * MIXED_SHARE ? 1 : 0;
        }
        return strong > 1 ? "mixed" : code(top);
    }

    /** The language of each paragraph (lines separated by a blank line). */
    public static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        for (int[] p : spans(text)) {
            out.add(new Paragraph(p[0], p[1], code(Counts.of(text.substring(p[0], p[1])).language())));
        }
        return out;
    }

    /**
     * Each paragraph's {start, end}: a run of lines with no empty line in it, without the line breaks around it.
     * Found by hand, as a pattern repeating once per line recursed as deep as a paragraph is long and overflowed
     * the stack on a megabyte of lines.
     */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && text.charAt(i) == '\n') {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            int end = n;
            while (i < n) {
                int lineEnd = text.indexOf('\n', i);
                if (lineEnd < 0) {
                    end = n;
                    i = n;
                } else {
                    end = lineEnd;
                    i = lineEnd + 1;
                    if (i == n || text.charAt(i) == '\n') {
                        break;
                    }
                }
            }
            out.add(new int[] {start, end});
        }
        return out;
    }

    /** The language of a short piece of text: a paragraph, a sentence, a name. */
    public static String ofParagraph(String text) {
        return code(Counts.of(text).language());
    }

    private static String code(Lang lang) {
        return lang == null ? null : lang.name().toLowerCase(Locale.ROOT);
    }

    private record Counts(int latin, int cyrillic, int arabic, int kazakhLetters, int kazakhWords, int russianWords,
            boolean otherScriptKazakh) {

        static Counts of(String text) {
            int latin = 0;
            int cyrillic = 0;
            int arabic = 0;
            int kazakh = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = Character.toLowerCase(text.charAt(i));
                if (c < 0x250 && Character.isLetter(c)) {
                    latin++;
                } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic++;
                    kazakh += KAZAKH_LETTERS.indexOf(c) >= 0 ? 1 : 0;
                } else if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC && Character.isLetter(c)) {
                    arabic++;
                }
            }
            int kazakhWords = 0;
            int russianWords = 0;
            if (cyrillic > 0) {
                for (Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT)); m.find(); ) {
                    kazakhWords += KAZAKH_WORDS.contains(m.group()) ? 1 : 0;
                    russianWords += RUSSIAN_WORDS.contains(m.group()) ? 1 : 0;
                }
            }
            // Kazakh in Latin letters («Qazaqstan men О́zbekstan arasyndaǵy …») is Kazakh, not English; in Arabic
            // letters it is the Kazakh of China's press, and no other Arabic script counts
            boolean arabicScript = arabic > latin + cyrillic;
            return new Counts(latin, cyrillic, arabic, kazakh, kazakhWords, russianWords,
                    arabicScript ? ArabicKazakh.is(text) : latin > cyrillic && LatinKazakh.is(text));
        }

        int letters() {
            return latin + cyrillic + (otherScriptKazakh ? arabic : 0);
        }

        Lang language() {
            if (letters() == 0) {
                return null;
            }
            if (arabic > latin + cyrillic) {
                return otherScriptKazakh ? Lang.KK : null;
            }
            if (latin > cyrillic) {
                return otherScriptKazakh ? Lang.KK : Lang.EN;
            }
            double share = kazakhLetters / (double) cyrillic;
            boolean kazakhByWords = kazakhLetters > 0 && kazakhWords > russianWords;
            return share >= KAZAKH_SHARE && kazakhWords >= russianWords || share >= 2 * KAZAKH_SHARE || kazakhByWords
                    ? Lang.KK : Lang.RU;
        }
    }
}
