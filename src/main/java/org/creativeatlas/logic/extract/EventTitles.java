package org.creativeatlas.logic.extract;

import org.creativeatlas.model.ActorType;

/** Which of two Russian event heads before a quoted title the title names. */
final class EventTitles {

    private EventTitles() {
    }

    /**
     * «конференции фестиваля «Звуки дутара»»: a title after two events' heads is the nearer one's, the festival's; the
     * conference is only part of it.
     */
    static boolean ofNextHead(Scan scan, int h, Head head) {
        if (head.type() != ActorType.EVENT || h + 3 >= scan.doc.size() || scan.token(h + 1).isCapitalised()) {
            return false;
        }
        Head next = Heads.of(scan.token(h + 1), Lang.RU);
        Quotes.Quote q = scan.doc.quotes.around(h + 3);
        return next != null && next.type() == ActorType.EVENT && q != null && q.open() == h + 2;
    }
}
