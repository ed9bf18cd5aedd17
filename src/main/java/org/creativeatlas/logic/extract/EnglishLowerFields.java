package org.creativeatlas.logic.extract;

/**
 * "the Ministry of culture of Luxembourg": pages translated into English often write a ministry's field in lower case;
 * the field, and a chain after it, still make the ministry's name.
 */
final class EnglishLowerFields {

    private static final int FIELD_WORDS = 2;

    private EnglishLowerFields() {
    }

    /** The end of the ministry's name whose head is at h, or h + 1 if no field in lower case follows it. */
    static int after(Scan scan, int h, int end) {
        if (!scan.token(h).is("Ministry") || h + 2 >= end || !scan.token(h + 1).is("of") || !field(scan, h + 2)) {
            return h + 1;
        }
        int k = h + 2;
        int run = 0; // words of the field read so far: "foreign affairs" is two
        while (k < end) {
            if (field(scan, k)) {
                if (++run > FIELD_WORDS) {
                    return h + 1; // "the Ministry of education and science said so": a clause, not a name
                }
                k++;
            } else if ((scan.token(k).is("and") || scan.token(k).is(",")) && k + 1 < end && field(scan, k + 1)) {
                run = 0;
                k++; // "of education and science"
            } else {
                break;
            }
        }
        Token next = k < end ? scan.token(k) : null;
        boolean closed = next == null || !next.isWord() || next.isCapitalised() || next.is("of") || next.is("and");
        return closed ? EnglishChains.chain(scan, k, end, false, true) : h + 1;
    }

    private static boolean field(Scan scan, int k) {
        Token t = scan.token(k);
        return t.isLatin() && t.isWord() && !t.isCapitalised() && !Scan.isStopword(t) && !scan.taken(k);
    }
}
