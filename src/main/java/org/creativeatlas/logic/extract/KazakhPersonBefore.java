package org.creativeatlas.logic.extract;

/**
 * Where the words before a Kazakh body's head stop being its name because a person stands there, named after a title
 * or before the state the body's name opens with.
 */
final class KazakhPersonBefore {

    private KazakhPersonBefore() {
    }

    /**
     * Two name-like words right after a title in lower case (or one opening the sentence: «Журналист Ескендір Ертай
     * Түркістандағы …») are a person, not the opening words of the name that follows them.
     */
    static boolean titled(Scan scan, int k, Document.Sentence s) {
        int title = k - 2;
        return title >= s.from() && scan.nameLike(k) && scan.nameLike(k - 1) && scan.token(k).isCyrillic()
                && Titles.is(scan.token(title)) && !scan.taken(title)
                && (!scan.token(title).isCapitalised() || title == KazakhNames.firstWord(scan, s));
    }

    /** «Мұхаммед Шадкам Қазақстан үкіметі тарапынан …»: two name words right before the state a name opens with. */
    static boolean state(Scan scan, int k, int left, Document.Sentence s) {
        Place state = scan.place(k + 1);
        return k - 1 >= s.from() && left == k + 1 && state != null && state.from() == k + 1 && state.state()
                && scan.nameLike(k) && scan.nameLike(k - 1) && scan.token(k).isCyrillic();
    }
}
