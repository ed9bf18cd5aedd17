package org.creativeatlas.logic.extract;

/** Where a Russian body's name ends before the town it stands in. */
final class StateTowns {

    private StateTowns() {
    }

    /**
     * «Российской государственной библиотеки в Москве»: a body whose name already says whose it is, in a town of that
     * state, is only said to stand there; «Российский центр науки и культуры в Ташкенте» is named by where it works.
     */
    static boolean atHome(Scan scan, int left, int in) {
        Place where = in + 1 < scan.doc.size() ? scan.place(in + 1) : null;
        if (where == null || where.country() == null) {
            return false;
        }
        for (int i = left; i < in; i++) {
            Place p = scan.place(i);
            if (p != null && where.country().equals(p.country())) {
                return true;
            }
        }
        return false;
    }
}
