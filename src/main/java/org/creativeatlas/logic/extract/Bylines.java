package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * The news agency or site that publishes a story is no actor of it: "деп хабарлайды El.kz ақпарат агенттігі",
 * «сообщает Kabar», "Tashkent, UzA —", "according to Xinhua". A body named only in such places is left out.
 */
final class Bylines {

    /**
     * Beginnings of the verbs that report a story, in the three languages; the Russian past as well as the present
     * («Как сообщила «АП» координатор …»), not «сообщ…» alone, which also opens «сообщество».
     */
    private static final List<String> REPORTING = List.of("хабарла", "жазад", "сообща", "сообщил", "передает",
            "передаёт", "пишет", "report", "according");
    /** Words that may stand between the verb and the agency: деп хабарлайды …, сообщает «…», reports: … */
    private static final Set<String> BETWEEN = Set.of("деп", "to", ":", "«", "\"", "“", "по", "данным", "в",
            "корреспондент", "correspondent");
    /** Head nouns of news agencies, channels and publishers (their stems). */
    private static final List<String> PUBLISHERS = List.of("agenc", "агентств", "агенттіг", "телеканал", "телеарна",
            "портал", "portal", "channel", "publish", "издательств", "баспа", "телерадиокомпани", "newspaper", "газет");
    private static final Set<String> DASHES = Set.of("–", "—", "-", "/");
    private static final int REACH = 2;
    /** How many tokens a dateline's place and date take before the agency. */
    private static final int DATELINE = 10;

    private Bylines() {
    }

    /**
     * Whether every mention of a publisher stands where a byline does. A body named by a head noun that is no
     * publisher's («деп хабарлайды Астана қаласы әкімдігі», "the press service of the Cabinet … reported") speaks
     * for itself and stays.
     */
    static boolean only(Scan scan, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.type == ActorType.PERSON || m.type == ActorType.EVENT || !at(scan, m) || notPublisher(scan, m)) {
                return false;
            }
        }
        return true;
    }

    private static boolean notPublisher(Scan scan, Mention m) {
        Lang lang = scan.doc.sentenceAt(m.from).lang();
        // «Как сообщили в Минкультуры»: a ministry's short name has no head noun, yet names no publisher
        boolean headed = ShortMinistries.is(scan.token(m.from));
        for (int i = m.from; i < m.to; i++) {
            Head h = Heads.of(scan.token(i), lang);
            if (h != null) {
                String head = h.nominative().toLowerCase(java.util.Locale.ROOT);
                if (PUBLISHERS.stream().anyMatch(head::startsWith)) {
                    return false;
                }
                headed = true;
            }
        }
        return headed;
    }

    private static boolean at(Scan scan, Mention m) {
        Document.Sentence s = scan.doc.sentenceAt(m.from);
        for (int k = m.from - 1; k >= Math.max(s.from(), m.from - 1 - REACH); k--) {
            if (reporting(scan.token(k))) {
                return true;
            }
            if (!BETWEEN.contains(scan.token(k).lower())) {
                break;
            }
        }
        if (m.to < s.to() && reporting(scan.token(m.to))) {
            return true;
        }
        // a dateline: "ДУШАНБЕ, 15.11.2018 /НИАТ «Ховар»/.", "KAZINFORM –" at the start of a paragraph, or
        // «Душанбе, 26 марта. (НИАТ «Ховар», Людмила Дубинина)» with the reporter's name in the bracket
        int[] paragraph = scan.doc.paragraphOf(m.from);
        boolean opening = m.from - paragraph[0] <= DATELINE;
        if (m.from == paragraph[0] && datedTown(scan, m)) {
            return true;
        }
        int after = pastQuote(scan, m.to);
        boolean bracket = m.from > paragraph[0] && scan.token(m.from - 1).is("(");
        return opening && after < s.to() && (DASHES.contains(scan.token(after).text())
                || bracket && (scan.token(after).is(",") || scan.token(after).is(")")))
                && (m.from == paragraph[0] || bracket || DASHES.contains(scan.token(m.from - 1).text())
                || scan.token(m.from - 1).is(".") || scan.token(m.from - 1).is(","));
    }

    /** "ASHKHABAT, 14 February – …": one word in capitals and a date after the comma, the town of a dateline. */
    private static boolean datedTown(Scan scan, Mention m) {
        int date = m.to + 1;
        return m.to - m.from == 1 && scan.token(m.from).isAbbreviation() && date < scan.doc.size()
                && scan.token(m.to).is(",") && (scan.token(date).isNumber() || Months.is(scan.token(date).lower()));
    }

    /** The token after the agency's quoted name, when one follows its kind (НИАТ «Ховар»); else {@code to} itself. */
    private static int pastQuote(Scan scan, int to) {
        Quotes.Quote q = to < scan.doc.size() ? scan.doc.quotes.around(to) : null;
        return q != null && q.open() == to ? q.close() + 1 : to;
    }

    private static boolean reporting(Token t) {
        String w = t.lower();
        return REPORTING.stream().anyMatch(w::startsWith);
    }
}
