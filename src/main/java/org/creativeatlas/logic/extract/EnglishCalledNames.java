package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "an exhibition dedicated to Novruz Bayram called Gelse Nowruz äleme", "a scientific-practical conference titled
 * “Ashgabat – Center of Peace and Trust”": the name an event's lower-case head is given right after it, or past what
 * it is about, after "called", "titled" or "entitled"; or a sentence opening with its quoted title when the one before
 * names the event by its kind ("An exhibition … was inaugurated … Titled “India - Uzbekistan: Dialogue of Cultures”, it
 * was inaugurated by …").
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

    /** The quoted titles opening a sentence after "Titled", of an event the sentence before names by its kind. */
    static List<Mention> opening(Scan scan) {
        List<Mention> found = new ArrayList<>();
        List<Document.Sentence> sentences = scan.doc.sentences;
        for (int n = 1; n < sentences.size(); n++) {
            Document.Sentence s = sentences.get(n);
            if (s.lang() == Lang.EN && s.to() - s.from() > 3 && CALLED.contains(scan.token(s.from()).lower())
                    && eventKind(scan, sentences.get(n - 1))) {
                Mention m = name(scan, s.from() + 1, s);
                if (m != null && m.priority == 3 && !scan.anyTaken(m.from, m.to)) {
                    found.add(m);
                    scan.take(m);
                }
            }
        }
        return found;
    }

    private static boolean eventKind(Scan scan, Document.Sentence s) {
        for (int i = s.from(); i < s.to(); i++) {
            Head h = scan.token(i).isCapitalised() ? null : Heads.of(scan.token(i), Lang.EN);
            if (h != null && h.type() == ActorType.EVENT) {
                return true;
            }
        }
        return false;
    }

    /** Words that only say what kind an event is ("an Online International Scientific Conference"). */
    private static final Set<String> GENERIC = Set.of("online", "international", "scientific", "scientific-practical",
            "practical", "annual", "regional", "republican", "academic", "joint", "virtual", "interuniversity");

    /**
     * Whether an event's capitalised name from..to (head at h) only says its kind and is given its title after it ("an
     * Online International Scientific Conference entitled “Neutral Turkmenistan UNESCO: …”"): the title names it.
     */
    static boolean kindBeforeTitle(Scan scan, int from, int h, int to) {
        if (!kindOnly(scan, from, h)) {
            return false;
        }
        Quotes.Quote q = to + 1 < scan.doc.size() ? scan.doc.quotes.around(to + 1) : null;
        return to == h + 1 && CALLED.contains(scan.token(to).lower()) && q != null && q.open() == to + 1;
    }

    /**
     * "prior to the opening of the Scientific Conference", "hosted the International Conference’s opening ceremony":
     * after "the", words that only say an event's kind refer back to one named before.
     */
    static boolean kindAfterThe(Scan scan, int from, int h, int to) {
        return from > 0 && from < h && to == h + 1 && scan.token(from - 1).lower().equals("the")
                && kindOnly(scan, from, h) && !(to < scan.doc.size() && scan.doc.quotes.closingOf(to) > 0);
    }

    private static boolean kindOnly(Scan scan, int from, int h) {
        for (int i = from; i < h; i++) {
            if (!GENERIC.contains(scan.token(i).lower())) {
                return false;
            }
        }
        return true;
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
