package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Kazakh: the capitalised words right after a place in a contest («ІІІ орынды Төрехан Совет, ІІ орынды Тұрар
 * Тілеулиев, І орынды Бексұлтан Орынбасар еншіледі») are its winner, even when a surname is also a word for a body
 * (Совет) or a title (Орынбасар, deputy). Read before heads, so such a surname heads no body.
 */
final class PlaceWinners {

    private static final Set<String> ORDINALS = Set.of("бірінші", "екінші", "үшінші", "1", "2", "3");
    /** A person's name here runs to two or three words: a given name, a surname, a patronymic. */
    private static final int LONGEST = 3;

    private PlaceWinners() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (Document.Sentence s : scan.doc.sentences) {
            if (s.lang() != Lang.KK) {
                continue;
            }
            for (int i = s.from() + 1; i + 2 < s.to(); i++) {
                if (!scan.token(i).lower().equals("орынды") || !ordinal(scan.token(i - 1))) {
                    continue;
                }
                // «ІІІ орынды жаңақорғандық … Әлмахан Сері мен Назерке Жәнібек, Сырдария ауданынан келген Қайбулла
                // Ерсұлтан алды»: a place may share winners, each introduced by where they come from
                int at = i + 1;
                int start;
                int to;
                while ((to = nameEnd(scan, start = from(scan, at, s.to()), s.to())) > 0) {
                    Mention m = new Mention(ActorType.PERSON, Render.of(scan.doc, start, to), start, to, 2);
                    if (start > at) {
                        // «Өзбекстан Республикасының қатысушысы Дмитрий Власов»: the words before the name say who they are
                        m.roleFrom = at;
                        m.roleTo = start;
                    }
                    scan.take(m);
                    found.add(m);
                    at = to < s.to() && JOINS.contains(scan.token(to).lower()) ? to + 1 : s.to();
                }
            }
        }
        return found;
    }

    /** Words between two winners of one place. */
    private static final Set<String> JOINS = Set.of("мен", "бен", "пен", "және", ",");
    /** Kinds of place in the ablative, after the place's name: «Қазалы ауданынан келген». */
    private static final Set<String> FROM_PLACES = Set.of("ауданынан", "қаласынан", "облысынан", "елінен",
            "ауылынан");
    /** The most words saying where a winner comes from, or what they are, before their name. */
    private static final int INTRO = 4;

    /**
     * Where a winner's name opens at or after {@code at}: past a word for where they are from in lower case
     * («жалағаштық»), a place and «… ауданынан келген», or their title in the plural («жас күйшілер»); {@code at} if
     * no name opens within a few words.
     */
    private static int from(Scan scan, int at, int end) {
        for (int k = at; k < Math.min(end, at + INTRO); k++) {
            Token t = scan.token(k);
            boolean placed = scan.place(k) != null || k + 1 < end && FROM_PLACES.contains(scan.token(k + 1).lower());
            if (t.isCapitalised() && !placed) {
                return k;
            }
            if (!t.isWord() || scan.taken(k)) {
                return at;
            }
        }
        return at;
    }

    private static boolean ordinal(Token t) {
        return ORDINALS.contains(t.lower()) || t.text().chars().allMatch(c -> c == 'І' || c == 'I');
    }

    /** The end of a name of two or three capitalised words starting at {@code from}, a given name first; or -1. */
    private static int nameEnd(Scan scan, int from, int end) {
        if (from >= end || !scan.nameLike(from) || !scan.token(from).isCyrillic()) {
            return -1;
        }
        int to = from + 1;
        while (to < end && to - from < LONGEST && word(scan, to)) {
            to++;
        }
        boolean closed = to >= end || !scan.token(to).isCapitalised();
        return to - from >= 2 && closed ? to : -1;
    }

    private static boolean word(Scan scan, int k) {
        Token t = scan.token(k);
        return t.isWord() && t.isCyrillic() && t.isCapitalised() && !t.isAbbreviation() && !scan.taken(k)
                && scan.place(k) == null;
    }
}
