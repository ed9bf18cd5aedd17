package org.creativeatlas.logic.extract;

import java.util.List;

/**
 * When a Kazakh head without its possessive ending (музей, not музейі) ends a name rather than standing as a common
 * noun: hyphened to a capitalised word, before a title, or after a capitalised adjective.
 */
final class KazakhBareHeads {

    private static final List<String> ADJECTIVE_ENDINGS = List.of("тық", "тік", "лық", "лік", "дық", "дік");

    private KazakhBareHeads() {
    }

    /** «дәстүрлі Наурыз-айтыс»: a bare head hyphened to a capitalised word past the sentence's first is a name. */
    static boolean compound(Scan scan, int h) {
        Token t = scan.token(h);
        return t.text().indexOf('-') > 0 && t.isCapitalised()
                && h > KazakhNames.firstWord(scan, scan.doc.sentenceAt(h));
    }

    /**
     * «Назарбаев Университеттің»: a bare head written with a capital inside a sentence and with a case ending, right
     * after a capitalised word, closes a name as a brand does; without one it is a word of a longer name («ҚХР Орталық
     * ұлттар университеті») or of someone's («Эльхан Зал Қарахан»).
     */
    static boolean capitalised(Scan scan, int h, Head head) {
        Token t = scan.token(h);
        return t.isCapitalised() && t.isCyrillic() && h > scan.doc.sentenceAt(h).from()
                && t.text().length() > head.nominative().length()
                && scan.token(h - 1).isCyrillic() && scan.token(h - 1).isCapitalised() && scan.token(h - 1).isWord()
                && !scan.taken(h - 1);
    }

    /**
     * «ҚР Сенат Төрағасының», «Мәжіліс депутаты»: a capitalised bare head, not opening the sentence, right before a
     * title names the body the title is of.
     */
    static boolean titleAfter(Scan scan, int h) {
        Token t = scan.token(h);
        return t.isCapitalised() && t.isCyrillic() && h > KazakhNames.firstWord(scan, scan.doc.sentenceAt(h))
                && h + 1 < scan.doc.sentenceAt(h).to() && Titles.is(scan.token(h + 1))
                && Heads.kkPossessive(t.text()) != null;
    }

    /**
     * «Ұлттық музейдің»: a bare head is a name's when a capitalised adjective, not opening the sentence, precedes it;
     * or lower-case adjectives after a capitalised word in no case, or after «атындағы» («Қырғыз ұлттық
     * филармонияда», «Алыкул Осмонов атындағы ұлттық кітапханада»), where a bare head with adjectives alone («ұлттық
     * кітапханада») is a common noun; or «жөніндегі» and the field before it.
     */
    static boolean afterAdjective(Scan scan, int h) {
        int first = KazakhNames.firstWord(scan, scan.doc.sentenceAt(h));
        int k = h - 1;
        while (k > first && !scan.taken(k) && scan.token(k).isCyrillic() && !scan.token(k).isCapitalised()
                && adjective(scan.token(k))) {
            k--;
        }
        if (KazakhInnerWords.concerning(scan, k) && scan.token(k).lower().equals("жөніндегі")) {
            return true; // «Шетелдегі түркілер жөніндегі басқарма»: what a body is for names it
        }
        if (k < h - 1) {
            Token t = scan.token(k);
            return k > first && !scan.taken(k) && (KazakhNamedAfter.is(t)
                    || t.isCyrillic() && t.isCapitalised() && !Morph.kkBreaksName(t.lower()));
        }
        if (k == scan.doc.sentenceAt(h).from() && KazakhInnerWords.nationsOwn(scan.token(k)) && !scan.taken(k)) {
            return true; // «Ұлттық кітапханада … кездесу өтті»: the national library, though it opens the sentence
        }
        if (k <= scan.doc.sentenceAt(h).from() || scan.place(k) != null || scan.taken(k)) {
            return false;
        }
        Token t = scan.token(k);
        return t.isCyrillic() && t.isCapitalised() && (adjective(t) || PLAIN_ADJECTIVES.contains(t.lower()));
    }

    /** A head in lower case and no case right before another head noun is what that noun is of, no name's end. */
    static boolean beforeHead(Scan scan, int h, Head head) {
        Token next = h + 1 < scan.doc.sentenceAt(h).to() ? scan.token(h + 1) : null;
        return next != null && !scan.token(h).isCapitalised() && !Heads.kkPossessiveForm(scan.token(h).lower())
                && head.uninflected(scan.token(h))
                && next.isCyrillic() && !next.isCapitalised() && Heads.of(next, Lang.KK) != null;
    }

    private static boolean adjective(Token t) {
        return ADJECTIVE_ENDINGS.stream().anyMatch(t.lower()::endsWith);
    }

    /** Adjectives with no suffix that names use: «Үлкен театр» (the Bolshoi), «Жаңа сахна», «Кіші зал». */
    private static final java.util.Set<String> PLAIN_ADJECTIVES = java.util.Set.of("үлкен", "жаңа", "кіші", "ескі");
}
