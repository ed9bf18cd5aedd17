package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * What may stand between a Russian or Kazakh title and the name it is of («заместитель министра культуры,
 * информации и молодежной политики КР Эрнест …»), and what ends such a run.
 */
final class TitleComplements {

    private final Scan scan;

    TitleComplements(Scan scan) {
        this.scan = scan;
    }

    /** «Совета Министров»: a capitalised title after a capitalised word that is none is a word of a body's name. */
    boolean inBodyName(int t) {
        Token before = t > 0 ? scan.token(t - 1) : null;
        return scan.token(t).isCapitalised() && before != null && before.isWord() && before.isCapitalised()
                && !Titles.is(before);
    }

    /** What may stand between a Russian or Kazakh title and the name: «заместитель министра культуры КР Эрнест …». */
    boolean complement(int k) {
        Token t = scan.token(k);
        // «в Республике Узбекистан»: the word for a republic before the state's name
        boolean republic = t.lower().startsWith("республик") && k + 1 < scan.doc.size() && scan.place(k + 1) != null;
        // «в г.Алматы»: the full stop of the short word for a town before its name
        boolean town = t.is(".") && k > 0 && shortTown(k - 1);
        return t.isAbbreviation() || scan.taken(k) || scan.place(k) != null || Titles.is(t) || republic || town
                || placeBracket(k)
                || t.isCyrillic() && !t.isCapitalised() && !breaksPhrase(k) && !clauseBreak(k)
                || t.isCapitalised() && Morph.ruGenitiveLike(t.lower()) && !nameStart(k)
                || t.isLatin() && t.isCapitalised() && k + 1 < scan.doc.size() && !scan.token(k + 1).isLatin();
    }

    /** The words a bracket may hold around a town: «(г. Астрахань)». */
    private static final Set<String> TOWN_WORDS = Set.of("(", ")", "г", ".", "город");
    /** The most tokens of such a bracket. */
    private static final int BRACKET = 6;

    /** «Консул Туркменистана в Российской Федерации (г. Астрахань) Гадам Иламанов»: a token of a bracketed place. */
    boolean placeBracket(int k) {
        if (!TOWN_WORDS.contains(scan.token(k).lower())) {
            return false;
        }
        int open = k;
        while (open > 0 && k - open < BRACKET && !scan.token(open).is("(")) {
            open--;
        }
        int close = k;
        while (close + 1 < scan.doc.size() && close - k < BRACKET && !scan.token(close).is(")")) {
            close++;
        }
        if (!scan.token(open).is("(") || !scan.token(close).is(")")) {
            return false;
        }
        boolean place = false;
        for (int i = open + 1; i < close; i++) {
            place |= scan.place(i) != null;
            if (scan.place(i) == null && !TOWN_WORDS.contains(scan.token(i).lower())) {
                return false;
            }
        }
        return place;
    }

    /**
     * «руководитель Россотрудничества в Республике Узбекистан»: in Russian a capitalised word opens a name only with
     * another.
     */
    private boolean nameStart(int k) {
        boolean russian = scan.doc.sentenceAt(k).lang() == Lang.RU;
        return scan.nameLike(k) && (!russian || k + 1 < scan.doc.size() && scan.nameLike(k + 1));
    }

    /** Russian prepositions that open a clause of the sentence; «по» («по делам молодежи») stays inside a title. */
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("в", "во", "на", "с", "со", "за", "для", "от", "из",
            "к", "ко", "о", "об", "у", "до", "после", "через", "между", "под", "перед");

    /**
     * «глав наших государств во время государственного визита Касым-Жомарта Токаева»: a Russian preposition before a
     * lower-case word that is no place opens a clause of the sentence, not a part of the title's body.
     */
    private boolean clauseBreak(int k) {
        return scan.doc.sentenceAt(k).lang() == Lang.RU && CLAUSE_PREPOSITIONS.contains(scan.token(k).lower())
                && k + 1 < scan.doc.size() && scan.token(k + 1).isCyrillic() && !scan.token(k + 1).isCapitalised()
                && scan.place(k + 1) == null && !shortTown(k + 1);
    }

    /** Whether token k is the short word for a town or its full stop («в г. Алматы»), which add no word to a title. */
    boolean townMark(int k) {
        return shortTown(k) || k > 0 && scan.token(k).is(".") && shortTown(k - 1);
    }

    /** «г.Алматы»: the short word for a town, its full stop and the town's name at k. */
    private boolean shortTown(int k) {
        return scan.shortTownEnd(k) > k;
    }

    /** «министра культуры, информации и молодежной политики»: a comma between two fields of the title's body. */
    boolean fieldComma(int k, int end) {
        if (!scan.token(k).is(",") || k + 1 >= end || k == 0 || !complement(k - 1) || scan.token(k - 1).is(",")) {
            return false;
        }
        // up to the "and" that closes the list, lower-case genitives only: «, народного артиста» is a second title
        int j = k + 1;
        while (j < end && !scan.token(j).is("и") && !scan.token(j).is(",")) {
            Token t = scan.token(j);
            if (!t.isCyrillic() || t.isCapitalised() || breaksPhrase(j) || Titles.is(t)
                    || !Morph.ruGenitiveLike(t.lower())) {
                return false;
            }
            j++;
        }
        return j > k + 1 && j < end;
    }

    /** A verb, or in Kazakh a case other than the genitive (a place as it stands, «Өзбекстан», only ends like one). */
    boolean breaksPhrase(int k) {
        String lower = scan.token(k).lower();
        return scan.doc.sentenceAt(k).lang() == Lang.KK ? Morph.kkBreaksName(lower) && Gazetteer.get(lower) == null
                : Morph.ruVerbLike(lower);
    }

    /**
     * «Министр высшего образования, науки и инноваций К.Шарипов»: the title whose words, and the fields commas add,
     * run right up to the initials at i; or -1.
     */
    int titleReaching(int i) {
        int from = Math.max(scan.doc.sentenceAt(i).from(), i - LONG_TITLE);
        for (int t = i - 1; t >= from; t--) {
            if (Titles.is(scan.token(t)) && !scan.token(t).isAbbreviation()) {
                return t;
            }
            if (!complement(t) && !fieldComma(t, i)) {
                return -1;
            }
        }
        return -1;
    }

    private static final int LONG_TITLE = 12;

    /**
     * «исполняющая обязанности руководителя … Екатерина Ерёмина»: an acting title in the nominative leaves the name as
     * it is, whatever case the title it stands for is in.
     */
    boolean actingNominative(int title) {
        String acting = title >= 2 && scan.token(title - 1).lower().equals("обязанности")
                ? scan.token(title - 2).lower() : "";
        return acting.startsWith("исполняющ") && (acting.endsWith("ий") || acting.endsWith("ая"));
    }
}
