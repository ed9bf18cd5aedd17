package org.creativeatlas.logic.extract;

/**
 * "NJSC “Otandastar Foundation”": a legal form written before a quoted name that has a head of its own belongs to that
 * name, as «ТОО «…»» does to a name without one.
 */
final class QuotedLegalForms {

    private QuotedLegalForms() {
    }

    /** {from, to} widened over the quotes and the legal form before them when they hold exactly [from, to). */
    static int[] widened(Scan scan, int from, int to) {
        Quotes.Quote q = from > 0 ? scan.doc.quotes.around(from) : null;
        boolean whole = q != null && q.open() == from - 1 && q.close() == to && QuotedNames.afterLegalForm(scan.doc, from)
                && !scan.taken(q.open() - 1);
        return whole ? new int[] {q.open() - 1, q.close() + 1} : new int[] {from, to};
    }
}
