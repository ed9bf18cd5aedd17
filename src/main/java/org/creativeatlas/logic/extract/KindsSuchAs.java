package org.creativeatlas.logic.extract;

/**
 * "South Korean companies such as Eurasia Networks Group (Chairman Kim Chang Keon) and TDC Group": the bodies a
 * sentence gives as examples of one nation's kind are of that nation, wherever the sentence is set.
 */
final class KindsSuchAs {

    /** How many tokens back from a body "such as" is looked for. */
    private static final int REACH = 30;
    /** How many words the nation's adjective may stand before "such as": "South Korean companies". */
    private static final int KIND = 3;

    private KindsSuchAs() {
    }

    /** The adjective of the nation whose kind the body at token {@code at} is an example of, or null. */
    static Place nation(Scan scan, int at) {
        Document.Sentence s = scan.doc.sentenceAt(at);
        for (int k = at - 1; k > s.from() && at - k <= REACH; k--) {
            String word = scan.token(k).lower();
            if (word.equals("as") && scan.token(k - 1).lower().equals("such")) {
                for (int j = k - 2; j >= Math.max(s.from(), k - 2 - KIND); j--) {
                    Place p = scan.place(j);
                    if (p != null && p.adjective() && p.country() != null && p.city() == null) {
                        return p;
                    }
                }
                return null;
            }
            // a relative clause or a semicolon ends the examples: "…, which organized the arrival …"
            if (word.equals("which") || word.equals("who") || scan.token(k).is(";")) {
                return null;
            }
        }
        return null;
    }
}
