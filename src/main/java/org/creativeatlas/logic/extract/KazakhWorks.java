package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;

/**
 * «Мұқағали» фильмі: a quoted title followed by the word for a kind of work names a work (a film,
 * a play, a book, a song) that an event shows or a prize goes to, not the event or body named after it.
 */
final class KazakhWorks {
    /** Stems of the kinds of works (films, plays, books, songs) that festivals show and prizes go to. */
    private static final List<String> WORKS = List.of("фильм", "мультфильм", "спектакл", "кітаб", "роман", "пьеса",
            "ән", "альбом", "картина", "туынды", "қойылым", "дастан", "повесть");

    /** Stems of the kinds of works a list of quoted titles may end in, in any form («музыкалық драмалары»). */
    private static final List<String> LISTED_WORKS = List.of("фильм", "спектакл", "кітап", "кітаб", "роман", "пьеса",
            "драма", "комедия", "қойылым", "альбом", "дастан", "повесть", "туынды", "опера", "балет", "поэма", "ойын");
    /** «… және басқа да ойындарға»: words that close a list with "and other", before the kind of its items. */
    private static final Set<String> AND_OTHER = Set.of("және", "басқа", "да", "де", "өзге", "сияқты", "секілді");
    /** How many words describing the works («музыкалық», «лирикалық») may stand between the titles and their kind. */
    private static final int DESCRIBED = 2;

    /** The stem of the word for a prize, «сыйлық», in all its forms. */
    private static final String PRIZE = "сыйлы";

    private KazakhWorks() {
    }

    /**
     * «"Алаш" әдеби сыйлығының лауреаты»: the word for a prize after a quoted title, at most two lower-case words on;
     * the title names the prize, which is no actor, and no other reading should make one of it.
     */
    static boolean prizeAfter(Document doc, int from) {
        for (int j = from; j < Math.min(doc.size(), from + 3); j++) {
            Token t = doc.token(j);
            if (!t.isCyrillic() || t.isCapitalised()) {
                return false;
            }
            if (t.lower().startsWith(PRIZE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «Гауһартас», «Қоштасқым келмейді», «Абай-Тоғжан» музыкалық драмалары: the titles of a list the word for their
     * kind of work (or game) closes, at most two describing words on, past "and other", name works.
     */
    static boolean listedBefore(Document doc, Quotes.Quote q) {
        int end = q.close() + 1;
        while (end + 1 < doc.size() && (doc.token(end).is(",") || doc.token(end).lower().equals("және"))) {
            Quotes.Quote next = doc.quotes.around(end + 1);
            if (next == null || next.open() != end + 1) {
                break;
            }
            end = next.close() + 1;
        }
        while (end < doc.size() && AND_OTHER.contains(doc.token(end).lower())) {
            end++;
        }
        for (int j = end; j < Math.min(doc.size(), end + DESCRIBED + 1); j++) {
            Token t = doc.token(j);
            if (!t.isCyrillic() || t.isCapitalised()) {
                return false;
            }
            String w = t.lower();
            if (LISTED_WORKS.stream().anyMatch(stem -> w.startsWith(stem) && w.length() - stem.length() <= 6)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the word saying what kind of work a quoted title names stands, after at most two words describing it
     * («Мұқағали» қазақстандық фильмі), if a name still follows it before the head {@code h}; else -1.
     */
    static int after(Scan scan, int from, int h) {
        for (int j = from; j < Math.min(h - 1, from + 3); j++) {
            if (kind(scan.token(j))) {
                return j;
            }
            if (scan.token(j).isCapitalised() || !scan.token(j).isCyrillic()) {
                return -1;
            }
        }
        return -1;
    }

    /** «фильмі», «спектаклі», «кітабы»: the kind of a work a quoted title names, in the possessive as after a title. */
    private static boolean kind(Token t) {
        String w = t.lower();
        if (t.isCapitalised() || !t.isCyrillic()) {
            return false;
        }
        for (String stem : WORKS) {
            String rest = w.startsWith(stem) ? w.substring(stem.length()) : null;
            if (rest != null && (rest.equals("ы") || rest.equals("і") || rest.equals("сы") || rest.equals("сі"))) {
                return true;
            }
        }
        return false;
    }
}
