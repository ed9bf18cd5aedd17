package org.creativeatlas.logic.extract;

import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * English: two name words after "by", with no third capitalised word after them, are the person who made, founded or
 * said something ("a sculpture by Alicja Kwade", "was set up by Mark Weil, a …"), whatever their surname's shape:
 * the learned model misses foreign names there. A title, a head, a place or "The" after "by" is no such name.
 */
final class MadeBy {

    private MadeBy() {
    }

    static List<Mention> find(Scan scan) {
        return EnglishTokens.find(scan, (sc, s, i) -> sc.token(i).is("by") && someone(sc, i + 1, s.to())
                ? new Mention(ActorType.PERSON, Render.of(sc.doc, i + 1, i + 3), i + 1, i + 3, 2) : null);
    }

    private static boolean someone(Scan scan, int from, int end) {
        int to = from + 2;
        for (int k = from; k < to; k++) {
            Token t = scan.token(k);
            if (!t.isLatin() || !scan.nameLike(k) || scan.taken(k) || Morph.enPossessive(t.lower())) {
                return false;
            }
        }
        return to >= end || !scan.token(to).isCapitalised();
    }
}
