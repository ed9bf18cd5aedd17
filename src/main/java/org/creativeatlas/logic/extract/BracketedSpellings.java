package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.ActorType;

/**
 * «профессора Йоханна Герлаха (Johann W. Gerlach)»: a person's name in the Latin alphabet in brackets right after the
 * same person's in Cyrillic is how the name is spelt at home, one more spelling of the person, not someone else.
 */
final class BracketedSpellings {

    private BracketedSpellings() {
    }

    static List<Mention> fold(Scan scan, List<Mention> mentions) {
        Map<Integer, Mention> cyrillicByEnd = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type == ActorType.PERSON && scan.token(m.from).isCyrillic()) {
                cyrillicByEnd.putIfAbsent(m.to, m);
            }
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention cyrillic = bracketed(scan, m) ? cyrillicByEnd.get(m.from - 1) : null;
            if (cyrillic == null) {
                kept.add(m);
            } else {
                cyrillic.variants.add(m.name);
            }
        }
        return kept;
    }

    /** A person named in Latin letters alone in brackets. */
    private static boolean bracketed(Scan scan, Mention m) {
        return m.type == ActorType.PERSON && scan.token(m.from).isLatin() && m.from >= 2
                && scan.token(m.from - 1).is("(") && m.to < scan.doc.size() && scan.token(m.to).is(")");
    }
}
