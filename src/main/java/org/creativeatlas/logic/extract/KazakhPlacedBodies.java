package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * Kazakh bodies named with the country they stand in, though a place in the locative usually only says where a body
 * is: «Өзбекстандағы қазақ мәдени орталығы», «Түркиядағы Қазақстан Елшілігі».
 */
final class KazakhPlacedBodies {

    /** The endings of a place that say what is there («Өзбекстандағы», «Париждегі»), not where something happens. */
    private static final Set<String> ATTRIBUTIVE = Set.of("дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі");

    private KazakhPlacedBodies() {
    }

    /** Whether the place {@code p} opens the name of the body whose head is at {@code h}. */
    static boolean named(Scan scan, Place p, int h) {
        return diaspora(scan, p, h) || mission(scan, h);
    }

    /**
     * «Өзбекстандағы қазақ мәдени орталығы», «Франциядағы түрік қазақтары қауымдастығы»: a body of a nation's people
     * abroad is named by the country it is in, when a nation's word in lower case follows that country.
     */
    private static boolean diaspora(Scan scan, Place p, int h) {
        Token next = p.to() < h ? scan.token(p.to()) : null;
        Gazetteer.Entry nation = next != null && !next.isCapitalised() ? Gazetteer.get(next.lower()) : null;
        String word = scan.token(p.from()).lower();
        return nation != null && nation.country() != null && nation.city() == null
                && ATTRIBUTIVE.stream().anyMatch(word::endsWith);
    }

    /** «Түркиядағы Қазақстан Елшілігі»: a mission is named with the country it stands in. */
    private static boolean mission(Scan scan, int h) {
        return Missions.missionWord(scan.token(h).lower());
    }
}
