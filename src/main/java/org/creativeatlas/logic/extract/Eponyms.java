package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * «ОмГУ им. Ф. М. Достоевского», "Kyrgyz National Museum of Fine Arts named after Gapar Aitiev": whom a body or an
 * event is named after, inside its name, is no actor of the text but part of that name.
 */
final class Eponyms {

    /** The words that put whom a name honours after them. */
    private static final Set<String> NAMED = Set.of("им", "имени", "after");

    private Eponyms() {
    }

    /** «ЧГПУ им. И.Я. Яковлева»: whether the initial at i, or one before it, follows «им.», «имени» or "after". */
    static boolean honoured(Scan scan, int i) {
        int k = i - 1;
        while (k >= 1 && scan.token(k).is(".") && scan.token(k - 1).isInitial()) {
            k -= 2; // the first initial's word comes before all of them
        }
        k = k >= 0 && scan.token(k).is(".") ? k - 1 : k;
        return k >= 0 && (NAMED.contains(scan.token(k).lower()) || scan.token(k).lower().equals("named"));
    }

    /** The mentions less the people named inside a body's or an event's name after its word for "named after". */
    static List<Mention> drop(Scan scan, List<Mention> mentions) {
        // each token after such a word inside a name is marked, so each person is looked up once
        boolean[] honouring = null;
        for (Mention m : mentions) {
            if (m.type == ActorType.PERSON || m.to - m.from <= 2) {
                continue;
            }
            for (int k = m.from; k < m.to; k++) {
                if (NAMED.contains(scan.token(k).lower())) {
                    honouring = honouring == null ? new boolean[scan.doc.size()] : honouring;
                    java.util.Arrays.fill(honouring, k + 1, m.to, true);
                    break;
                }
            }
        }
        if (honouring == null) {
            return mentions;
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type != ActorType.PERSON || !honouring[m.from] || !honouring[m.to - 1]) {
                kept.add(m);
            }
        }
        return kept;
    }
}
