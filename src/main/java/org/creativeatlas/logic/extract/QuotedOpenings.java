package org.creativeatlas.logic.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // where each body's name that starts at a token ends, at the furthest: looked up once per quoted name
        Map<Integer, Integer> ends = new HashMap<>();
        for (Mention body : mentions) {
            if (body.type == ActorType.ORGANISATION) {
                ends.merge(body.from, body.to, Math::max);
            }
        }
        return mentions.stream().filter(m -> !opening(scan, m, ends)).toList();
    }

    private static boolean opening(Scan scan, Mention m, Map<Integer, Integer> ends) {
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
        return ends.getOrDefault(q.open(), -1) > q.close() + 1;
    }
}
