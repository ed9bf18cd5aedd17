package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;

/** Walks the text for head nouns and builds each name by the rules of the head's language. */
final class HeadNames {

    private HeadNames() {
    }

    /** Words of a law's or paper's title: «О парке креативных индустрий», «… туралы» заңы, "On Culture". */
    private static final java.util.Set<String> ABOUT = java.util.Set.of("о", "об", "on", "about");
    private static final String KK_ABOUT = "туралы";

    private static boolean inTitleOfText(Scan scan, int i) {
        Quotes.Quote q = scan.doc.quotes.around(i);
        return q != null && q.close() - q.open() > 2 && (ABOUT.contains(scan.token(q.open() + 1).lower())
                || scan.token(q.close() - 1).lower().equals(KK_ABOUT));
    }

    /** "the government, NGOs, communities": an acronym in the plural names a kind of body, not one. */
    private static boolean kind(Scan scan, Mention m) {
        return m.to - m.from == 1 && scan.token(m.from).text().matches("\\p{Lu}{2,}s");
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < scan.doc.size(); i++) {
            if (scan.taken(i) || scan.place(i) != null || inTitleOfText(scan, i)) {
                continue;
            }
            Lang lang = scan.doc.sentenceAt(i).lang();
            Head head = Heads.of(scan.token(i), i + 1 < scan.doc.size() ? scan.token(i + 1) : null, lang);
            // «"Қазақ газеттері" ЖШС»: a plural inside a quote a legal form follows is no head of one body; the quote
            // and its legal form name the body
            if (head == null || lang == Lang.KK && (KazakhNames.describedAfterQuote(scan, i) || boardsChair(scan, i)
                    || head.plural() && QuotedNames.beforeLegalForm(scan.doc, i))
                    || lang == Lang.EN && EnglishNames.quotedBeforeLegalForm(scan, i)
                    || lang != Lang.EN && scan.token(i).isLatin() && QuotedNames.afterLegalForm(scan.doc, i)) {
                continue;
            }
            // «театр фестивалі»: a bare head before a possessive one is part of the name the second one ends, and so
            // is a possessive head before a capitalised one («ҚР Парламенті Мәжілісінің»: the Mazhilis of Parliament)
            while (lang == Lang.KK && i + 1 < scan.doc.size() && !scan.taken(i + 1) && !boardsChair(scan, i + 1)) {
                Head next = KazakhNames.chained(head, scan.token(i + 1));
                if (next == null) {
                    break;
                }
                head = next;
                i++;
            }
            boolean latin = Character.UnicodeScript.of(head.nominative().charAt(0)) == Character.UnicodeScript.LATIN;
            if (latin && lowerHeadAfter(scan, i)) {
                continue; // "the Youth Center concert hall": the last noun of a compound is its head
            }
            Mention m = latin ? EnglishNames.build(scan, i, head)
                    : lang == Lang.KK ? KazakhNames.build(scan, i, head) : RussianNames.build(scan, i, head);
            m = m == null && latin && lang == Lang.KK ? KazakhLatinNames.run(scan, i, head) : m;
            if (m != null && !kind(scan, m)) {
                found.add(m);
                if (m.attached != null) {
                    found.add(m.attached);
                }
                List<Mention> listed = lang == Lang.RU && !latin ? RussianNames.listedAfter(scan, m)
                        : head.plural() && lang == Lang.KK ? KazakhNames.listedBefore(scan, m) : List.of();
                for (Mention other : listed) {
                    found.add(other);
                    scan.take(other);
                }
                scan.take(m);
                i = Math.max(i, m.to - 1);
            }
        }
        return found;
    }

    /**
     * «ҚазҰУ Басқарма төрағасы – ректоры», «… одағы Басқармасы төрағасының орынбасары»: the board before its chair's
     * title is part of the title, the body before it the person's.
     */
    private static boolean boardsChair(Scan scan, int i) {
        return i + 1 < scan.doc.size() && scan.token(i).lower().startsWith("басқарма")
                && scan.token(i + 1).lower().startsWith("төраға");
    }

    private static boolean lowerHeadAfter(Scan scan, int i) {
        Token next = i + 1 < scan.doc.size() ? scan.token(i + 1) : null;
        return next != null && next.isLatin() && !next.isCapitalised() && Heads.of(next, Lang.EN) != null;
    }
}
