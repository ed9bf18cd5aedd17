package org.creativeatlas.logic.extract;

import java.util.List;

/**
 * «Ресми сапары», «жұмыс сапары», «мемлекеттік сапар»: a statesman's visit is news, not an event of the sector's
 * catalogue (the annotations keep such visits optional at most), and the name before it is the visitor's. A Kazakh
 * text in Latin or Arabic letters is read through Cyrillic, so its Cyrillic words serve it too.
 */
final class StateVisits {

    /** Stems of the words that make a trip a state's: official (also as the informal Latin «resmy» reads), working, state. */
    private static final List<String> OF_STATE = List.of("ресми", "ресмы", "жұмыс", "мемлекеттік");

    private StateVisits() {
    }

    /** Whether token {@code i} is a visit word («сапар…») a state's word stands right before, no earlier than {@code from}. */
    static boolean at(Scan scan, int i, int from) {
        String before = i - 1 >= from ? scan.token(i - 1).lower() : "";
        return scan.token(i).lower().startsWith("сапар") && OF_STATE.stream().anyMatch(before::startsWith);
    }
}
