package org.creativeatlas.logic.extract;

import java.util.Locale;
import java.util.Set;

/**
 * «"Юз шеьр" кітабының тұсаукесері», «"Ұлы дала зары" фильмінің премьерасы»: the launch of a work is an event named
 * with the quoted titles it launches, and with the «атты» that names them.
 */
final class KazakhLaunches {

    /** Heads of the launch of a work: a book's presentation, a film's premiere, a collection's introduction. */
    private static final Set<String> HEADS = Set.of("тұсаукесері", "премьерасы", "таныстырылымы");

    private KazakhLaunches() {
    }

    /** Whether a head names the launch of a work. */
    static boolean of(Head head) {
        return HEADS.contains(head.nominative().toLowerCase(Locale.ROOT));
    }

    /**
     * ««Ақалтеке тұлпары …», «Көк тұлпарларының самғауы», «Тұлпардың шапшаң шабысы» атты кітаптарының тұсаукесері»:
     * where the first of the titles a launch lists, joined by commas or «және», opens.
     */
    static int titlesListed(Scan scan, int open, Document.Sentence s) {
        while (open - 2 >= s.from() && (scan.token(open - 1).is(",") || scan.token(open - 1).lower().equals("және"))) {
            Quotes.Quote before = scan.doc.quotes.around(open - 2);
            if (before == null || before.close() != open - 2 || scan.anyTaken(before.open(), open)) {
                break;
            }
            open = before.open();
        }
        return open;
    }
}
