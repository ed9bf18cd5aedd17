package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * "has been rated as a “Global Advanced Confucius Institute”", "awarded the title of “Excellent Test Center”": a
 * quoted honour given to a body is what it was called, not another actor.
 */
final class Honours {

    private static final Set<String> GIVEN = Set.of("rated", "recognized", "recognised", "declared", "acknowledged");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private Honours() {
    }

    /** The mentions but for bodies and events whose names are quoted honours, whichever rule found them. */
    static List<Mention> drop(Scan scan, List<Mention> mentions) {
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Quotes.Quote q = scan.doc.quotes.around(m.from);
            boolean whole = q != null && m.type != ActorType.PERSON && q.open() <= m.from && m.to <= q.close() + 1
                    && m.from <= q.open() + 1 && m.to >= q.close();
            if (!(whole && given(scan.doc, q))) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean given(Document doc, Quotes.Quote q) {
        int k = q.open() - 1;
        k = k >= 0 && ARTICLES.contains(doc.token(k).lower()) ? k - 1 : k;
        if (k >= 1 && doc.token(k).lower().equals("as")) {
            return GIVEN.contains(doc.token(k - 1).lower());
        }
        // "the title of “…”", "the title “…”"
        k = k >= 0 && doc.token(k).lower().equals("of") ? k - 1 : k;
        return k >= 1 && doc.token(k).lower().equals("title") && doc.token(k - 1).lower().equals("the");
    }
}
