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
                int to = scan.token(i).lower().equals("орынды") && ordinal(scan.token(i - 1)) ? nameEnd(scan, i + 1, s.to())
                        : -1;
                if (to > 0) {
                    Mention m = new Mention(ActorType.PERSON, Render.of(scan.doc, i + 1, to), i + 1, to, 2);
                    scan.take(m);
                    found.add(m);
                }
            }
        }
        return found;
    }

    private static boolean ordinal(Token t) {
        return ORDINALS.contains(t.lower()) || t.text().chars().allMatch(c -> c == 'І' || c == 'I');
    }

    /** The end of a name of two or three capitalised words starting at {@code from}, a given name first; or -1. */
    private static int nameEnd(Scan scan, int from, int end) {
        if (!scan.nameLike(from) || !scan.token(from).isCyrillic()) {
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
