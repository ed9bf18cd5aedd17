package org.creativeatlas.logic.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether capitalised words after or before an English head are a person's name rather than the body's. */
final class EnglishPersonRuns {

    private EnglishPersonRuns() {
    }

    /**
     * "the director of the publishing house Narodnaya Asveta Victoria Kalistratova", "… house Kuutalam Begaiym
     * Dzhaparova": two name words, the second shaped like a surname, end a run of three or more after a head, unless
     * the run is one person's whole name (a patronymic in it, or a surname first as a list writes it).
     */
    static boolean personEnds(Scan scan, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Surnames.isPatronymic(scan.token(k).lower())) {
                return false;
            }
        }
        return scan.nameLike(to - 2) && scan.nameLike(to - 1) && Surnames.looksLike(scan.token(to - 1).lower())
                && !Surnames.looksLike(scan.token(from).lower());
    }

    /**
     * "the artist and curator of the exhibition Eldar Aitmatov", "the head of the educational department Qosimzoda
     * Soleh": a first name and a surname after a head, in either order, are a person.
     */
    static boolean someone(Scan scan, int from, int to) {
        return to - from >= 2 && to - from <= 3 && personLike(scan, from, to)
                && (Surnames.looksLike(scan.token(to - 1).lower()) || to - from == 2
                        && SURNAME_FIRST.matcher(scan.token(from).lower()).matches());
    }

    /** Surnames plain enough to be read first: "Qosimzoda Soleh" (not "Altyn Kol", a cooperative). */
    private static final Pattern SURNAME_FIRST = Pattern.compile(".+(zoda|zade|ov|ova|ev|eva|uly|kyzy)");

    /** One word shaped like a surname, or two or three name words. */
    static boolean personLike(Scan scan, int from, int to) {
        if (to - from == 1) {
            return Surnames.looksLike(scan.token(from).lower());
        }
        for (int i = from; i < to; i++) {
            if (!scan.nameLike(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Chairman of the Union of Writers of Turkic Peoples Ulugbek Esdaulet": after a title and its "of the", a body's
     * chain that ends a clause with two name words past a capitalised word of its own ends before them: they name
     * the title's holder ("… for Health Promotion" has none).
     */
    static boolean holderAtEnd(Scan scan, int from, int h, int to, int end) {
        boolean clauseEnds = to >= end || CLAUSE_ENDS.contains(scan.token(to).text());
        return clauseEnds && to - 2 > h + 1 && from >= 2 && scan.token(from - 1).lower().equals("the")
                && scan.token(from - 2).lower().equals("of") && EnglishRoles.titleBefore(scan, from) >= 0
                && scan.nameLike(to - 2) && scan.nameLike(to - 1) && scan.token(to - 3).isCapitalised()
                && !Scan.isFunctionWord(scan.token(to - 3))
                && !scan.token(to - 1).isAbbreviation();
    }

    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ",");

    /** "Zhazira A. Mukasheva": an English first name right before a middle initial at i is the person's. */
    static boolean firstNameBefore(Scan scan, int i) {
        Token before = i > 0 ? scan.token(i - 1) : null;
        // "Consul General A.Aidarbekov": a word closing a title ("Director General") is no first name
        return before != null && before.isLatin() && scan.nameLike(i - 1) && !scan.taken(i - 1) && !Titles.is(before)
                && !(before.is("General") && i >= 2 && Titles.is(scan.token(i - 2))) && scan.place(i - 1) == null
                && before.text().substring(1).equals(before.text().substring(1).toLowerCase(Locale.ROOT));
    }
}
