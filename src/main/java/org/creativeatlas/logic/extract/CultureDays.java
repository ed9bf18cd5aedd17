package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * «День корейской культуры», «День культуры Японии», "Uzbekistan Cultural Day", "Day of Turkmen culture", «өзбек
 * әдебиеті мен мәдениеті күні», «Қазақстан Республикасының мәдениет күні»: one day of a nation's culture or art is an
 * event, as its days are, though "day" alone names none.
 */
final class CultureDays {

    private static final Set<String> RU_DAY = Set.of("день", "дня", "дню", "днём", "днем", "дне");
    /** «Вечер кыргызской культуры»: an evening of a nation's culture is named as its day is. */
    private static final Set<String> RU_EVENING = Set.of("вечер", "вечера", "вечеру", "вечером", "вечере");
    /** The arts a nation's day is of, in the genitive. */
    private static final Set<String> RU_ARTS = Set.of("культуры", "театра", "кино", "литературы", "музыки",
            "искусства");
    private static final Set<String> EN_ARTS = Set.of("culture", "cultural", "cinema", "literature", "music", "theatre");
    /** Stems of the Kazakh arts, as a possessive («мәдениеті»), a genitive («мәдениетінің») or bare («мәдениет»). */
    private static final List<String> KK_ARTS = List.of("мәдени", "әдебиет", "өнер", "театр", "кино", "музыка");
    private static final Set<String> KK_JOINS = Set.of("мен", "бен", "пен", "және");

    private CultureDays() {
    }

    static List<Mention> find(Scan scan) {
        return PerLanguage.find(scan, CultureDays::kazakh, CultureDays::russian, CultureDays::english);
    }

    /** «День узбекской культуры», «День культуры Республики Узбекистан»: the nation's adjective or the state after. */
    private static Mention russian(Scan scan, int i) {
        String head = RU_DAY.contains(scan.token(i).lower()) ? "День "
                : RU_EVENING.contains(scan.token(i).lower()) ? "Вечер " : null;
        if (head == null || i + 2 >= scan.doc.size()) {
            return null;
        }
        Place nation = scan.place(i + 1);
        int to = -1;
        if (nation != null && nation.adjective() && nation.from() == i + 1 && nation.to() == i + 2
                && RU_ARTS.contains(scan.token(i + 2).lower())) {
            to = i + 3;
        } else if (RU_ARTS.contains(scan.token(i + 1).lower())) {
            Place state = state(scan, i + 2);
            to = state != null && state.from() == i + 2 ? state.to() : -1;
        }
        return to < 0 ? null : new Mention(ActorType.EVENT, head + Render.of(scan.doc, i + 1, to), i, to, 2);
    }

    /** "Uzbekistan Cultural Day", "Chinese Culture Day", "Day of Turkmen culture". */
    private static Mention english(Scan scan, int i) {
        if (!scan.token(i).text().equals("Day")) {
            return null;
        }
        Place before = scan.place(i - 2);
        if (before != null && before.country() != null && before.to() == i - 1
                && EN_ARTS.contains(scan.token(i - 1).lower()) && scan.token(i - 1).isCapitalised()) {
            return new Mention(ActorType.EVENT, Render.of(scan.doc, before.from(), i + 1), before.from(), i + 1, 2);
        }
        Place after = i + 3 < scan.doc.size() && scan.token(i + 1).is("of") ? scan.place(i + 2) : null;
        if (after != null && after.from() == i + 2 && after.adjective() && EN_ARTS.contains(scan.token(after.to()).lower())) {
            return new Mention(ActorType.EVENT, Render.of(scan.doc, i, after.to() + 1), i, after.to() + 1, 2);
        }
        return null;
    }

    /**
     * «өзбек мәдениетінің күні», «өзбек әдебиеті мен мәдениеті күні», «Қытайдағы Қазақстан Республикасының мәдениет
     * күні»: the day after an art or two, a nation's word or a state in the genitive before them, and the state the
     * day is held in («Қытайдағы») before that.
     */
    private static Mention kazakh(Scan scan, int i) {
        if (!scan.token(i).lower().equals("күні") || !art(scan, i - 1)) {
            return null;
        }
        int k = i - 2;
        if (k - 1 >= 0 && KK_JOINS.contains(scan.token(k).lower()) && art(scan, k - 1)) {
            k -= 2;
        }
        if (k < scan.doc.sentenceAt(i).from()) {
            return null;
        }
        Place state = state(scan, k);
        boolean genitive = state != null && state.to() == k + 1
                && KazakhNames.GENITIVE.contains(Morph.kkCase(scan.token(k).lower(), 3));
        if (!genitive && Gazetteer.nationWord(scan.token(k)) == null) {
            return null;
        }
        int from = genitive ? Math.max(state.from(), scan.doc.sentenceAt(i).from()) : k;
        Place host = from > 0 ? state(scan, from - 1) : null;
        from = host != null && host.to() == from && CountryResolver.KK_LOCATIVE.contains(
                Morph.kkCase(scan.token(from - 1).lower(), 3)) ? host.from() : from;
        return new Mention(ActorType.EVENT, Render.of(scan.doc, from, i + 1), from, i + 1, 2);
    }

    /**
     * The nation whose day a mention names («День культуры Японии» in Almaty), which it is held away from, as a nation's
     * days are; null if the mention names no such day. A state the day is said to be held in («Қытайдағы») is no guest.
     */
    static String guest(Scan scan, Mention m) {
        boolean day = false;
        for (int i = m.from; i < m.to && !day; i++) {
            String lower = scan.token(i).lower();
            day = RU_DAY.contains(lower) || RU_EVENING.contains(lower) || lower.equals("day") || lower.equals("күні");
        }
        for (int i = m.from; day && i < m.to; i++) {
            Place p = scan.place(i);
            if (p != null && p.from() == i && p.country() != null && !CountryResolver.KK_LOCATIVE.contains(
                    Morph.kkCase(scan.token(p.to() - 1).lower(), 3))) {
                return p.country();
            }
        }
        return null;
    }

    private static boolean art(Scan scan, int k) {
        return k >= 0 && !scan.token(k).isCapitalised() && KK_ARTS.stream().anyMatch(scan.token(k).lower()::startsWith);
    }

    private static Place state(Scan scan, int k) {
        Place p = k >= 0 ? scan.place(k) : null;
        return p != null && p.state() ? p : null;
    }
}
