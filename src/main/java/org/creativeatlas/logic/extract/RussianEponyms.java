package org.creativeatlas.logic.extract;

import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Whom a Russian body is named after, in its tail: «имени академика Б. Гафурова», «им. И. Арабаева», or in the
 * genitive with no «имени» («Центре Гейдара Алиева», «библиотеки А.С. Пушкина»); and the state or the parent body
 * that may follow.
 */
final class RussianEponyms {

    /** «имени академика Б. Гафурова»: a rank before whom a body is named after. */
    private static final Set<String> EPONYM_RANKS = Set.of("академика", "профессора", "поэта", "писателя",
            "композитора", "художника", "святого", "генерала", "адмирала", "маршала", "генерал-адмирала",
            "генерал-майора", "генерал-лейтенанта", "генерал-полковника");

    private final Scan scan;
    /** Where the tail starts, right after the body's head. */
    private final int start;
    private final int end;

    RussianEponyms(Scan scan, int start, int end) {
        this.scan = scan;
        this.start = start;
        this.end = end;
    }

    /**
     * A man's first name and surname in the genitive right after a capitalised head that no title governs: whom the
     * body is named after («Центре Гейдара Алиева»), not its head («директора Центра Фирдавса …» names a person).
     */
    boolean pair(int i) {
        Token head = scan.token(start - 1);
        boolean governed = start - 2 >= 0 && Titles.is(scan.token(start - 2));
        return i + 1 < end && head.isCapitalised() && !governed && scan.nameLike(i) && scan.nameLike(i + 1)
                && scan.token(i).isCyrillic() && scan.token(i).lower().matches(".+[бвгджзклмнпрстфхцчшщ]а")
                && scan.token(i + 1).lower().matches(".+(ова|ева|ина|ына)");
    }

    /**
     * «библиотеки А.С. Пушкина»: initials and a surname in the genitive right after a body's word no title governs;
     * where they end, or i.
     */
    int initialled(int i) {
        int k = i;
        while (k + 1 < end && scan.token(k).isInitial() && scan.token(k).isCyrillic() && scan.token(k + 1).is(".")) {
            k += 2;
        }
        // «доценты Историко-юридического института Ж. Дехканова и Е. Атамкулова»: people after a title
        boolean governed = false;
        for (int t = Math.max(scan.doc.sentenceAt(i).from(), start - 6); t < start; t++) {
            governed |= Titles.is(scan.token(t));
        }
        boolean listed = k + 2 < end && (scan.token(k + 1).is(",") || scan.token(k + 1).lower().equals("и"))
                && scan.token(k + 2).isInitial();
        return k > i && k < end && !governed && !listed && scan.nameLike(k) && scan.token(k).isCyrillic()
                && scan.token(k).lower().matches(".+(ова|ева|ина|ына)") && !scan.taken(k) ? k + 1 : i;
    }

    /** «театра имени Махтумкули Туркменистана»: the state whose body it is, after the eponym, closes its name. */
    int whose(int j) {
        Place state = j < end ? scan.place(j) : null;
        return state != null && state.from() == j && state.state() && state.to() <= end
                && Morph.ruGenitiveEnding(scan.token(j).lower()) ? state.to() : j;
    }

    /**
     * «имени Ж.Баласагына», «им Б.Джамгерчинова», «имени академика Б. Гафурова», «имени Абу Райхана Беруни»:
     * a rank, initials, then a surname; -1 if it is not there.
     */
    int namedAfter(int j) {
        if (j < end && scan.token(j).is(".")) {
            j++;
        }
        if (j + 1 < end && EPONYM_RANKS.contains(scan.token(j).lower())) {
            j++;
        }
        if (j + 2 < end && ParticleNames.opensCyrillic(scan.token(j)) && namedWord(scan.token(j + 1))) {
            j++; // «Абу Райхана Беруни»: the father's name opens a name of three words
        }
        int first = j;
        while (j + 1 < end && scan.token(j).isInitial() && scan.token(j + 1).is(".")) {
            j += 2;
        }
        if (j >= end || !namedWord(scan.token(j))) {
            return -1;
        }
        boolean initials = j > first;
        // «имени Гейдара Алиева Самир Аббасов»: the honoree's two names in the genitive, then someone's in the nominative
        boolean nextPerson = j + 3 < end && scan.token(j).lower().endsWith("а") && scan.token(j + 1).lower().endsWith("а")
                && namedWord(scan.token(j + 2)) && namedWord(scan.token(j + 3))
                && !scan.token(j + 3).lower().endsWith("а");
        boolean secondWord = j + 1 < end && namedWord(scan.token(j + 1)) && !scan.token(j + 1).isAbbreviation()
                && (!(j + 2 < end && scan.token(j + 2).isCapitalised() && !parentHead(j + 2)) || nextPerson);
        return !initials && secondWord ? j + 2 : j + 1;
    }

    /** «… имени Абу Райхана Беруни Академии наук»: the body whose part the named one is opens with its head. */
    boolean parentHead(int k) {
        Head h = Heads.of(scan.token(k), Lang.RU);
        return h != null && h.type() == ActorType.ORGANISATION && scan.token(k).isCapitalised()
                && Morph.ruGenitiveLike(scan.token(k).lower());
    }

    /** A name's word: capitalised, or with a lower-case particle before a hyphen («аль-Фараби»). */
    private static boolean namedWord(Token t) {
        int hyphen = t.text().indexOf('-');
        return t.isWord() && (t.isCapitalised()
                || hyphen > 0 && hyphen + 1 < t.text().length() && Character.isUpperCase(t.text().charAt(hyphen + 1)));
    }
}
