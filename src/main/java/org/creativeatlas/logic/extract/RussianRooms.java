package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;

/**
 * «в зале Национального музея», «в Большом зале Национальной библиотеки»: a hall named by its body is a room of that
 * body, which is the actor; «Рахманиновский зал» has a name of its own.
 */
final class RussianRooms {

    private static final Set<String> ROOMS = Set.of("зал");
    /** Stems of the adjectives that say which of a body's halls, no name of one. */
    private static final List<String> PLAIN = List.of("больш", "мал", "выставочн", "актов", "концертн", "бел",
            "красн", "мраморн", "зеркальн", "главн", "конференц");

    private RussianRooms() {
    }

    static boolean room(String noun) {
        return ROOMS.contains(noun);
    }

    /** Whether the words from {@code left} up to the head at {@code h} only say which of the body's halls it is. */
    static boolean plain(Scan scan, int left, int h) {
        for (int k = left; k < h; k++) {
            if (PLAIN.stream().noneMatch(scan.token(k).lower()::startsWith)) {
                return false;
            }
        }
        return true;
    }
}
