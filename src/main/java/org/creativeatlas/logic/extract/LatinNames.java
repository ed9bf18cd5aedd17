package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Latin-script names inside Russian or Kazakh text with no head noun of their own: a web name (a platform, as the
 * catalogue keeps sites) or a name a role hangs on («etnomedia.tv даму директоры», «Namba Group негізін қалаушы»).
 */
final class LatinNames {

    /** Latin words that Russian and Kazakh text borrows as common words, never names on their own. */
    private static final Set<String> BORROWED = Set.of("it", "ict", "online", "offline", "digital", "phd", "ceo", "ai",
            "vr", "ar", "web", "smm", "ux", "ui", "diy", "art", "tv", "pr", "hr", "startup", "media", "hub", "coworking");
    private static final int REACH = 3;

    private LatinNames() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        Document doc = scan.doc;
        for (int i = 0; i < doc.size(); i++) {
            if (!startsRun(scan, i) || doc.sentenceAt(i).lang() == Lang.EN) {
                continue;
            }
            int end = i;
            while (end < doc.size() && startsRun(scan, end) && doc.sentenceAt(end) == doc.sentenceAt(i)) {
                end++;
            }
            int kind = kindBefore(scan, i);
            if (kind >= 0) {
                // «этно-фолк группа Hassak», «лейбл Juzz Entertainment»: the word for its kind names the troupe with it
                Mention m = new Mention(ActorType.ORGANISATION, Render.capitalised(Render.of(doc, kind, end)), kind,
                        end, 3);
                found.add(m);
                scan.take(m);
            } else if (isName(scan, i, end)) {
                Mention m = new Mention(type(scan, i, end), Render.of(doc, i, end), i, end, 2);
                found.add(m);
                scan.take(m);
            }
            i = end - 1;
        }
        return found;
    }

    /** A web name is a platform (Balmuzdaq.plus авторлары), unless a role hangs on it («etnomedia.tv даму директоры»). */
    private static ActorType type(Scan scan, int from, int to) {
        return to - from == 1 && isWebName(scan.token(from)) && !titleBefore(scan, from) && !titleAfter(scan, to)
                ? ActorType.PLATFORM : ActorType.ORGANISATION;
    }

    static boolean isWebName(Token t) {
        return t.isLatin() && t.text().indexOf('.') > 0;
    }

    private static boolean titleAfter(Scan scan, int to) {
        int end = Math.min(scan.doc.sentenceAt(to - 1).to(), to + REACH);
        for (int k = to; k < end && scan.token(k).isWord(); k++) {
            if (Titles.is(scan.token(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsRun(Scan scan, int i) {
        Token t = scan.token(i);
        return t.isLatin() && !scan.taken(i) && scan.doc.quotes.around(i) == null
                && (t.isCapitalised() || t.isAbbreviation() || t.text().indexOf('.') > 0);
    }

    /** Russian words for a troupe or a label, in the nominative, that a Latin name may follow. */
    private static final Set<String> KINDS = Set.of("группа", "коллектив", "ансамбль", "трио", "квартет", "лейбл",
            "студия");

    /**
     * Where «[этно-фолк] группа» right before a Latin name at i begins: the kind word (its last part after a hyphen)
     * and the lower-case words before it that describe it; or -1.
     */
    private static int kindBefore(Scan scan, int i) {
        int k = i - 1;
        if (k < scan.doc.sentenceAt(i).from() || !scan.token(k).isCyrillic() || scan.taken(k)) {
            return -1;
        }
        String word = scan.token(k).lower();
        if (!KINDS.contains(word.substring(word.lastIndexOf('-') + 1))) {
            return -1;
        }
        return RussianKindWords.from(scan, k);
    }

    /** «руководитель программ Internews»: a title one or two words before. */
    static boolean titleBefore(Scan scan, int from) {
        int start = scan.doc.sentenceAt(from).from();
        for (int k = from - 1; k >= Math.max(start, from - 2); k--) {
            if (Titles.is(scan.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** «баяншы Yves Moulin»: two name-like Latin words right after a Cyrillic title are a person's name. */
    private static boolean personAfterTitle(Scan scan, int from, int to) {
        Token title = scan.token(from - 1);
        return to - from == 2 && title.isCyrillic() && Titles.is(title) && scan.nameLike(from) && scan.nameLike(from + 1);
    }

    /** "DW Akademie (Германия)": a country or city in brackets after the run says where the actor is. */
    private static boolean placeInBrackets(Scan scan, int to) {
        if (to + 2 >= scan.doc.size() || !scan.token(to).is("(")) {
            return false;
        }
        Place p = scan.place(to + 1);
        return p != null && p.country() != null && p.to() < scan.doc.size() && scan.token(p.to()).is(")");
    }

    private static boolean isName(Scan scan, int from, int to) {
        if (to - from == 1 && BORROWED.contains(scan.token(from).lower())) {
            return false;
        }
        if (scan.token(from).text().indexOf('.') > 0) {
            return from == 0 || scan.token(from - 1).end() < scan.token(from).start();
        }
        if (titleBefore(scan, from) && !personAfterTitle(scan, from, to) || placeInBrackets(scan, to)) {
            return true;
        }
        int end = Math.min(scan.doc.sentenceAt(from).to(), to + REACH);
        for (int k = to; k < end; k++) {
            Token t = scan.token(k);
            if (Titles.is(t)) {
                return true;
            }
            if (!t.isWord() || t.isCapitalised()) {
                return false;
            }
        }
        return false;
    }
}
