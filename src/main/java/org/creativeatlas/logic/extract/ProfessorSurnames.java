package org.creativeatlas.logic.extract;

/**
 * "Prof. Hilmer (HS Mittweida)", "Rector prof. Albrecht", "Professor Heinemann": an English professor named by the
 * surname alone, as a "Mr." is; two name words after the title are a full name, which titles read.
 */
final class ProfessorSurnames {

    private ProfessorSurnames() {
    }

    /** The surname's index after "Prof." or "Professor" at i, or -1. */
    static int at(Scan scan, int i) {
        Token t = scan.token(i);
        int k = t.lower().equals("prof") && i + 1 < scan.doc.size() && scan.token(i + 1).is(".") ? i + 2
                : t.is("Professor") ? i + 1 : -1;
        if (k < 0 || k >= scan.doc.size() || !t.isLatin()) {
            return -1;
        }
        Token name = scan.token(k);
        // "Professor Shaimerdenova M.Zh": initials after the surname make a full name too
        boolean more = k + 1 < scan.doc.size() && (scan.nameLike(k + 1) || scan.token(k + 1).is(".")
                || scan.token(k + 1).isInitial());
        return name.isLatin() && scan.nameLike(k) && !name.isAbbreviation() && !scan.taken(k) && !more
                && scan.place(k) == null && Heads.of(name, Lang.EN) == null && !name.is("Emeritus") ? k : -1;
    }
}
