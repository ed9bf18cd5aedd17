package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * «в рамках программ Horizon Europe и Erasmus+», «Erasmus+ бағдарламасы»: Latin names listed after the Russian word
 * for programmes, or right before the Kazakh one, are programmes, which the catalogue keeps as platforms, whichever
 * rule found them; not those whose programmes a title heads («руководитель программ Internews»).
 */
final class LatinProgrammes {

    /** How many tokens back, across the list, the word for programmes may stand. */
    private static final int REACH = 8;

    private LatinProgrammes() {
    }

    static List<Mention> retype(Scan scan, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type == ActorType.ORGANISATION && latin(scan, m) && programme(scan, m.from, m.to)) {
                Mention p = new Mention(ActorType.PLATFORM, m.name, m.from, m.to, m.priority);
                p.variants.addAll(m.variants);
                out.add(p);
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean latin(Scan scan, Mention m) {
        for (int k = m.from; k < m.to; k++) {
            if (scan.token(k).isWord() && !scan.token(k).isLatin()) {
                return false;
            }
        }
        return scan.doc.sentenceAt(m.from).lang() != Lang.EN;
    }

    private static boolean programme(Scan scan, int from, int to) {
        Document.Sentence s = scan.doc.sentenceAt(from);
        if (to < s.to() && scan.token(to).lower().startsWith("бағдарлама")) {
            return true;
        }
        int k = from - 1;
        while (k > s.from() && from - k < REACH && (scan.token(k).isLatin() || scan.token(k).is(",")
                || scan.token(k).lower().equals("и"))) {
            k--;
        }
        return k >= s.from() && scan.token(k).lower().startsWith("программ") && !LatinNames.titleBefore(scan, k + 1);
    }
}
