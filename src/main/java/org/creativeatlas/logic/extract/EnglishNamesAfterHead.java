package org.creativeatlas.logic.extract;

import org.creativeatlas.model.ActorType;

/**
 * English names after a lower-case head noun: "the craft studio Hunarmand", "exhibition “E’zoz”", "Astana’s creative
 * hub, ÓzgeEpic, on …" ({@link EnglishNames} reads the rest).
 */
final class EnglishNamesAfterHead {

    private EnglishNamesAfterHead() {
    }

    /**
     * "competition of national theaters “Scene without borders”": what an event is of, in a few lower-case words,
     * may stand between its head and its title; the token after them, else {@code at}.
     */
    private static int afterOfPhrase(Scan scan, int at, int end) {
        if (at >= end || !scan.token(at).lower().equals("of")) {
            return at;
        }
        int k = at + 1;
        while (k < end && k - at <= 3 && scan.token(k).isLatin() && scan.token(k).isWord()
                && !scan.token(k).isCapitalised() && !Scan.isStopword(scan.token(k))) {
            k++;
        }
        // "the exhibition of creative team «New Wave»": a title after a body's kind word is that body's name
        Head last = k > at + 1 ? Heads.of(scan.token(k - 1), Lang.EN) : null;
        boolean body = last != null && last.type() == ActorType.ORGANISATION || QuotedCollectives.is(scan.token(k - 1));
        return k > at + 1 && !body ? k : at;
    }

    /** "the craft studio Hunarmand", "the online platform Coursera": the capitalised words after a common noun. */
    static Mention named(Scan scan, int h, Head head, Document.Sentence s) {
        if (Morph.enPossessive(scan.token(h).lower())) {
            return null; // "The opera house's General Director": what follows a head in the possessive is its, not it
        }
        int at = afterOfPhrase(scan, h + 1, s.to());
        // "the prestigious international conference –“The role of …”": a dash may stand before the title
        at = at + 1 < s.to() && scan.token(at).isDash() ? at + 1 : at;
        Quotes.Quote title = head.type() == ActorType.EVENT ? EnglishEventTitles.titleAt(scan, at) : null;
        if (title != null) {
            String name = Render.capitalised(scan.token(h).text()) + " "
                    + Render.of(scan.doc, title.open(), title.close() + 1);
            return new Mention(head.type(), name, h, title.close() + 1, 3);
        }
        Mention called = head.type() == ActorType.EVENT ? EnglishCalledNames.after(scan, h, s) : null;
        if (called != null) {
            return called;
        }
        Mention apposed = apposition(scan, h, head, s);
        if (apposed != null || quotedBefore(scan, h, s)) {
            return apposed;
        }
        int to = h + 1;
        if (to + 1 < s.to() && EnglishNames.left(scan, to) && EnglishNames.left(scan, to + 1)
                && Heads.of(scan.token(to), Lang.EN) != null
                && scan.place(to + 1) == null) {
            to++; // "the French architectural firm Studio KO": a name may begin with a head word of its own
        }
        while (to < s.to() && to - h <= 4 && EnglishNames.left(scan, to) && scan.place(to) == null
                && Heads.of(scan.token(to), Lang.EN) == null) {
            to++;
        }
        if (to > h + 1 && to < s.to() && EnglishNames.left(scan, to) && Heads.of(scan.token(to), Lang.EN) != null) {
            to++; // "the design studio Ornament Lab": a name may end in a head word of its own
        }
        to = to - h > 3 && EnglishPersonRuns.personEnds(scan, h + 1, to) ? to - 2 : to;
        // "the founder of the Assouline Publishing house Prosper Assouline": a head its capitalised words name before it
        // is followed by the founder's name, not its own
        boolean namedBefore = h - 1 > s.from() && scan.token(h - 1).isLatin() && scan.token(h - 1).isCapitalised()
                && !scan.taken(h - 1) && scan.place(h - 1) == null && to - h - 1 >= 2 && to - h - 1 <= 3
                && EnglishPersonRuns.personLike(scan, h + 1, to);
        if (to == h + 1 || EnglishPersonRuns.someone(scan, h + 1, to) || namedBefore) {
            return null;
        }
        // "ethno-folk group Hassak", "folklore and ethnographic ensemble Turan": a troupe keeps the words for its kind
        int from = EnglishTroupes.is(scan, h) ? EnglishTroupes.kindFrom(scan, h, s) : h + 1;
        String name = from <= h ? Render.capitalised(Render.of(scan.doc, from, to)) : Render.of(scan.doc, from, to);
        return new Mention(head.type(), name, from, to, 2);
    }

    /**
     * "director of the «Russia Today» TV channel Yelena Norkunayte": a head whose quoted name comes before it, maybe
     * with a word of its kind between, has its name; the capitalised words after it are someone else's.
     */
    private static boolean quotedBefore(Scan scan, int h, Document.Sentence s) {
        int k = h - 1;
        while (k > s.from() && k >= h - 2 && scan.token(k).isWord() && scan.doc.quotes.around(k) == null) {
            k--;
        }
        Quotes.Quote q = k >= s.from() ? scan.doc.quotes.around(k) : null;
        return q != null && q.close() == k;
    }

    /**
     * "Astana’s creative hub, ÓzgeEpic, on …": a name of up to three capitalised words between commas right after a
     * common noun is that noun's name, unless it is a person's.
     */
    private static Mention apposition(Scan scan, int h, Head head, Document.Sentence s) {
        int from = h + 2;
        if (from >= s.to() || !scan.token(h + 1).is(",")) {
            return null;
        }
        int to = from;
        while (to < s.to() && to - from < 3 && EnglishNames.left(scan, to) && scan.place(to) == null
                && Heads.of(scan.token(to), Lang.EN) == null) {
            to++;
        }
        boolean closed = to > from && to < s.to() && scan.token(to).is(",");
        return closed && !EnglishPersonRuns.personLike(scan, from, to)
                ? new Mention(head.type(), Render.of(scan.doc, from, to), from, to, 2) : null;
    }
}
