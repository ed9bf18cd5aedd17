package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * «қырғыз киносы күндері», «тәжік мәдениеті апталығы»: the days (or week) of a nation's cinema, culture or books are
 * an event named by the nation's word and the art's, though Kazakh writes them in lower case inside a sentence; and
 * the guest and host of such days a Kazakh or Russian text reports.
 */
final class KazakhNationDays {
    private static final Set<String> SEASONS = Set.of("күндері", "апталығы", "аптасы");

    /** Stems of the arts whose days a nation holds abroad: culture, cinema, art, theatre, letters, music, books. */
    private static final List<String> ARTS = List.of("мәдени", "кино", "өнер", "театр", "әдебиет", "музыка", "кітап");

    /** Words that join nations: the days of several («Орталық Азия елдері мен Әзербайжан кино күндері») have no guest. */
    private static final Set<String> JOINS = Set.of("мен", "пен", "бен", "және", ",");

    private KazakhNationDays() {
    }

    /** The guests' country and the host's of a nation's days of culture a text reports; either may be null. */
    record Visit(String guest, String host) {
    }

    /**
     * «Қазақстанның Тәжікстандағы мәдениет күндері», «Өзбекстанда қазақ киносының күндері»: the first days of culture
     * the text reports, whose artists are the guests it names and whose venues are the host's; null if none.
     */
    static Visit visit(Scan scan) {
        Visit russian = russianVisit(scan);
        if (russian != null) {
            return russian;
        }
        Visit first = null;
        for (int i = 2; i < scan.doc.size(); i++) {
            String word = scan.token(i).lower();
            String art = scan.token(i - 1).lower();
            if (!(word.startsWith("күндер") || word.startsWith("апта")) || scan.token(i - 1).isCapitalised()
                    || ARTS.stream().noneMatch(art::startsWith) || scan.doc.sentenceAt(i).lang() != Lang.KK) {
                continue;
            }
            // a host in the locative may stand between the nation and its art («Қазақстанның Тәжікстандағы …»)
            Place host = scan.place(i - 2);
            int k = host != null && hostCase(scan, host) ? host.from() - 1 : i - 2;
            String guest = nation(scan, k);
            String at = host(scan, i - 1);
            if (guest == null && at == null) {
                continue;
            }
            // a headline may leave the host out («Қатарда …»: «қатар» is also a common word); the body then names it
            if (first == null) {
                first = new Visit(guest, at);
            } else if (at != null && (guest == null || guest.equals(first.guest()))) {
                return new Visit(first.guest(), at);
            }
            if (first.host() != null) {
                return first;
            }
        }
        return first;
    }

    /** Russian forms of "days": «Дни культуры», «Дней культуры», «Днях культуры». */
    private static final Set<String> RU_DAYS = Set.of("дни", "дней", "днях", "дням", "днями");

    /**
     * «В Ашхабаде проходят Дни культуры Республики Казахстан», «Дни культуры Таджикистана в Казахстане»: the guest is
     * the country in the genitive after «культуры», the host the one the sentence puts the days in; null if the text
     * reports no such days in Russian.
     */
    private static Visit russianVisit(Scan scan) {
        for (int i = 0; i + 2 < scan.doc.size(); i++) {
            if (!RU_DAYS.contains(scan.token(i).lower()) || scan.doc.sentenceAt(i).lang() != Lang.RU) {
                continue;
            }
            Place guest = russianGuest(scan, i + 1);
            if (guest == null || guest.country() == null) {
                continue;
            }
            Document.Sentence s = scan.doc.sentenceAt(i);
            for (int k = s.from(); k + 1 < s.to(); k++) {
                Place host = scan.place(k + 1);
                if (scan.token(k).lower().equals("в") && host != null && host.from() == k + 1
                        && host.country() != null && !host.country().equals(guest.country())) {
                    return new Visit(guest.country(), host.country());
                }
            }
            // «В Москве завершились Дни культуры Астаны»: a city's days are a visit only where a host abroad is named
            if (guest.city() == null) {
                return new Visit(guest.country(), null);
            }
        }
        return null;
    }

    /** Genitives of the arts whose days a nation holds, in Russian: «Дни казахстанского кино». */
    private static final Set<String> RU_ARTS = Set.of("культуры", "кино", "искусства", "театра", "литературы",
            "музыки", "книги");

    /**
     * The guest of Russian days opening at {@code k}: the country in the genitive after «культуры» («Дни культуры
     * Республики Казахстан»: the state's formal name, of which the gazetteer has the nominative), or the nation's
     * adjective before the art («Дни казахстанского кино», «Дней российской культуры»); or null.
     */
    private static Place russianGuest(Scan scan, int k) {
        if (k + 1 >= scan.doc.size()) {
            return null;
        }
        if (scan.token(k).lower().equals("культуры")) {
            int at = scan.token(k + 1).lower().startsWith("республик") && k + 2 < scan.doc.size() ? k + 2 : k + 1;
            Place p = scan.place(at);
            return p != null && p.from() == at ? p : null;
        }
        Place p = scan.place(k);
        return p != null && p.from() == k && p.adjective() && p.to() < scan.doc.size()
                && RU_ARTS.contains(scan.token(p.to()).lower()) ? p : null;
    }

    /** The country of the nearest place in the locative before token i in its sentence («Ташкентте …»), or null. */
    private static String host(Scan scan, int i) {
        for (int k = i - 1; k >= scan.doc.sentenceAt(i).from(); k--) {
            Place p = scan.place(k);
            if (p != null && p.country() != null && p.to() == k + 1 && hostCase(scan, p)) {
                return p.country();
            }
        }
        return null;
    }

    /** The country a word at k names as a nation, not as a place something is in, nor one of several; or null. */
    private static String nation(Scan scan, int k) {
        Place p = scan.place(k);
        int from = p != null ? p.from() : k;
        if (k < 0 || from > 0 && JOINS.contains(scan.token(from - 1).lower())) {
            return null;
        }
        if (p != null) {
            return p.country() != null && p.city() == null && !hostCase(scan, p) ? p.country() : null;
        }
        return Gazetteer.nationWord(scan.token(k));
    }

    private static boolean hostCase(Scan scan, Place p) {
        return CountryResolver.KK_LOCATIVE.contains(Morph.kkCase(scan.token(p.to() - 1).lower(), 3));
    }

    /** The event whose head is at {@code h}, opening two words before it with a nation's word; null if none. */
    static Mention named(Scan scan, int left, int h, Head head) {
        int k = h - 2;
        if (k < left || !SEASONS.contains(head.nominative().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Token nation = scan.token(k);
        String art = scan.token(k + 1).lower();
        // «қазақ киносының күндері»: the art also in the genitive
        boolean genitive = KazakhNames.GENITIVE.contains(Morph.kkCase(art, 3)) && ARTS.stream().anyMatch(art::startsWith);
        if (Gazetteer.nationWord(nation) == null || !scan.token(k + 1).isCyrillic()
                || !Morph.kkPossessive(art) && !genitive) {
            return null;
        }
        Map<Integer, String> forms = Map.of(k, Render.capitalised(nation.text()), h, KazakhNames.nominative(
                scan.token(h), head));
        return new Mention(head.type(), Render.of(scan.doc, k, h + 1, forms), k, h + 1, 3);
    }
}
