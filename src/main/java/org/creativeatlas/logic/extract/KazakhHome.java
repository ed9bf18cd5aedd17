package org.creativeatlas.logic.extract;

import java.util.List;

/**
 * What a page says of Kazakhstan without naming it. A Kazakh paper's «облысымызда», «елімізде», «отандық» ("our
 * region", "our country", "of our homeland") are places in Kazakhstan; and a page in Kazakh is written for
 * Kazakhstan, whose people it follows abroad, so it counts as naming Kazakhstan a few more times: the people and
 * bodies it does not place are Kazakhstan's unless it names another state far more often.
 */
final class KazakhHome {

    /** Stems of "our country", "our region", "our city", "our district", "of our homeland". */
    private static final List<String> OUR = List.of("еліміз", "облысымыз", "қаламыз", "өңіріміз", "ауданымыз",
            "отандық", "elimiz", "oblysymyz", "qalamyz", "otandyq");
    /** How many namings of Kazakhstan a page in Kazakh counts as, beyond its own. */
    private static final double KAZAKH_PAGE = 4;

    private KazakhHome() {
    }

    /** How much the page weighs for Kazakhstan beyond naming it: its "our …" words, and its being in Kazakh. */
    static double weight(Scan scan) {
        int our = 0;
        for (int i = 0; i < scan.doc.size(); i++) {
            String word = scan.token(i).lower();
            if (scan.doc.sentenceAt(i).lang() == Lang.KK && OUR.stream().anyMatch(word::startsWith)) {
                our++;
            }
        }
        return our + ("KZ".equals(of(scan.doc)) ? KAZAKH_PAGE : 0);
    }

    /**
     * The country a text that names none is about: Kazakhstan for one written mostly in Kazakh (its press writes of
     * its own ministries, deputies and centres without naming the state); none otherwise, as Russian and English
     * are written all over the region.
     */
    static String of(Document doc) {
        int kazakh = 0;
        for (Document.Sentence s : doc.sentences) {
            kazakh += s.lang() == Lang.KK ? s.to() - s.from() : 0;
        }
        return kazakh * 2 > doc.size() ? "KZ" : null;
    }
}
