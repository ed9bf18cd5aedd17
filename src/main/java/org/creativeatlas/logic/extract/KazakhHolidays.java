package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * «Тәуелсіздік күніне орай», «Халықаралық әйелдер күні мерекесіне орай», «Наурыз мерекесі қарсаңында»: a day or
 * holiday of the calendar named as the occasion or the eve of what the text reports dates it; it is no event of its own.
 */
final class KazakhHolidays {
    /** «on the occasion of», «on the eve of», «in honour of». */
    private static final Set<String> OCCASIONS = Set.of("орай", "қарсаңында", "құрметіне");

    private KazakhHolidays() {
    }

    /** Tokens {@code from} to {@code to} end in, or stand right before, a day or holiday named as an occasion. */
    static boolean dates(Scan scan, int from, int to) {
        int k = to - 1;
        if (to < scan.doc.size() && day(scan.token(to))) {
            k = to;
        } else if (!day(scan.token(k))) {
            return false;
        }
        k++;
        if (k < scan.doc.size() && scan.token(k).lower().startsWith("мереке")) {
            k++; // «күні мерекесіне орай»
        }
        return k < scan.doc.size() && OCCASIONS.contains(scan.token(k).lower()) && k > from;
    }

    private static boolean day(Token t) {
        String w = t.lower();
        return t.isCyrillic() && (w.startsWith("күн") || w.startsWith("мереке"));
    }
}
