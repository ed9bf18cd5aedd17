package org.creativeatlas.logic.extract;

import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * «в музее города Каракол», «в здании планетария города Худжанда»: a town's one museum, theatre or planetarium,
 * named by its town though in lower case, is a body of its own, as a town's mayoralty is.
 */
final class TownHouses {

    /** Stems of the houses a town keeps one of. */
    private static final List<String> HOUSES = List.of("музе", "театр", "планетари", "библиотек", "филармони", "цирк",
            "зоопарк", "галере");

    private TownHouses() {
    }

    /** Whether the head at h, one of a town's houses in the singular, has a tail of just «города X» or «г. X». */
    static boolean named(Scan scan, int h, int to, Head head) {
        String noun = scan.token(h).lower();
        if (head.type() != ActorType.ORGANISATION || head.plural() || HOUSES.stream().noneMatch(noun::startsWith)) {
            return false;
        }
        int k = h + 1;
        if (k < to && scan.token(k).lower().equals("г") && k + 1 < to && scan.token(k + 1).is(".")) {
            k += 2;
        } else if (k < to && scan.token(k).lower().equals("города")) {
            k++;
        } else {
            return false;
        }
        Place p = scan.place(k);
        return p != null && p.city() != null && p.from() == k && p.to() == to;
    }
}
