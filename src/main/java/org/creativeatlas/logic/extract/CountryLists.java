package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "students from Australia, Mongolia, Germany and other countries", «артистов из России, Венгрии, Узбекистана и
 * Азербайджана»: places of three or more countries named in a row after "from" say where guests come from, not
 * where the text happens, so they weigh little in the document's country and place no event.
 */
final class CountryLists {

    private static final int SHORTEST = 3;
    private static final Set<String> FROM = Set.of("from", "из");
    private static final Set<String> JOINS = Set.of(",", "and", "&", "the", "и", "және", "мен", "бен", "пен");

    private CountryLists() {
    }

    /** The places that stand in such a list. */
    static Set<Place> members(Scan scan) {
        List<Place> named = new ArrayList<>();
        for (Place p : scan.places) {
            if (p.country() != null) {
                named.add(p);
            }
        }
        named.sort(Comparator.comparingInt(Place::from));
        Set<Place> members = new HashSet<>();
        int start = 0;
        for (int i = 1; i <= named.size(); i++) {
            if (i == named.size() || !joined(scan, named.get(i - 1), named.get(i))) {
                if (i - start >= SHORTEST && countries(named.subList(start, i)) >= SHORTEST
                        && origins(scan, named.get(start).from())) {
                    members.addAll(named.subList(start, i));
                }
                start = i;
            }
        }
        return members;
    }

    /** "from …", «из …»: the list says where people or works come from. */
    private static boolean origins(Scan scan, int first) {
        return first > 0 && FROM.contains(scan.token(first - 1).lower());
    }

    /** «Ташкент, Самарқанд, Бұхара қалаларына»: towns of one country are where a trip goes, not a list of guests. */
    private static long countries(List<Place> list) {
        return list.stream().map(Place::country).distinct().count();
    }

    private static boolean joined(Scan scan, Place a, Place b) {
        if (b.from() <= a.to() || b.from() - a.to() > 2) {
            return false;
        }
        for (int k = a.to(); k < b.from(); k++) {
            if (!JOINS.contains(scan.token(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
