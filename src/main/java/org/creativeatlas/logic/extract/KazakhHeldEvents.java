package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * A Kazakh report names the event it is about in common words as the subject of «өтті» (took place): «Қырғызстанда
 * тұратын қазақтардың кездесуі өтті», «Түрксой басылымдарын Қарағанды қаласы кітапханаларына табыстау рәсімі өтті».
 * The phrase runs back from its head to what a noun phrase cannot hold: a word in the instrumental («… төрағалығымен»,
 * «… қатысуымен»), a plain locative, which says where, unless a participle follows it («Қырғызстанда тұратын»), a
 * number of a date, a stop or the sentence's start. A head with nothing before it («Толобековпен кездесу өтті») or in
 * the plural (кездесулер, several of them) names no one event. Found by its place alone, such a name is shown
 * only when the event is named no other way. An event may also be named by the body that holds it («Шанхай
 * Ынтымақтастық Ұйымының саммиті»).
 */
final class KazakhHeldEvents {

    /** «Took place», «takes place», «was held», «is held». */
    private static final Set<String> HELD = Set.of("өтті", "өтеді", "өткізілді", "өткізіледі");
    /** Event nouns no name needs, besides the event heads: a meeting, a ceremony, a sitting. */
    private static final Set<String> OCCASIONS = Set.of("кездесу", "кездесуі", "рәсім", "рәсімі", "отырыс", "отырысы",
            "тұсаукесер", "тұсаукесері", "таныстырылым", "таныстырылымы");
    private static final Set<String> PARTICIPLE_ENDINGS = Set.of("атын", "етін", "йтын", "йтін", "ған", "ген", "қан",
            "кен");
    private static final Set<String> INSTRUMENTAL = Set.of("мен", "бен", "пен", "ымен", "імен", "менен");
    /** The endings an ordinal in figures takes after its dash. */
    private static final Set<String> ORDINAL_ENDINGS = Set.of("ші", "шы", "інші", "ыншы", "нші", "ншы");
    /** How many words before its head the phrase may have; a longer run is a clause, not a name. */
    private static final int MOST = 9;

    private KazakhHeldEvents() {
    }

    /**
     * The events so named that hold no event or person found before: «… ауқымды көрме-жәрмеңкесі өтеді» is one,
     * «ALMATY FILM FESTIVAL кинофестивалі өтті» names it again.
     */
    static List<Mention> find(Scan scan, List<Mention> before) {
        // an event found before is named already; a person the phrase would run over is whom a meeting is with
        // («… Бас консулы Баходур Назирге кездесу өтті»), which names no event
        boolean[] named = new boolean[scan.doc.size()];
        boolean[] event = new boolean[scan.doc.size()];
        for (Mention m : before) {
            for (int k = m.from; (m.type == ActorType.EVENT || m.type == ActorType.PERSON) && k < m.to; k++) {
                named[k] = true;
                event[k] = m.type == ActorType.EVENT;
            }
        }
        List<Mention> found = new ArrayList<>();
        for (int i = 2; i < scan.doc.size(); i++) {
            if (!HELD.contains(scan.token(i).lower())) {
                continue;
            }
            Document.Sentence s = scan.doc.sentenceAt(i);
            int head = i - 1;
            if (s.lang() != Lang.KK || head <= s.from() || !occasion(scan.token(head), s.lang()) || named[head]) {
                continue;
            }
            int from = head;
            while (from - 1 >= s.from() && head - from < MOST && inPhrase(scan, from - 1)) {
                if (whoseAnniversary(scan, from - 1)) {
                    from--;
                    break; // the words before the person's name are theirs («ақын, ойшыл»), not the event's
                } else if (named[from - 1]) {
                    // «… Шыңғыс Айтматовты еске алуға арналған конференция өтті»: whom it is dedicated to names it
                    while (dedicated(scan, from, head) && from - 1 >= s.from() && named[from - 1]
                            && scan.token(from - 1).isCapitalised()) {
                        from--;
                    }
                    break;
                }
                from--;
            }
            // «"Ташкент қазақтары тарихы және мәдени өмірі" атты кітабының тұсаукесері өтті»: a title is whole
            Quotes.Quote q = scan.doc.quotes.around(from);
            if (q != null && q.open() < from && q.close() > head) {
                continue; // «Бүгін елорда орталығында … кеші өтті. …», - деді: someone's words retell the event
            }
            if (q != null && q.open() < from && q.open() >= s.from() && !scan.anyTaken(q.open(), from)) {
                from = q.open();
            }
            // a run that ends on a named event describes it again («Saryarka short film festival қысқаметражды
            // фильмдер фестивалі өтті») or is a part of it («… фестивалінің ашылу концерті өтті»)
            // (an author's name before a book's title is whose the book is: «… Омарұлының «…» атты кітабының тұсаукесері»)
            boolean namesAnother = from - 1 >= s.from() && named[from - 1] && inPhrase(scan, from - 1)
                    && !dedicated(scan, from, head) && (event[from - 1] || q == null || from != q.open());
            if (from < head && (head - from < MOST || q != null) && !namesAnother) {
                String name = Render.of(scan.doc, from, head + 1);
                found.add(new Mention(ActorType.EVENT, Render.capitalised(name), from, head + 1, 1));
            }
        }
        return found;
    }

