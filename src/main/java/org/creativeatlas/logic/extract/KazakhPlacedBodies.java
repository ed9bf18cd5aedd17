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

    /**
     * «АҚШ-тың Оңтүстік Каролина университеті»: a state's acronym declined after a hyphen before a name says whose the
     * body is, outside its name.
     */
    static boolean hyphenedOwner(Scan scan, int k) {
        Token t = scan.token(k);
        Place p = scan.place(k);
        return p != null && p.state() && p.from() == k && p.to() == k + 1 && !KnownAcronyms.bare(t).equals(t.text())
                && Morph.kkGenitive(t.lower()) && k + 1 < scan.doc.size() && scan.token(k + 1).isCapitalised();
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

    /**
     * «Түркі мемлекеттері ұйымының Мажарстандағы өкілдігі»: a mission or a branch named by the body it is of, in the
     * genitive, and the country it stands in; where the owner's name begins, or -1 when token k closes no such owner.
     */
    static int ownerOfMission(Scan scan, int k, int h, int sentenceStart) {
        Place p = scan.place(k + 1);
        String word = scan.token(k + 1).lower();
        String head = scan.token(h).lower();
        if (p == null || p.from() != k + 1 || p.to() != h || !ATTRIBUTIVE.stream().anyMatch(word::endsWith)
                || !scan.taken(k) || !KazakhNames.GENITIVE.contains(Morph.kkCase(scan.token(k).lower(), 2))
                || !(Missions.missionWord(head) || head.startsWith("филиал"))) {
            return -1;
        }
        int from = k;
        while (from - 1 >= sentenceStart && scan.taken(from - 1) && scan.token(from - 1).isWord()) {
            from--;
        }
        return scan.token(from).isCapitalised() ? from : -1;
    }

    /**
     * «ҚХР Алматы қаласындағы бас консулдығы»: a mission's name holds the city it stands in, said with «қаласындағы»
     * ("in the city of"), and the state before it; whether token k is that word.
     */
    static boolean missionsCity(Scan scan, int k, int h) {
        Place city = k > 0 ? scan.place(k - 1) : null;
        return scan.token(k).lower().equals("қаласындағы") && city != null && city.to() == k && city.city() != null
                && mission(scan, h);
    }

    /** «Түркиядағы Қазақстан Елшілігі»: a mission is named with the country it stands in. */
    private static boolean mission(Scan scan, int h) {
        return Missions.missionWord(scan.token(h).lower());
    }
}
