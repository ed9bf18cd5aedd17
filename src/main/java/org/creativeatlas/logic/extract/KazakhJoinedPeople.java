package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * «Сейітжан Нұрсая мен Жұбанышбаева Айсезім», «Қасым-Жомарт Тоқаев пен Эмомали Рахмон»: two capitalised words that
 * «мен», «және» join to a person's name in a Kazakh sentence name a person too, though neither ends like a surname.
 */
final class KazakhJoinedPeople {

    private static final Set<String> KK_JOINS = Set.of("мен", "бен", "пен", "және");

    private KazakhJoinedPeople() {
    }

    /** Where each such pair of words before and after the person starts. */
    static List<Integer> around(Scan scan, Mention m) {
        List<Integer> pairs = new ArrayList<>(2);
        if (scan.doc.sentenceAt(m.from).lang() != Lang.KK) {
            return pairs;
        }
        int and = m.from - 1;
        if (and >= 2 && KK_JOINS.contains(scan.token(and).lower())
                && scan.doc.sentenceAt(and - 2) == scan.doc.sentenceAt(m.from)
                && pairAt(scan, and - 2) && (and - 3 < 0 || !scan.nameLike(and - 3))) {
            pairs.add(and - 2);
        }
        and = m.to;
        if (and + 2 < scan.doc.size() && KK_JOINS.contains(scan.token(and).lower())
                && scan.doc.sentenceAt(and + 2) == scan.doc.sentenceAt(m.from)
                && pairAt(scan, and + 1) && (and + 3 >= scan.doc.size() || !scan.nameLike(and + 3))) {
            pairs.add(and + 1);
        }
        return pairs;
    }

    /** Two capitalised Cyrillic name words at {@code from} that nothing has taken. */
    private static boolean pairAt(Scan scan, int from) {
        return scan.nameLike(from) && scan.nameLike(from + 1) && !scan.anyTaken(from, from + 2)
                && scan.token(from).isCyrillic() && scan.token(from + 1).isCyrillic();
    }
}
