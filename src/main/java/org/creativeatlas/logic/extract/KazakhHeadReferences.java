package org.creativeatlas.logic.extract;

import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * «Елшіліктің бірінші хатшысы Юя Киносита»: a Kazakh role that opens with a body's head alone, capitalised and
 * declined, speaks of a body the text has named in full before; the nearest such body whose name ends in that head.
 */
final class KazakhHeadReferences {

    private KazakhHeadReferences() {
    }

    /** The name of the body a role starting at token {@code from} refers back to, or null. */
    static String body(Scan scan, int from, List<Mention> mentions) {
        Token t = from >= 0 && from < scan.doc.size() ? scan.token(from) : null;
        if (t == null || !t.isCyrillic() || !t.isCapitalised() || scan.taken(from)
                || scan.doc.sentenceAt(from).lang() != Lang.KK) {
            return null;
        }
        Head head = Heads.of(t, Lang.KK);
        String possessive = head != null && head.bare() && head.type() == ActorType.ORGANISATION
                ? Heads.kkPossessive(head.nominative()) : null;
        if (possessive == null || head.uninflected(t)) {
            return null; // a head in no case («Елшілік») is no reference back
        }
        String found = null;
        for (Mention m : mentions) {
            if (m.from >= from) {
                break;
            }
            Head last = m.type == ActorType.ORGANISATION ? Heads.of(scan.token(m.to - 1), Lang.KK) : null;
            if (last != null && last.nominative().equalsIgnoreCase(possessive)) {
                found = m.name;
            }
        }
        return found;
    }
}
