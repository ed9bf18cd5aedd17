package org.creativeatlas.logic.extract;

import java.util.Map;
import org.creativeatlas.model.ActorType;

/** Names written in Latin letters inside a Kazakh sentence, with or without a Kazakh head after them. */
final class KazakhLatinNames {

    private KazakhLatinNames() {
    }

    /**
     * «алғашқы Saryarka short film festival қысқаметражды …»: English words in a Kazakh sentence that end in an English
     * head and open with a capital are a name as a whole, though English would write its inner words with capitals.
     */
    static Mention run(Scan scan, int h, Head head) {
        Document.Sentence s = scan.doc.sentenceAt(h);
        int from = h;
        while (from - 1 >= Math.max(s.from(), h - KazakhNames.WINDOW) && scan.token(from - 1).isLatin()
                && !scan.taken(from - 1)) {
            from--;
        }
        boolean opens = from < h && scan.token(from).isCapitalised() && from > KazakhNames.firstWord(scan, s);
        return opens ? new Mention(head.type(), Render.of(scan.doc, from, h + 1), from, h + 1, 3) : null;
    }

    /** A Latin run followed only by lower-case Kazakh words and the head: the run (with a year) is the name. */
    static Mention beforeDescriptor(Scan scan, int left, int h, Head head) {
        int end = h;
        while (end > left && !scan.token(end - 1).isLatin() && !scan.token(end - 1).isCapitalised()
                && !scan.token(end - 1).isYear()) {
            end--;
        }
        int runEnd = end;
        if (runEnd > left && scan.token(runEnd - 1).isYear()) {
            runEnd--;
        }
        int from = runEnd;
        // «XVI Саммиті», «… тарихшыларының I форумы»: a Roman numeral numbers the event, it is no Latin name
        while (from > left && scan.token(from - 1).isLatin() && !scan.token(from - 1).isRomanNumeral()
                && !KazakhInnerWords.numberedAfterOwner(scan, from - 1)) {
            from--;
        }
        boolean latinHead = scan.token(h).isLatin() && from == h;
        boolean quoted = from < runEnd && scan.doc.quotes.around(from) != null;
        if (from == runEnd || latinHead || quoted || from > left && scan.token(from - 1).isCapitalised()) {
            return null;
        }
        // an event keeps its Kazakh words and head («Go Viral фестивалі»), and so does a body whose Latin name is an
        // abbreviation, which says little alone («MNU университеті»); another body is called by its Latin name
        boolean abbreviation = runEnd - from == 1 && scan.token(from).isAbbreviation() && describedOnly(scan, end, h);
        String name = head.type() == ActorType.EVENT || abbreviation
                ? Render.of(scan.doc, from, h + 1, Map.of(h, KazakhNames.nominative(scan.token(h), head)))
                : Render.of(scan.doc, from, end);
        Mention m = new Mention(head.type(), name, from, h + 1, 3);
        if (head.type() == ActorType.EVENT && runEnd - from == 1 && LatinNames.isWebName(scan.token(from))) {
            // «Mecenat.kz әдеби сыйлығы»: the site that gives the prize is an actor too
            m.attached = new Mention(ActorType.PLATFORM, scan.token(from).text(), from, from + 1, 2);
        }
        return m;
    }

    /** Whether the words between a Latin name and its head only describe it: none names another body in the genitive. */
    private static boolean describedOnly(Scan scan, int from, int h) {
        for (int k = from; k < h; k++) {
            if (KazakhNames.GENITIVE.contains(Morph.kkCase(scan.token(k).lower(), 3))) {
                return false;
            }
        }
        return true;
    }
}
