package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * "The Kyrgyz participants … were among the winners:" then "• Nurzat Jeenbek kyzy — first place …"; "List of
 * craftsmen, members of Kyrgyz delegation:" then "10. Osmoeva Altynai, London": the people of a list are of the one
 * nation its lead-in names, whatever place an item gives (where they live, not whose delegation they are).
 */
final class ListNation {

    private static final Set<String> BULLETS = Set.of("•", "●", "▪", "-", "–", "—", "*");
    /** How many items back the lead-in of a list is looked for. */
    private static final int ITEMS = 30;

    private ListNation() {
    }

    /** The country of the one nation the lead-in of the list item at token {@code at} names, or null. */
    static String of(Scan scan, int at) {
        Document doc = scan.doc;
        int p = doc.sentenceAt(at).paragraph();
        if (!item(doc, p)) {
            return null;
        }
        int q = p - 1;
        while (q >= 0 && p - q <= ITEMS && (item(doc, q) || empty(doc, q))) {
            q--;
        }
        if (q < 0 || empty(doc, q) || !doc.token(doc.paragraph(q)[1] - 1).is(":")) {
            return null;
        }
        String nation = null;
        for (int i = doc.sentenceAt(doc.paragraph(q)[1] - 1).from(); i < doc.paragraph(q)[1]; i++) {
            Place place = scan.place(i);
            if (place != null && place.from() == i && place.country() != null && place.city() == null) {
                if (nation != null && !nation.equals(place.country())) {
                    return null;
                }
                nation = place.country();
            }
        }
        return nation;
    }

    private static boolean empty(Document doc, int paragraph) {
        return doc.paragraph(paragraph)[1] <= doc.paragraph(paragraph)[0];
    }

    /** A paragraph that opens with a bullet, or a number and a stop or bracket ("10.", "3)"). */
    private static boolean item(Document doc, int paragraph) {
        int[] span = doc.paragraph(paragraph);
        if (span[1] <= span[0]) {
            return false;
        }
        Token first = doc.token(span[0]);
        return BULLETS.contains(first.text()) || first.isNumber() && span[0] + 1 < span[1]
                && (doc.token(span[0] + 1).is(".") || doc.token(span[0] + 1).is(")"));
    }
}
