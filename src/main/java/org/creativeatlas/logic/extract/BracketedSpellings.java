package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * «профессора Йоханна Герлаха (Johann W. Gerlach)»: a person's name in the Latin alphabet in brackets right after the
 * same person's in Cyrillic is how the name is spelt at home, one more spelling of the person, not someone else.
 */
final class BracketedSpellings {

    private BracketedSpellings() {
    }

    static List<Mention> fold(Scan scan, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>(mentions);
        for (Mention latin : mentions) {
            if (latin.type != ActorType.PERSON || !scan.token(latin.from).isLatin() || latin.from < 2
                    || !scan.token(latin.from - 1).is("(") || latin.to >= scan.doc.size() || !scan.token(latin.to).is(")")) {
                continue;
            }
            for (Mention cyrillic : mentions) {
                if (cyrillic.type == ActorType.PERSON && cyrillic.to == latin.from - 1
                        && scan.token(cyrillic.from).isCyrillic()) {
                    cyrillic.variants.add(latin.name);
                    kept.remove(latin);
                }
            }
        }
        return kept;
    }
}