    /** An event head in the nominative singular other than a generic one («іс-шара»), or a meeting or ceremony. */
    private static boolean occasion(Token t, Lang lang) {
        Head h = Heads.of(t, lang);
        return h != null && h.type() == ActorType.EVENT && !h.plural() && h.nominative().length() == t.text().length()
                && !KazakhNames.GENERIC_EVENTS.contains(t.lower()) || OCCASIONS.contains(t.lower());
    }

    private static boolean inPhrase(Scan scan, int k) {
        Token t = scan.token(k);
        if (t.is("«") || t.is("»") || t.is("\"") || ordinal(scan, k) || KazakhInnerWords.counted(scan, k)) {
            return true;
        }
        if (!t.isWord()) {
            return false;
        }
        String lower = t.lower();
        String kase = Morph.kkCase(lower, 3);
        if (INSTRUMENTAL.contains(kase)) {
            return false;
        }
        boolean locative = CountryResolver.plainLocative(kase);
        return !locative || participle(scan.token(k + 1).lower());
    }

    /**
     * The number or the dash of an ordinal written in figures, «35-ші», «6-шы», which the tokenizer cuts in three:
     * the sitting it numbers is one («Кеңесінің 35-ші отырысы»), not a run that starts after the dash.
     */
    private static boolean ordinal(Scan scan, int k) {
        int number = scan.token(k).isNumber() ? k : scan.token(k).isDash() ? k - 1 : -1;
        return number >= 0 && number + 2 < scan.doc.size() && scan.token(number).isNumber()
                && scan.token(number + 1).isDash() && ORDINAL_ENDINGS.contains(scan.token(number + 2).lower());
    }

    /** «Мақтымқұлының 300 жылдығына арналған кеш»: the person whose anniversary it is belongs to its name. */
    private static boolean whoseAnniversary(Scan scan, int k) {
        return k + 1 < scan.doc.size() && KazakhInnerWords.counted(scan, k + 1)
                && KazakhNames.GENITIVE.contains(Morph.kkCase(scan.token(k).lower(), 3));
    }

    /** Whether «арналған» (dedicated to) stands in the phrase between {@code from} and its head. */
    private static boolean dedicated(Scan scan, int from, int head) {
        for (int k = from; k < head; k++) {
            if (scan.token(k).lower().equals("арналған")) {
                return true;
            }
        }
        return false;
    }

    private static boolean participle(String lower) {
        return lower.length() > 5 && PARTICIPLE_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /**
     * «Шанхай Ынтымақтастық Ұйымының саммиті»: an event's head in the possessive right after a body's name in the
     * genitive (a numeral between) is named by whose it is; the body stays an actor of its own. Null unless the word
     * before is such a name.
     */
    static Mention byBody(Scan scan, int h, Head head, Document.Sentence s) {
        // «Түркі кеңесінің IV саммиті»: a Roman numeral may number the event between
        int k = h - 1 > s.from() && scan.token(h - 1).isRomanNumeral() && !scan.taken(h - 1) ? h - 2 : h - 1;
        Token body = k >= s.from() ? scan.token(k) : null;
        Head bodyHead = body == null ? null : Heads.of(body, Lang.KK);
        if (head.type() != ActorType.EVENT || head.bare() || bodyHead == null || bodyHead.type() == ActorType.EVENT
                || !scan.taken(k) || !KazakhNames.GENITIVE.contains(Morph.kkCase(body.lower(), 2))) {
            return null;
        }
        while (k - 1 >= Math.max(s.from(), h - KazakhNames.WINDOW) && scan.taken(k - 1) && scan.token(k - 1).isWord()) {
            k--;
        }
        if (!scan.token(k).isCapitalised()) {
            // «ТҮРКСОЙ Жастар камералық оркестрінің концерті»: the body's head may be in lower case, not its name
            return null;
        }
        String name = Render.of(scan.doc, k, h + 1, Map.of(h, KazakhNames.nominative(scan.token(h), head)));
        return new Mention(head.type(), name, k, h + 1, 3);
    }
}
