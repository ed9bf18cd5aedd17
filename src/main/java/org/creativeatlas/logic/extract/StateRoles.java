package org.creativeatlas.logic.extract;

import java.util.Map;
import java.util.Set;

/**
 * Words that tie a person or a text to one state whatever places it names: a role only that state's people hold, and a
 * Kazakh paper's own "our country".
 */
final class StateRoles {

    private static final Set<String> HEAD_OF_STATE = Set.of("мемлекет басшысы", "memleket basshysy");
    /**
     * Words of a role only one state's people hold: «Елбасы» (the Leader of the Nation) is Kazakhstan's first
     * president; whoever heads or works for Rossotrudnichestvo, Russia's agency abroad, is Russia's, wherever its
     * office stands («руководитель представительства Россотрудничества в КР»), and so is whoever heads one of its
     * Russian Houses («руководитель Русского дома в Душанбе»); "Her Majesty's Ambassador" is the United Kingdom's.
     * Stems, as the words decline.
     */
    private static final Map<String, String> STATE_WORDS = Map.of("елбасы", "KZ", "elbasy", "KZ",
            "россотрудничеств", "RU", "росотрудничеств", "RU", "majesty", "GB");

    private StateRoles() {
    }

    /** The state a role in tokens [from, to) belongs to by its words alone, or null. */
    static String of(Scan scan, int from, int to) {
        // «Мемлекет басшысы Қасым-Жомарт Тоқаев»: a Kazakh paper's Head of State, no state named, is its own
        if (to - from == 2 && scan.doc.sentenceAt(from).lang() == Lang.KK
                && HEAD_OF_STATE.contains(scan.token(from).lower() + " " + scan.token(from + 1).lower())) {
            return "KZ";
        }
        for (int i = from; i < to; i++) {
            String word = scan.token(i).lower();
            if (ours(scan, i)) {
                return "KZ";
            }
            if (i + 1 < to && scan.token(i).isCapitalised() && word.startsWith("русск")
                    && scan.token(i + 1).lower().startsWith("дом")) {
                return "RU";
            }
            for (Map.Entry<String, String> e : STATE_WORDS.entrySet()) {
                if (word.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /**
     * «көрнекті ақынымыз Несіпбек Айтұлы», «Еліміздің Мажарстандағы Елшісі»: "our poet", "our country's ambassador"
     * in a Kazakh paper's role are Kazakhstan's.
     */
    private static boolean ours(Scan scan, int i) {
        Token t = scan.token(i);
        if (scan.doc.sentenceAt(i).lang() != Lang.KK) {
            return false;
        }
        String stem = t.lower().substring(0, t.lower().length() - Morph.kkCase(t.lower(), 3).length());
        return stem.equals("еліміз") || Titles.is(t) && !Titles.ours(stem).equals(stem);
    }
}
