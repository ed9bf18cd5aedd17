package org.creativeatlas.logic.extract;

import java.util.List;

/** Link verbs («является», «стал»), after which a Russian phrase says what the subject is rather than names a thing. */
final class LinkVerbs {

    /** Stems of the link verbs after which a lower-case phrase says what the subject is: «является», «стал». */
    private static final List<String> LINKS = List.of("являе", "являл", "стал", "станет", "станов");

    private LinkVerbs() {
    }

    /**
     * «Kitap Fest Almaty является первым книжным фестивалем Казахстана международного уровня»: a phrase in the
     * instrumental after a link verb (an adjective or two between) describes the subject; it names nothing of its own.
     */
    static boolean predicate(Scan scan, int left, int h) {
        if (!scan.token(h).lower().matches(".*(ем|ом|ой|ей|ью)")) {
            return false; // «Завершением мероприятий станет совместный гала-концерт …»: the subject, in the nominative
        }
        int start = Math.max(scan.doc.sentenceAt(left).from(), left - 3);
        for (int k = left - 1; k >= start; k--) {
            String w = scan.token(k).lower();
            if (LINKS.stream().anyMatch(w::startsWith)) {
                return true;
            }
            if (!scan.token(k).isWord() || scan.token(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }
}
