package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * «ОмГУ им. Ф. М. Достоевского», "Kyrgyz National Museum of Fine Arts named after Gapar Aitiev": whom a body or an
 * event is named after, inside its name, is no actor of the text but part of that name.
 */
final class Eponyms {

    /** The words that put whom a name honours after them. */
    private static final Set<String> NAMED = Set.of("им", "имени", "after");

    private Eponyms() {
    }

    /** The mentions less the people named inside a body's or an event's name after its word for "named after". */
    static List<Mention> drop(Scan scan, List<Mention> mentions) {
        List<Mention> names = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type != ActorType.PERSON && m.to - m.from > 2) {
                names.add(m);
            }
        }
        if (names.isEmpty()) {
            return mentions;
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type != ActorType.PERSON || names.stream().noneMatch(o -> honoured(scan, o, m))) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean honoured(Scan scan, Mention name, Mention person) {
        if (person.from <= name.from || person.to > name.to) {
            return false;
        }
        for (int k = name.from; k < person.from; k++) {
            if (NAMED.contains(scan.token(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
