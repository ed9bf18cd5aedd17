package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * «Ресми сапары», «жұмыс сапары», «государственный визит», "official visit": a statesman's visit is news, not an
 * event of the sector's catalogue (the annotations keep such visits optional at most), so it is no candidate.
 */
final class StateVisits {

    private static final List<String> VISITS = List.of("сапар", "sapar", "визит", "visit");
    /** Stems of the words that make a trip a state's: official, working, state. */
    private static final List<String> OF_STATE = List.of("ресми", "ресмы", "resmi", "resmy", "жұмыс", "jumys", "jūmys",
            "мемлекеттік", "memlekettik", "официальн", "рабоч", "государственн", "official", "working", "state");
    private static final Set<String> SKIP = Set.of("the", "a", "an");

    private StateVisits() {
    }

    /** The mentions without the state visits among their events. */
    static List<Mention> drop(Scan scan, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.type != ActorType.EVENT || !stateVisit(scan, m)).toList();
    }

    private static boolean stateVisit(Scan scan, Mention m) {
        for (int i = m.from; i < m.to; i++) {
            if (at(scan, i, m.from)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is a visit word a state's word stands before, no earlier than token {@code from}. */
    static boolean at(Scan scan, int i, int from) {
        String word = scan.token(i).lower();
        if (VISITS.stream().noneMatch(word::startsWith)) {
            return false;
        }
        int k = i - 1;
        while (k >= from && SKIP.contains(scan.token(k).lower())) {
            k--;
        }
        String before = k >= from ? scan.token(k).lower() : "";
        return OF_STATE.stream().anyMatch(before::startsWith);
    }
}
