package org.creativeatlas.logic.extract;

import java.util.Set;

/**
 * "The Kyrgyz participants … were among the winners:" then "• Nurzat Jeenbek kyzy — first place …"; "List of
 * craftsmen, members of Kyrgyz delegation:" then "10. Osmoeva Altynai, London": the people of a list are of the one
 * nation its lead-in names, whatever place an item gives (where they live, not whose delegation they are). A line
 * that is only a country and a colon heads the short lines under it («Казахстан:» then ««Братья» Дархана
 * Тулегенова»), as a film festival lists its competition by country.
 */
final class ListNation {

    private static final Set<String> BULLETS = Set.of("•", "●", "▪", "-", "–", "—", "*");
    /** How many items back the lead-in of a list is looked for. */
    private static final int ITEMS = 30;
    /** The most tokens a line under a country's heading has: a title and a name, not a sentence. */
    private static final int LINE = 12;

    private ListNation() {
    }

    /** The country of the one nation the lead-in of the list item at token {@code at} names, or null. */
    static String of(Scan scan, int at) {
        Document doc = scan.doc;
        int p = doc.sentenceAt(at).paragraph();
        if (!item(doc, p)) {
            return headed(scan, p);
        }
        int q = p - 1;
        while (q >= 0 && p - q <= ITEMS && (item(doc, q) || empty(doc, q))) {
            q--;
        }
        if (q < 0 || empty(doc, q) || !doc.token(doc.paragraph(q)[1] - 1).is(":")) {
            return null;
        }
        return oneNation(scan, doc.sentenceAt(doc.paragraph(q)[1] - 1).from(), doc.paragraph(q)[1]);
    }

    /** The one country (no city) the tokens from..to name, or null if they name none or several. */
    static String oneNation(Scan scan, int from, int to) {
        String nation = null;
        for (int i = from; i < to; i++) {
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

    /** The country whose heading line («Казахстан:») the short lines from paragraph {@code p} up stand under. */
    private static String headed(Scan scan, int p) {
        Document doc = scan.doc;
        for (int q = p; q >= 0 && p - q <= ITEMS; q--) {
            int[] span = doc.paragraph(q);
            int length = span[1] - span[0];
            Place place = length == 2 ? scan.place(span[0]) : null;
            if (q < p && place != null && place.state() && place.to() == span[0] + 1 && doc.token(span[0] + 1).is(":")) {
                return place.country();
            }
            if (length > LINE || length > 0 && doc.token(span[1] - 1).is(":")) {
                return null;
            }
        }
        return null;
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
