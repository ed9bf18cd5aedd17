package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;

/**
 * What may follow a work's title in Russian: a note in brackets on who made it (««Джамиля» (режиссер Ирина
 * Поплавская)»), and its authors in the genitive (««Серьги» Наргизы Маматкуловой»), who are people to put in the
 * nominative.
 */
final class WorkCredits {

    /** The most tokens a note in brackets after a title runs to. */
    private static final int NOTE = 8;
    /** The most words an author's name may have. */
    private static final int NAME_WORDS = 3;

    private WorkCredits() {
    }

    /** The token after a bracketed note that starts at {@code from}, in its sentence; or {@code from} if none does. */
    static int pastNote(Document doc, int from) {
        if (from >= doc.size() || !doc.token(from).is("(")) {
            return from;
        }
        Document.Sentence s = doc.sentenceAt(from);
        for (int k = from + 1; k < Math.min(s.to(), from + NOTE); k++) {
            if (doc.token(k).is(")")) {
                return k + 1;
            }
        }
        return from;
    }

    /**
     * ««Свет Аке» и «Боз Салкын» Актана Арыма Кубата и Эрнеста Абдыжапарова»: two or three capitalised words in the
     * genitive right after a Russian work's title, and as many again after «и», are who made it.
     */
    static List<Mention> after(Scan scan, Quotes.Quote q) {
        List<Mention> found = new ArrayList<>();
        if (scan.doc.sentenceAt(q.open()).lang() != Lang.RU) {
            return found;
        }
        int from = q.close() + 1;
        int to = nameEnd(scan, from);
        while (to > from) {
            found.add(named(scan, from, to));
            scan.unplace(from, to);
            if (to + 1 >= scan.doc.size() || !scan.token(to).lower().equals("и")) {
                break;
            }
            from = to + 1;
            to = nameEnd(scan, from);
        }
        found.forEach(scan::take);
        return found;
    }

    /**
     * «фильм-участник многочисленных международных кинофестивалей «Акыркы коч»»: one title after a Russian event's
     * head in the plural is no festival's but the work's that took part in them; a list of titles may name them.
     */
    static boolean afterPluralEvents(Document doc, Quotes.Quote q, Token head) {
        Head h = doc.sentenceAt(q.open()).lang() == Lang.RU ? Heads.of(head, Lang.RU) : null;
        int next = q.close() + 1;
        boolean listed = next + 1 < doc.size() && (doc.token(next).is(",") || doc.token(next).lower().equals("и"))
                && doc.quotes.around(next + 1) != null;
        return h != null && RussianCases.plural(head, h) && !listed;
    }

    /** Where a genitive name starting at {@code from} ends, or {@code from} when none starts there. */
    private static int nameEnd(Scan scan, int from) {
        int to = from;
        // past its first word a name may read as a place («Актана Арыма Кубата»: Cuba's)
        while (to < scan.doc.size() && to - from < NAME_WORDS && scan.token(to).isCyrillic() && !scan.taken(to)
                && (scan.nameLike(to) || to > from && scan.place(to) != null && scan.token(to).isCapitalised())
                && scan.doc.sentenceAt(to) == scan.doc.sentenceAt(from)) {
            to++;
        }
        boolean closed = to >= scan.doc.size() || !scan.token(to).isCapitalised();
        return to - from >= 2 && closed && genitive(scan.token(to - 1).lower()) ? to : from;
    }

    /** A surname in the genitive: «Кубата», «Абдыжапарова», «Маматкуловой». */
    private static boolean genitive(String lower) {
        return lower.endsWith("а") || lower.endsWith("я") || CaseEndings.ruFeminineOblique(lower);
    }

    /**
     * A name in the genitive, put in the nominative: a woman's by her surname's ending; a man's surname in «-а» after
     * a consonant loses it as his first name did («Актана Арыма Кубата» → Актан Арым Кубат).
     */
    static Mention named(Scan scan, int from, int to) {
        boolean woman = CaseEndings.ruFeminineOblique(scan.token(to - 1).text());
        String first = scan.token(from).text();
        boolean declined = !woman && !CaseEndings.ruGenitive(first, false).equals(first);
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            String w = scan.token(k).text();
            boolean last = k == to - 1;
            String nominative = woman ? CaseEndings.ruFeminine(w, last) : CaseEndings.ruGenitive(w, last);
            if (declined && last && nominative.equals(w)) {
                nominative = CaseEndings.ruGenitive(w, false);
            }
            name.append(k > from ? " " : "").append(nominative);
        }
        return new Mention(ActorType.PERSON, name.toString(), from, to, 3);
    }
}
