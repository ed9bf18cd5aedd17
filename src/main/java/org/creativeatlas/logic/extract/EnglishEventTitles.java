package org.creativeatlas.logic.extract;

import org.creativeatlas.model.ActorType;

/** How far an English event's name runs around its head: a quoted title, "of the" inside it, an edition's name. */
final class EnglishEventTitles {

    /** The most words a quoted name before a capitalised head may have: a body's, an event's title. */
    static final int QUOTED_WORDS = 2;
    private static final int QUOTED_TITLE_WORDS = 5;

    private EnglishEventTitles() {
    }

    /** "the fourth annual “Roof of the World” Festival": an event's title runs longer than a body's name. */
    static int quotedWords(Head head) {
        return head.type() == ActorType.EVENT ? QUOTED_TITLE_WORDS : QUOTED_WORDS;
    }

    /**
     * "Roof of the World Festival 2011": an event's title may hold "of the" between capitalised words before its head;
     * where the name then opens, or {@code from} if it holds none.
     */
    static int titleOfThe(Scan scan, int from, int sentenceStart) {
        int word = from - 3;
        boolean ofThe = word >= sentenceStart && scan.token(from - 1).lower().equals("the")
                && scan.token(from - 2).is("of") && EnglishNames.left(scan, word) && scan.place(word) == null
                && Heads.of(scan.token(word), Lang.EN) == null && !scan.anyTaken(word, from);
        return ofThe ? word : from;
    }

    /**
     * The quoted title an event's head comes right before: "Music Festival “Sharq Taronalari”", "exhibition “E’zoz”";
     * the head and the title name one event, as «кинофестиваль «Умут»» does.
     */
    static Quotes.Quote titleAt(Scan scan, int at) {
        Quotes.Quote q = at < scan.doc.size() ? scan.doc.quotes.around(at) : null;
        return q != null && q.open() == at && q.close() - q.open() > 1 && !scan.anyTaken(q.open(), q.close() + 1)
                ? q : null;
    }

    /**
     * "The Eighth Tajikistan International Film Festival, Didor 2018, is taking place …": an edition's own name and
     * year between commas right after an event's name are part of it.
     */
    static boolean editionNamed(Scan scan, int to, int end) {
        return to + 3 < end && scan.token(to).is(",") && EnglishNames.left(scan, to + 1) && scan.place(to + 1) == null
                && Heads.of(scan.token(to + 1), Lang.EN) == null && scan.token(to + 2).isYear()
                && scan.token(to + 3).is(",");
    }
}
