package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * «депутаты Жогорку Кенеша», «Председатель Маджлиси намояндагон Маджлиси Оли Республики Таджикистан»: a parliament's
 * own name that no head noun claimed stands for the body in a Russian sentence, with the house a chamber belongs to
 * named after it; it is no person's name, though its words are capitalised as one's. English sentences too.
 */
final class RussianParliaments {

    private RussianParliaments() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < scan.doc.size(); i++) {
            int end = Legislatures.end(scan.doc, i);
            Document.Sentence s = scan.doc.sentenceAt(i);
            if (end < 0 || end > s.to() || s.lang() != Lang.RU && !(s.lang() == Lang.EN && alone(scan, i, end))
                    || scan.anyTaken(i, end)) {
                continue;
            }
            int first = end;
            // a chamber, then the house it belongs to: «Маджлиси намояндагон Маджлиси Оли»
            int next = end < s.to() ? Legislatures.end(scan.doc, end) : -1;
            while (next > end && next <= s.to() && !scan.anyTaken(end, next)) {
                end = next;
                next = end < s.to() ? Legislatures.end(scan.doc, end) : -1;
            }
            // one name alone is put back in the nominative, its words cut to their stems («Жогорку Кенеша»)
            String name = end == first ? Legislatures.nominative(scan.doc, i) : Render.of(scan.doc, i, end);
            Mention m = new Mention(ActorType.ORGANISATION, name, i, end, 3);
            found.add(m);
            scan.take(m);
            i = end - 1;
        }
        return found;
    }

    /**
     * "Elections to the Oliy Majlis (Parliament)": in English the same, where the name is not part of a longer one
     * ("Mejlis of Turkmenistan", "Senate of the Oliy Majlis"), which the English rules read whole.
     */
    private static boolean alone(Scan scan, int from, int to) {
        boolean ofAfter = to < scan.doc.size() && scan.token(to).is("of");
        int k = from > 0 && scan.token(from - 1).is("the") ? from - 1 : from;
        boolean ofBefore = k >= 2 && scan.token(k - 1).is("of") && scan.token(k - 2).isCapitalised();
        return !ofAfter && !ofBefore;
    }
}
