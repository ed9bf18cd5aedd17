package org.creativeatlas.logic.extract;

/**
 * A nation named inside a body's name as what the body keeps or teaches (its language, literature or culture), not
 * as where the body is.
 */
final class SubjectNations {

    private SubjectNations() {
    }

    /**
     * «Қазақ әдебиеті кеңесі», «"Тәжік тілі мен мәдениеті" орталығы»: a nation's name before a possessive noun that is
     * not the head names whose literature or language the body keeps, not where it is (a council in Tashkent, a centre
     * at a faculty in Almaty); «Қазақ ұлттық университеті», «Қазақ радиосы» are the nation's own.
     */
    static boolean whose(Scan scan, Place p, int to) {
        int next = p.to();
        String word = next + 1 < to ? scan.token(next).lower() : "";
        return p.to() - p.from() == 1 && NationalBodies.NATIONAL_STEMS.containsKey(scan.token(p.from()).lower())
                && scan.doc.sentenceAt(p.from()).lang() == Lang.KK && scan.token(next).isWord()
                && Morph.kkPossessive(word);
    }

    /** «Центр корейской культуры» in Samarkand: a Russian nation's adjective in lower case inside a name is its subject. */
    static boolean russian(Token t) {
        return t.isCyrillic() && !t.isCapitalised() && Morph.ruAdjectiveEnding(t.lower()) != null;
    }
}
