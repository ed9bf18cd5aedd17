package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * «Мәжіліс депутаты Мақсат Толықбай», «Жогорку Кенеш спикері Дастан Жумабеков»: a parliament's own name right before
 * a title is the body the title is of, also where it opens the sentence (a capitalised common noun there is none);
 * so before a title in the plural («Жогорку Кенеш депутаттары»).
 */
final class KazakhParliaments {

    private KazakhParliaments() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < scan.doc.size(); i++) {
            int end = Legislatures.end(scan.doc, i);
            Document.Sentence s = scan.doc.sentenceAt(i);
            // before a title the name stands bare; «Мәжілісінің депутаты» is a name in a case another rule reads
            if (end < 0 || end >= s.to() || s.lang() != Lang.KK || !Titles.is(scan.token(end)) && !Titles.kazakhPlural(scan.token(end))
                    || scan.anyTaken(i, end) || !Morph.kkCase(scan.token(end - 1).lower(), 3).isEmpty()) {
                continue;
            }
            Mention m = new Mention(ActorType.ORGANISATION, Render.of(scan.doc, i, end), i, end, 3);
            found.add(m);
            scan.take(m);
        }
        return found;
    }
}
