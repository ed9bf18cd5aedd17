package org.creativeatlas.logic.extract;

import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "an exhibition dedicated to Novruz Bayram called Gelse Nowruz äleme", "a scientific-practical conference titled
 * “Ashgabat – Center of Peace and Trust”": the name an event's lower-case head is given right after it, or past what
 * it is about, after "called", "titled" or "entitled".
 */
final class EnglishCalledNames {
    private static final Set<String> CALLED = Set.of("called", "titled", "entitled");
    /** Words opening what an event is about, between its head and "called". */
    private static final Set<String> DESCRIBED = Set.of("dedicated", "devoted", "on", "of", "about");
    /** Words between the head and "called", at most. */
    private static final int GAP = 6;
    /** Words of a name without quotes, at most. */
    private static final int WORDS = 6;

    private EnglishCalledNames() {
    }

    static Mention after(Scan scan, int h, Document.Sentence s) {
        int k = h + 1;
        if (k < s.to() && DESCRIBED.contains(scan.token(k).lower())) {
            // past what the event is about: "dedicated to Novruz Bayram", not past another noun ("a documentary")
            for (k++; k < Math.min(s.to() - 1, h + GAP + 2) && !CALLED.contains(scan.token(k).lower()); k++) {
                if (!scan.token(k).isWord() || scan.taken(k)) {
                    return null;
                }
            }
        }
        return k < s.to() - 1 && CALLED.contains(scan.token(k).lower()) ? name(scan, k + 1, s) : null;
    }

    private static Mention name(Scan scan, int at, Document.Sentence s) {
        Quotes.Quote q = scan.doc.quotes.around(at);
        if (q != null && q.open() == at && q.close() - q.open() > 1) {
            // "a conference titled “Ashgabat – Center of Peace and Trust”": the title, though a body's head is in it
            return new Mention(ActorType.EVENT, Render.of(scan.doc, q.open() + 1, QuotedNames.innerEnd(scan.doc, q)), at,
                    q.close() + 1, 3);
        }
        if (!scan.token(at).isCapitalised() || !scan.token(at).isLatin() || scan.place(at) != null) {
            return null;
        }
        int to = at;
        while (to < s.to() && to - at < WORDS && scan.token(to).isWord() && !scan.taken(to)
                && !Scan.isStopword(scan.token(to))) {
            to++;
        }
        boolean closed = to == s.to() || !scan.token(to).isWord();
        return closed && to > at ? new Mention(ActorType.EVENT, Render.of(scan.doc, at, to), at, to, 2) : null;
    }
}
