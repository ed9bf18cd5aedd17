package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English headlines in title case or in capitals, where a capital says nothing: a name found in one ends before the
 * first word the rest of the text writes only in lower case ("An Exhibition on Tajikistan’s Water Initiative Takes
 * Place", "Kyrgyzstan Opens Its First Miniature Museum"), or else where the rest of the text stops repeating it,
 * when a word after that appears nowhere else ("ALMATY MUSEUM OF ARTS ATTRACTS 14,000 VISITORS"); it is left out
 * when no word of it stays, or when it opens on words the text never writes before a name the text repeats.
 */
final class TitleCaseLines {

    private static final byte LOWER = 1;
    private static final byte CAPITAL = 2;
    /**
     * Words of four letters or more that make a line a title-cased headline when all of them are capitalised; fewer
     * are a name standing on its own line ("– Turkish Cinema Week"), whose capitals do say something.
     */
    private static final int MIN_WORDS = 5;
    /** The item's first line is its title, so fewer such words make it one: "Turkmenistan Celebrates Week of Culture". */
    private static final int MIN_TITLE_WORDS = 3;

    private final Scan scan;
    private final boolean[] titled;
    /** How the other lines write each word: in lower case, capitalised inside a sentence, or both. */
    private final Map<String, Byte> cases = new HashMap<>();
    /** The other lines' words in lower case, one space around each, to find a name's leading part in. */
    private final String body;

    private TitleCaseLines(Scan scan, boolean[] titled) {
        this.scan = scan;
        this.titled = titled;
        StringBuilder words = new StringBuilder(" ");
        for (Document.Sentence s : scan.doc.sentences) {
            for (int i = s.from(); i < s.to() && !titled[s.from()]; i++) {
                Token t = scan.token(i);
                words.append(t.lower()).append(' ');
                if (t.isLatin() && (i > s.from() || !t.isCapitalised())) {
                    cases.merge(t.lower(), t.isCapitalised() ? CAPITAL : LOWER, (a, b) -> (byte) (a | b));
                }
            }
        }
        this.body = words.toString();
    }

    static List<Mention> trim(Scan scan, List<Mention> mentions) {
        boolean[] titled = titled(scan);
        if (titled == null) {
            return mentions;
        }
        TitleCaseLines lines = new TitleCaseLines(scan, titled);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int cut = titled[scan.doc.sentenceAt(m.from).from()] ? lines.cut(m) : m.to;
            if (cut == m.to) {
                out.add(m);
            } else if (cut > m.from && !(cut - m.from == 1 && (scan.place(m.from) != null
                    || !scan.token(m.from).isAbbreviation()))) {
                // "Kazakhstan's New Almaty Museum …" cut before "New" leaves a place, which names no actor; "State
                // University …" cut before "University" leaves a word that names nothing alone, unlike "TPMI"
                out.add(new Mention(m.type, Render.of(scan.doc, m.from, cut), m.from, cut, m.priority));
            }
        }
        return out;
    }

    /** Whether each sentence, marked at its first token, is an English headline in title case; null when none is. */
    private static boolean[] titled(Scan scan) {
        boolean[] titled = null;
        for (Document.Sentence s : scan.doc.sentences) {
            int min = s.from() == 0 ? MIN_TITLE_WORDS : MIN_WORDS;
            // a headline ends in no stop; a clause of a list ends in a semicolon ("… of Kazakhstan Rustam Ali;")
            String last = scan.token(s.to() - 1).text();
            if (s.lang() == Lang.EN && !last.equals(".") && !last.equals(";") && titleCase(scan, s, min)) {
                titled = titled == null ? new boolean[scan.doc.size()] : titled;
                titled[s.from()] = true;
            }
        }
        return titled;
    }

    private static boolean titleCase(Scan scan, Document.Sentence s, int minWords) {
        int words = 0;
        for (int i = s.from(); i < s.to(); i++) {
            Token t = scan.token(i);
            if (t.isLatin() && t.text().length() >= 4 && !Scan.isFunctionWord(t)) {
                if (!t.isCapitalised()) {
                    return false;
                }
                words++;
            }
        }
        return words >= minWords;
    }

    /** Where the name ends, function words before the cut left out too; {@code m.to} when it stays whole. */
    private int cut(Mention m) {
        Quotes.Quote q = scan.doc.quotes.around(m.to - 1);
        if (q != null && q.open() > m.from && q.close() == m.to - 1) {
            return m.to; // "International Scientific-Practical Conference “…”": a quoted title marks a name as such
        }
        if (opensOnUnknown(m)) {
            return m.from;
        }
        int cut = m.from;
        // a head noun ("Museum", "Exhibition") is always written in lower case, so it cuts only a name it opens
        // ("Exhibition of Navruz Themed Works" is described), not one it closes ("Kyrgyz Museum Exhibition in …")
        while (cut < m.to && !(lowerOnly(scan.token(cut)) && (cut == m.from || !head(scan.token(cut))))) {
            cut++;
        }
        cut = cut == m.to ? repeated(m) : cut;
        if (cut == m.to) {
            return m.to;
        }
        while (cut > m.from && (!scan.token(cut - 1).isWord() || Scan.isFunctionWord(scan.token(cut - 1)))) {
            cut--;
        }
        return cut;
    }

    /**
     * Whether the name runs over a word the rest of the text never writes and the text repeats what follows that word:
     * the headline's words ran into a name the text gives on its own ("Turkmenistan Celebrates Week of Culture",
     * "TPMI Innovation Center"), so the text's mentions stand for it.
     */
    private boolean opensOnUnknown(Mention m) {
        int start = m.from;
        for (int k = m.from; k < m.to; k++) {
            Token t = scan.token(k);
            if (t.isLatin() && t.isWord() && !Scan.isFunctionWord(t) && !body.contains(" " + t.lower() + " ")) {
                start = k + 1;
            }
        }
        return start > m.from && m.to - start >= 2 && body.contains(phrase(start, m.to));
    }

    /** The end of the longest leading part of two words or more the body repeats, with an unknown word after it. */
    private int repeated(Mention m) {
        int unknown = m.to;
        for (int k = m.to - 1; k > m.from; k--) {
            Token t = scan.token(k);
            unknown = t.isLatin() && !cases.containsKey(t.lower()) ? k : unknown;
            if (unknown < m.to && k - m.from >= 2 && body.contains(phrase(m.from, k))) {
                return k;
            }
        }
        return m.to;
    }

    private String phrase(int from, int to) {
        StringBuilder b = new StringBuilder(" ");
        for (int i = from; i < to; i++) {
            b.append(scan.token(i).lower()).append(' ');
        }
        return b.toString();
    }

    private static boolean head(Token t) {
        return Heads.of(t, Lang.EN) != null;
    }

    private boolean lowerOnly(Token t) {
        return t.isLatin() && !Scan.isFunctionWord(t) && cases.getOrDefault(t.lower(), (byte) 0) == LOWER;
    }
}
