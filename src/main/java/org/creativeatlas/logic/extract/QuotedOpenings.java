package org.creativeatlas.logic.extract;

import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * «"Қазақстан корейлер қауымдастығы" Қызылорда облыстық қоғамдық бірлестігі»: a quoted name that opens a longer
 * body's name, the body's region and form after it, is that body, not another one nested in it.
 */
final class QuotedOpenings {

    private QuotedOpenings() {
    }

    /** The mentions less the bodies named by exactly the quotes another body's name opens with. */
    static List<Mention> drop(Scan scan, List<Mention> mentions) {
        return mentions.stream().filter(m -> !opening(scan, m, mentions)).toList();
    }

    private static boolean opening(Scan scan, Mention m, List<Mention> mentions) {
        if (m.type != ActorType.ORGANISATION) {
            return false;
        }
        // the quotes just around the name, or the name with its quotes
        Quotes.Quote around = scan.doc.quotes.around(m.from);
        Quotes.Quote in = m.from + 1 < m.to ? scan.doc.quotes.around(m.from + 1) : null;
        Quotes.Quote q = around != null && around.open() == m.from - 1 && around.close() == m.to ? around
                : in != null && in.open() == m.from && in.close() == m.to - 1 ? in : null;
        // «"… Халықаралық Одағының" Шымкент қаласы филиалы»: a name in the genitive owns the body after it
        if (q == null || Morph.kkGenitive(scan.token(q.close() - 1).lower())) {
            return false;
        }
        for (Mention body : mentions) {
            if (body != m && body.type == ActorType.ORGANISATION && body.from == q.open() && body.to > q.close() + 1) {
                return true;
            }
        }
        return false;
    }
}
