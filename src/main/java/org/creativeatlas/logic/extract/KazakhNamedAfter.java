package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * «Ш.Айманов атындағы Қазақфильм», «Sh.Aımanov atyndaǵy «Qazaqfılm» AQ»: Kazakh names a body after a person with a
 * word after the person's name, in Cyrillic or in either Latin alphabet; the person is the name's, no actor.
 */
final class KazakhNamedAfter {
    private static final Set<String> WORDS = Set.of("атындағы", "atyndaǵy", "atyndağy");

    private KazakhNamedAfter() {
    }

    static boolean is(Token t) {
        return WORDS.contains(t.lower());
    }

    /** The word right after tokens ending before {@code to} says a body is named after them. */
    static boolean follows(Scan scan, int to) {
        return to < scan.doc.size() && is(scan.token(to));
    }
}
