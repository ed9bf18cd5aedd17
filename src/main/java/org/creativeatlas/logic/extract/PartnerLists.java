package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Lists of partners («Партнерами проекта стали: …, Jyldyz Academy и Тимур Мон, "Санарип 50+", …»): each item no
 * other rule claimed is an actor of its own when it is a bare quoted name, a Latin name or a person's two names
 * (in Latin script only when one ends like a surname: "Cultural and Creative Industries" is no one).
 */
final class PartnerLists {

    private static final Set<String> AND = Set.of("и", "and", "және", "мен");
    private static final Set<String> SEPARATORS = Set.of(",", ";", ":", "-", "–", "—");
    /** Kazakh words for "such as" that close a list: «…, Анапия Нұрғали сынды елге белгілі жыр дүлділдері». */
    private static final Set<String> CLOSERS = Set.of("сынды", "секілді", "сияқты", "тәрізді");
    /** Lower-case words inside a foreign body's name. */
    private static final Set<String> PARTICLES = Set.of("di", "de", "del", "della", "la", "le", "von", "van", "der");
    private static final int MIN_ITEMS = 3;
    private static final int MAX_ITEM = 8;
    private static final int MAX_NAME = 4;

    private PartnerLists() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        for (Document.Sentence s : scan.doc.sentences) {
            List<int[]> items = items(scan, s);
            if (items.size() < MIN_ITEMS) {
                continue;
            }
            boolean afterPerson = false;
            // "cities such as Ankara (Turkiye), Lanzhou (China)": a list of places with their countries names no one
            boolean places = items.stream().anyMatch(it -> placeWithCountry(scan, it[0], it[1]));
            for (int[] item : items) {
                Mention m = afterDash(scan, item[0]) ? null : actor(scan, item[0], item[1], places, afterPerson);
                m = m == null && afterPerson ? personOpening(scan, item[0], item[1]) : m;
                if (m != null) {
                    found.add(m);
                    scan.take(m);
                }
                afterPerson = m != null ? m.type == ActorType.PERSON : personShaped(scan, item[0], item[1]);
            }
        }
        return found;
    }

    /** Cuts a sentence at commas, colons, dashes, "such as", and at "и"/"and" before a capital or a quote. */
    private static List<int[]> items(Scan scan, Document.Sentence s) {
        List<int[]> items = new ArrayList<>();
        int start = s.from();
        for (int i = s.from(); i < s.to(); i++) {
            Token t = scan.token(i);
            boolean cut = SEPARATORS.contains(t.text()) && scan.doc.quotes.around(i) == null
                    || AND.contains(t.lower()) && i + 1 < s.to() && startsItem(scan.token(i + 1))
                    || CLOSERS.contains(t.lower());
            if (cut || ".".equals(t.text()) && i == s.to() - 1) {
                if (i > start) {
                    items.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        if (s.to() > start) {
            items.add(new int[] {start, s.to()});
        }
        return items;
    }

    /**
     * «- лучший фильм — «Базар», продюсер и режиссер …»: what a dash introduces is what the words before it are
     * (a prize's winning film), not a partner.
     */
    private static boolean afterDash(Scan scan, int from) {
        return from > 0 && (scan.token(from - 1).is("—") || scan.token(from - 1).is("–"));
    }

    private static boolean startsItem(Token t) {
        return t.isCapitalised() || "\"«“".contains(t.text());
    }

    /** "Ankara (Turkiye)": an item that is a place and nothing more before its bracket. */
    private static boolean placeWithCountry(Scan scan, int from, int to) {
        Place p = scan.place(from);
        return p != null && p.to() == to - 3 && scan.token(to - 3).is("(") && scan.token(to - 1).is(")");
    }

    /** Two name words, alone or before a bracket ("Pavel Yankovsky (Russia)"), whoever found them. */
    private static boolean personShaped(Scan scan, int from, int to) {
        return (to - from == 2 || to - from > 2 && scan.token(from + 2).is("(")) && scan.nameLike(from)
                && scan.nameLike(from + 1);
    }

    private static Mention actor(Scan scan, int from, int to, boolean places, boolean afterPerson) {
        if (to - from > MAX_ITEM || scan.anyTaken(from, to) || strayQuote(scan, from, to)) {
            return null;
        }
        if (to - from == 2 && scan.nameLike(from) && scan.nameLike(from + 1) && !PersonFinder.envoyRank(scan.token(from + 1))
                && (scan.token(from).isCyrillic()
                || Surnames.looksLike(scan.token(from).lower()) || Surnames.looksLike(scan.token(from + 1).lower()))) {
            return new Mention(ActorType.PERSON, Render.of(scan.doc, from, to), from, to, 1);
        }
        if (scan.doc.sentenceAt(from).lang() == Lang.EN) {
            return places ? null : withItsCountry(scan, from, to, afterPerson);
        }
        Quotes.Quote q = scan.doc.quotes.around(from);
        Token first = scan.token(from);
        if (q == null && to - from >= 2 && scan.doc.quotes.around(from + 1) != null && first.isCapitalised()) {
            q = scan.doc.quotes.around(from + 1);
            if (q.close() == to - 1) {
                return new Mention(ActorType.ORGANISATION, Render.of(scan.doc, from, to), from, to, 1);
            }
        }
        // «в номинациях …, «лучшая сценография» и …»: a quote opening in lower case names a prize, not a partner
        if (q != null && q.open() == from && q.close() == to - 1
                && !Character.isLowerCase(scan.token(from + 1).text().charAt(0))) {
            return new Mention(ActorType.ORGANISATION, Render.of(scan.doc, from + 1, to - 1), from, to, 1);
        }
        boolean latin = true;
        for (int i = from; i < to; i++) {
            latin &= scan.token(i).isLatin() && scan.token(i).isCapitalised() && scan.place(i) == null
                    && !scan.token(i).isRomanNumeral(); // «… және XIX - ХХ ғасырлардың»: centuries, no partner
        }
        return latin ? new Mention(ActorType.ORGANISATION, Render.of(scan.doc, from, to), from, to, 1) : null;
    }

    /**
     * "Sabah Lab (Azerbaijan), HTP (Kyrgyzstan), Bilisim Vadisi (Turkey), …": an English item of a few capitalised
     * words followed by its country in brackets is a body, or a person when it is two names and one ends like a
     * surname or the item before it is a person ("Pavel Yankovsky (Russia), and Tuncay Kurtoglu (Turkey)"). A
     * body's name may hold a particle ("Piccolo Teatro di Milano (Italy)"), and the list's last item may run on
     * into the sentence ("Nakamura Gekijo (Japan) are among those attending").
     */
    private static Mention withItsCountry(Scan scan, int from, int to, boolean afterPerson) {
        int name = from + 1;
        while (name < to && name - from <= MAX_NAME && !scan.token(name).is("(")) {
            name++;
        }
        if (name + 2 >= to || name - from > MAX_NAME || !scan.token(name + 2).is(")") || scan.place(name + 1) == null
                || name + 3 < to && scan.token(name + 3).isCapitalised()) {
            return null;
        }
        for (int i = from; i < name; i++) {
            Token t = scan.token(i);
            boolean word = t.isCapitalised() || i > from && i < name - 1 && PARTICLES.contains(t.text());
            if (!t.isLatin() || !word || scan.place(i) != null) {
                return null;
            }
        }
        boolean person = name - from == 2 && scan.nameLike(from) && scan.nameLike(from + 1)
                && (afterPerson || Surnames.looksLike(scan.token(from).lower())
                        || Surnames.looksLike(scan.token(from + 1).lower()));
        return new Mention(person ? ActorType.PERSON : ActorType.ORGANISATION, Render.of(scan.doc, from, name), from,
                name, 1);
    }

    /**
     * «Сұңғат Анапия, Алина Жартиева, Заңғар Омардың қазылар алқасына айтқан сөзінен»: after a person, an item that
     * opens with two name words in Cyrillic opens with a person, the sentence going on after them.
     */
    private static Mention personOpening(Scan scan, int from, int to) {
        if (to - from <= 2 || !scan.token(from).isCyrillic() || !scan.nameLike(from) || !scan.nameLike(from + 1)
                || scan.anyTaken(from, from + 2) || scan.nameLike(from + 2)) {
            return null;
        }
        boolean kazakh = scan.doc.sentenceAt(from).lang() == Lang.KK;
        Map<Integer, String> normal = kazakh ? Map.of(from + 1, CaseEndings.kkSurname(scan.token(from + 1).text()))
                : Map.of();
        return new Mention(ActorType.PERSON, Render.of(scan.doc, from, from + 2, normal), from, from + 2, 1);
    }

    /** An item holding a quotation mark that pairs with nothing is part of a longer, badly quoted name. */
    private static boolean strayQuote(Scan scan, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("\"«»“”".contains(scan.token(i).text()) && scan.doc.quotes.around(i) == null) {
                return true;
            }
        }
        return false;
    }
}
