package org.creativeatlas.logic.extract;

/**
 * "Prof. Hilmer (HS Mittweida)", "Rector prof. Albrecht", "Professor Heinemann", «профессор Чен»: a professor named by
 * the surname alone, as a "Mr." is; two name words after the title are a full name, which titles read.
 */
final class ProfessorSurnames {

    private ProfessorSurnames() {
    }

    /** The surname's index after "Prof." or "Professor" at i, or -1. */
    static int at(Scan scan, int i) {
        Token t = scan.token(i);
        int k = t.lower().equals("prof") && i + 1 < scan.doc.size() && scan.token(i + 1).is(".") ? i + 2
                : t.is("Professor") || t.lower().equals("профессор") ? i + 1 : -1;
        if (k < 0 || k >= scan.doc.size()) {
            return -1;
        }
        Token name = scan.token(k);
        if (t.isCyrillic()) {
            // «сказал профессор Чен»: the title in the nominative, so the surname after it is in the nominative too
            return name.isCyrillic() && scan.nameLike(k) && !name.isAbbreviation() && !scan.taken(k)
                    && !(k + 1 < scan.doc.size() && (scan.nameLike(k + 1) || scan.token(k + 1).is(".")))
                    && scan.place(k) == null && Heads.of(name, Lang.RU) == null ? k : -1;
        }
        // "Professor Shaimerdenova M.Zh": initials after the surname make a full name too
        boolean more = k + 1 < scan.doc.size() && (scan.nameLike(k + 1) || scan.token(k + 1).is(".")
                || scan.token(k + 1).isInitial());
        return name.isLatin() && scan.nameLike(k) && !name.isAbbreviation() && !scan.taken(k) && !more
                && scan.place(k) == null && Heads.of(name, Lang.EN) == null && !name.is("Emeritus") ? k : -1;
    }
}
