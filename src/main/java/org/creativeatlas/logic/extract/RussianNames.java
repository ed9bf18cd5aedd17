package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Russian names around a head noun: agreeing adjectives before it (put in the nominative with the head) and a
 * genitive tail after it («Фонд развития духовной культуры "Ыйман"», «Институт государства и права НАН»,
 * «Посольство Японии в КР»). A tail stops before «при»: what follows is an actor of its own.
 */
final class RussianNames {

    private static final String PRESENTATION = "презентация";
    private static final String ORGAN = "орган";
    private static final Set<String> NAMED_AFTER = Set.of("имени", "им");
    private static final Set<String> FEMININE = Set.of("ая", "яя", "ую", "юю");
    /** Stems of adjectives that point at a thing rather than name it: «Следующий форум», «очередной фестиваль». */
    private static final Set<String> GENERIC = Set.of("следующ", "очередн", "прошл", "последн", "ближайш", "кажд",
            "данн", "ежегодн", "совместн", "крупнейш", "сам", "предстоящ", "нынешн");

    /**
     * Bodies of the state, named as such even in lower case («при поддержке управления культуры городского акимата»,
     * «правительства Республики Таджикистан», «в посольстве КР в РФ», «мэрии Бишкека») and alone when capitalised
     * inside a sentence («Сенат»).
     */
    private static final Set<String> STATE_BODIES = Set.of("министерство", "правительство", "управление", "акимат",
            "комитет", "сенат", "мажилис", "парламент", "кабинет", "департамент", "курултай", "агентство",
            "посольство", "консульство", "мэрия", "хокимият", "маслихат", "хякимлик", "администрация", ORGAN);
    /** Parts of a body, named by the body they belong to: «филиалом Всероссийского государственного института …». */
    private static final Set<String> PARTS = Set.of("филиал", "представительство", "отделение");
    /** Rooms, which name a body only with adjectives of their own («Центральный выставочный зал …»). */
    private static final String FUND = "фонд";
    /** Places of learning, which a nation's adjective in lower case only describes. */
    private static final Set<String> SCHOOLS = Set.of("университет", "институт", "академия", "колледж");
    /** Stems of houses whose «фонд» is what they hold: «фонд музея», «фонд библиотеки». */
    private static final List<String> HOLDINGS = List.of("музе", "библиотек", "архив", "галере");
    /** A body's departments, named by the body they belong to, which is the actor; one of a town's is a body itself. */
    private static final Set<String> SUBUNITS = Set.of("отдел");
    /** Troupes that may belong to a body named after them («Хор Государственного театра оперы и балета «…»»). */
    private static final Set<String> TROUPES = Set.of("хор", "оркестр", "ансамбль", "балет");

    /** Verbal nouns that end like adjectives: «Открытие креативного хаба» is no «Открытый хаб». */
    private static final java.util.regex.Pattern VERBAL_NOUN = java.util.regex.Pattern.compile(".*[тн]и(е|ем|ю|и|я)");

    private RussianNames() {
    }

    static Mention build(Scan scan, int h, Head head) {
        if (EventTitles.ofNextHead(scan, h, head)) {
            return null;
        }
        head = Performed.programme(scan, h, head) ? head.as(ActorType.EVENT) : head;
        Document.Sentence s = scan.doc.sentenceAt(h);
        int left = h;
        // «концертом Государственного … ансамбля»: a head noun ending as an adjective does is none
        while (left - 1 >= s.from()) {
            if (adjectiveOrLatin(scan, left - 1) && agrees(scan.token(left - 1), head) && head(scan, left - 1) == null
                    && (left == h || RussianCases.same(scan.token(left - 1), scan.token(left)))) {
                left--;
            } else if (left - 3 >= s.from() && scan.token(left - 1).is(")") && scan.token(left - 3).is("(")
                    && adjectiveOrLatin(scan, left - 2) && agrees(scan.token(left - 2), head)) {
                left -= 3; // «Российско-Таджикском (Славянском) университете»: another adjective in brackets
            } else {
                break;
            }
        }
        boolean colon = listedAfterColon(scan, h);
        Head second = head.type() == ActorType.EVENT ? sharedTitle(scan, h) : null;
        int last = second != null ? h + 2 : h;
        RussianTail tail = new RussianTail(scan, colon ? h + 2 : last + 1, s.to());
        int to = tail.end();
        String noun = head.nominative().toLowerCase(java.util.Locale.ROOT);
        head = RussianProjects.attached(scan, head, tail, s);
        // «выступление ансамбля танца "Урал" в Ашхабаде»: where a troupe performs is no part of its name
        to = TROUPES.contains(noun) && tail.locatedAt > 0 ? tail.locatedAt : to;
        // «в кинотеатре "Манас" в Бишкеке»: a quoted name is whole; the town after it says where the house is, while a
        // mission or a branch is named by where it works
        boolean whole = tail.quote != null && tail.quote.close() == tail.locatedAt - 1 && !STATE_BODIES.contains(noun)
                && !PARTS.contains(noun);
        to = tail.locatedAt > 0 && (whole || tail.numbered || tail.eponym || StateTowns.atHome(scan, left, tail.locatedAt))
                ? tail.locatedAt : to;
        to = to == h + 1 && noun.endsWith(MUSEUM) ? eponymEnd(scan, h + 1, s.to()) : to;
        int from = left;
        while (from < h && !(scan.token(from).isCapitalised() || scan.token(from).isLatin())) {
            from++;
        }
        boolean proper = scan.token(from).isCapitalised() || scan.token(from).isLatin();
        boolean quoted = to - 1 > h && scan.doc.quotes.around(to - 1) != null;
        // «архитектурное бюро Studio KO», «фестиваль ТеатрALL»: a brand right after the head names it as a quote does
        // «телерадиокомпании ТРТ»: so does an abbreviation that is no state
        boolean branded = to > h + 1 && (scan.token(h + 1).isLatin() && scan.token(h + 1).isCapitalised()
                || scan.token(h + 1).isBrand() || scan.token(h + 1).isAbbreviation() && scan.place(h + 1) == null
                        && !KnownAcronyms.is(scan.token(h + 1)));
        Place state = scan.place(h);
        if (state != null && state.state() && state.to() == h + 1) {
            return null; // «Российской Федерации» is a state, not a federation of anything
        }
        if (noun.equals(PRESENTATION) && tail.quote == null && tail.titledAt < 0 && !branded) {
            return null; // «презентация книги академика …»: a presentation is named by the title of what it presents
        }
        if (noun.equals(FUND) && !scan.token(h).isCapitalised() && h + 1 < s.to()
                && HOLDINGS.stream().anyMatch(scan.token(h + 1).lower()::startsWith)) {
            return null; // «в фонд музея поступило …»: a museum's holdings, no fund
        }
        if (RussianRooms.room(noun) && RussianRooms.plain(scan, left, h) && (left == h || troupeAfter(scan, h + 1, to))
                && !quoted && !branded) {
            return null; // «в зале Национального музея», «в Большом зале Национальной библиотеки»: a room of it
        }
        if (SUBUNITS.contains(noun) && h + 1 < s.to() && scan.token(h + 1).isCapitalised() && !quoted) {
            return null; // «в Музыкальном отделе Российской государственной библиотеки»: the library is the actor
        }
        // «отдела культуры администрации г. Ходжента»: a department of a town's state body is a body of the town
        boolean body = STATE_BODIES.contains(noun) || SUBUNITS.contains(noun) && !proper && ofStateBody(scan, h + 1, to)
                || PARTS.contains(noun) && to > h + 1 && scan.token(h + 1).isCapitalised() && scan.place(h + 1) == null;
        boolean lowerBody = body && !proper && to - h >= 2;
        boolean loneBody = body && proper && from == h && h > s.from();
        if (loneBody && to == h + 1 && namedBefore(scan, h, noun)) {
            return null; // «партнеры Посольства» after «Посольства Кыргызстана в Японии»: the body named before
        }
        // «биеннале ТЮРКСОЙ», «первое заседание … Закона КР «О …»»: an event named by what follows its head; so is one
        // named by a country in its tail («концерт мастеров культуры Туркменистана»)
        boolean lowerEvent = head.type() == ActorType.EVENT && !proper && !LinkVerbs.predicate(scan, left, h)
                && (namedTail(scan, h + 1, to) || ofCountry(scan, h + 1, to) || nationsDays(scan, h, noun));
        // «концерт петербургской группы «Feel'armonia»»: so is a band named after its word
        boolean band = tail.quote != null && QuotedCollectives.is(scan.token(tail.quote.open() - 1));
        if (noun.equals(CONCERT) && (band || (tail.quote == null || troupeQuoted(scan, h + 1, tail.quote.open()))
                && (troupeAfter(scan, h + 1, to) || titledAfter(scan, h + 1)))) {
            return null; // «концерт Государственного симфонического оркестра»: the orchestra is the actor
        }
        boolean own = quoted && RussianProjects.titled(noun, tail, h);
        if (head.type() == ActorType.PLATFORM && !head.plural() && !own && (!scan.token(h).isCapitalised() || h == s.from())) {
            return null; // «Национальной программы о …» is described; «Программы по поддержке …» is named
        }
        // «областной юношеской библиотеки имени Саги Жиенбаева»: a body named after someone, or numbered, is named in
        // lower case too
        boolean named = (tail.namedAfter || tail.numbered || tail.eponym) && head.type() == ActorType.ORGANISATION
                || workplace(scan, left, h, to, head) || TownHouses.named(scan, h, to, head);
        if (lowerBody || lowerEvent) {
            // «исполнительный орган государственной власти»: an organ is a body only with the adjective saying whose
            from = lowerBody && noun.equals(ORGAN) ? left : h;
        } else if ((!proper && !quoted && !branded || to - from < 2 && !quoted && !branded) && !loneBody && !named
                || head.type() == ActorType.EVENT && !quoted && !tail.edition && RussianOpenings.onlyCapital(scan, from, to)
                || head.type() == ActorType.ORGANISATION && !quoted && !branded && !body && !named
                        && (to == h + 1 || to == h + 3 && RussianOpenings.located(scan, h + 2))
                        && RussianOpenings.onlyCapital(scan, from, to) && !RussianOpenings.nation(scan, from)) {
            return null;
        }
        if (head.type() == ActorType.EVENT && tail.quote != null && RussianCases.plural(scan.token(h), head)) {
            return null; // «участник многочисленных кинофестивалей «Акыркы коч»»: one title names no festivals
        }
        boolean titled = (tail.quote != null || branded || named && !proper) && head.type() != ActorType.PLATFORM;
        if (titled) {
            // «открытие детского фольклорного фестиваля «Наристе»»: before a quoted title, a brand or the name of whom
            // it is named after the adjectives in lower case belong to the name; elsewhere they only describe the thing
            from = left;
            // «с немецким университетом имени Гумбольдта»: a nation's adjective in lower case says whose, not which
            // («узбекского театра музыкальной драмы имени …» plays in Uzbek: a theatre's nation is its language)
            Place nation = named && tail.quote == null && SCHOOLS.contains(noun) ? scan.place(from) : null;
            from = nation != null && nation.adjective() && nation.to() <= h && !scan.token(from).isCapitalised()
                    ? nation.to() : from;
        }
        boolean group = head.type() == ActorType.ORGANISATION && from == h && group(scan, h, s);
        from = group ? h - 1 : from;
        Map<Integer, String> normal = new HashMap<>();
        normal.put(h, (lowerBody || lowerEvent) && from == h ? Render.capitalised(head.nominative()) : head.nominative());
        if (colon) {
            normal.put(h + 1, "");
        }
        if (second != null) {
            normal.put(last, second.nominative());
        }
        char gender = gender(scan, from, h, head);
        for (int i = from; i < h; i++) {
            if (scan.token(i).isCyrillic()) {
                normal.put(i, CaseEndings.ruAdjective(scan.token(i).text(), gender, head.plural()));
            }
        }
        if (group) {
            normal.put(h - 1, Render.capitalised(GROUP));
            normal.put(h, scan.token(h).text());
        }
        if (titled) {
            normal.computeIfPresent(from, (k, v) -> Render.capitalised(v));
        }
        if (tail.titledAt > 0) {
            normal.put(tail.titledAt, ""); // «выставка под названием «…»» is named «Выставка «…»»
            normal.put(tail.titledAt + 1, "");
        }
        String name = Render.of(scan.doc, from, to, normal);
        if (head.type() == ActorType.EVENT && tail.quote != null) {
            // «Седьмой международный кинофестиваль «Дидор»»: the head and its title, with the adjectives before the head
            name = Render.of(scan.doc, from, tail.quote.close() + 1, normal);
        } else if (head.type() != ActorType.ORGANISATION && tail.quote != null) {
            name = Render.of(scan.doc, tail.quote.open() + 1, tail.quote.close());
        }
        ActorType type = head.plural() && head.type() == ActorType.ORGANISATION ? ActorType.PLATFORM : head.type();
        Mention m = new Mention(tail.quote != null ? StagedWorks.showing(scan, h, type) : type, name, from, to, 3);
        m.attached = tail.attachedAt >= 0 ? attached(scan, tail.attachedAt, to)
                : head.type() == ActorType.EVENT ? inner(scan, h, to) : RussianRooms.room(noun) ? owner(scan, h + 1, 0)
                // «филиал Казахстанского национального университета им. аль-Фараби»: a branch's body is an actor too
                : TROUPES.contains(noun) || PARTS.contains(noun) ? owner(scan, h + 1, OWNER_ADJECTIVES) : null;
        return m;
    }

    /**
     * The body a room or a troupe belongs to, named in the genitive right after it («зал Академии художеств
     * Узбекистана»), or null.
     */
    private static Mention owner(Scan scan, int at, int adjectives) {
        if (at >= scan.doc.size() || !scan.token(at).isCapitalised()) {
            return null;
        }
        // a troupe's body may have adjectives before its head («Хор Государственного театра оперы …»)
        int h = firstHead(scan, at, at + adjectives + 1);
        Head head = h >= 0 ? head(scan, h) : null;
        Mention m = head != null && head.type() == ActorType.ORGANISATION ? build(scan, h, head) : null;
        return m != null && m.from == at ? m : null;
    }

    private static final int OWNER_ADJECTIVES = 3;

    private static final String CONCERT = "концерт";

    /** Whether the first head in a tail is a body's: the troupe a concert is named by. */
    private static boolean troupeAfter(Scan scan, int from, int to) {
        int h = firstHead(scan, from, to);
        return h >= 0 && head(scan, h).type() == ActorType.ORGANISATION;
    }

    /** «концерт народной артистки Казахстана …»: a concert named by a title in the genitive is its performer's. */
    private static boolean titledAfter(Scan scan, int from) {
        for (int k = from; k < Math.min(scan.doc.size(), from + 3); k++) {
            if (Titles.is(scan.token(k))) {
                return true;
            }
            if (Morph.ruAdjectiveEnding(scan.token(k).lower()) == null) {
                return false;
            }
        }
        return false;
    }

    /**
     * «концертом Государственного академического ансамбля народного танца Адыгеи «Нальмэс»»: a quote after a troupe's
     * head in the genitive is the troupe's name, not the concert's title.
     */
    private static boolean troupeQuoted(Scan scan, int from, int open) {
        int k = firstHead(scan, from, open);
        return k >= 0 && TROUPES.contains(head(scan, k).nominative().toLowerCase(java.util.Locale.ROOT));
    }

    /** The first token from {@code from} to before {@code to} that is a Russian head noun, or -1. */
    private static int firstHead(Scan scan, int from, int to) {
        for (int k = from; k < Math.min(to, scan.doc.size()); k++) {
            if (head(scan, k) != null) {
                return k;
            }
        }
        return -1;
    }

    private static Head head(Scan scan, int k) {
        return Heads.of(scan.token(k), k + 1 < scan.doc.size() ? scan.token(k + 1) : null, Lang.RU);
    }

    private static final String GROUP = "группа";
    private static final Set<String> GENITIVE_PLURAL = Set.of("ий", "ов", "ев", "ей");

    /**
     * «имени группы компаний «Самрук-Қазына»»: a group of bodies, its head in the genitive plural, is named with the
     * word for the group ("Группа компаний …"), as a holding calls itself.
     */
    private static boolean group(Scan scan, int h, Document.Sentence s) {
        String head = scan.token(h).lower();
        String before = h - 1 >= s.from() ? scan.token(h - 1).lower() : "";
        return before.startsWith("групп") && before.length() <= GROUP.length() + 1 && !scan.taken(h - 1)
                && GENITIVE_PLURAL.contains(head.substring(Math.max(0, head.length() - 2)));
    }

    /**
     * «танцевальные ансамбли “Зебо”, “Гулрез”, “Парасту”»: the quoted names listed after the one right behind the
     * head share its words, each an actor of its own.
     */
    static List<Mention> listedAfter(Scan scan, Mention first) {
        List<Mention> out = new ArrayList<>();
        Quotes.Quote q = scan.doc.quotes.around(first.to - 1);
        // a quote that opens the text («"Российская газета" передала …») has no head before it
        int head = q == null || q.open() == 0 ? -1 : scan.token(q.open() - 1).is(":") ? q.open() - 2 : q.open() - 1;
        if (first.type == ActorType.PLATFORM || q == null || q.close() != first.to - 1 || head <= first.from
                || Heads.of(scan.token(head), Lang.RU) == null) {
            return out;
        }
        String shared = first.name.substring(0, first.name.length() - Render.of(scan.doc, q.open(), q.close() + 1).length());
        int k = datesAfter(scan, q.close() + 1);
        while (k + 1 < scan.doc.size() && scan.doc.listJoined(k, k + 1, 1)) {
            Quotes.Quote next = scan.doc.quotes.around(k + 1);
            if (next == null || next.open() != k + 1 || scan.anyTaken(next.open(), next.close() + 1)) {
                break;
            }
            out.add(new Mention(first.type, shared + Render.of(scan.doc, next.open(), next.close() + 1), next.open(),
                    next.close() + 1, 3));
            k = datesAfter(scan, next.close() + 1);
        }
        return out;
    }

    /**
     * «два международных фестиваля: «Мелодия мира» (19–21 мая) и «…»»: quoted names listed after a colon that follows
     * the head are named by it, as when they stand right behind it.
     */
    private static boolean listedAfterColon(Scan scan, int h) {
        return h + 2 < scan.doc.size() && scan.token(h + 1).is(":") && scan.doc.quotes.closingOf(h + 2) > 0;
    }

    /**
     * «универсальная международная выставка и конференция «Белый город Ашхабад»»: a second event head joined by «и»
     * shares the quoted title with the first, one event of both; null if the words after the head are not so.
     */
    private static Head sharedTitle(Scan scan, int h) {
        if (h + 3 >= scan.doc.size() || !scan.token(h + 1).lower().equals("и") || scan.doc.quotes.closingOf(h + 3) < 0
                || scan.taken(h + 2)) {
            return null;
        }
        Head next = Heads.of(scan.token(h + 2), scan.token(h + 3), Lang.RU);
        return next != null && next.type() == ActorType.EVENT && !next.plural() ? next : null;
    }

    /** The token after the dates in brackets that follow a listed name («(19–21 мая)»), or {@code at} if none. */
    private static int datesAfter(Scan scan, int at) {
        if (at >= scan.doc.size() || !scan.token(at).is("(")) {
            return at;
        }
        for (int k = at + 1; k < Math.min(scan.doc.size(), at + 8); k++) {
            if (scan.token(k).is(")")) {
                return k + 1;
            }
            if (!scan.token(k).isNumber() && !Months.is(scan.token(k).lower()) && scan.token(k).isWord()) {
                return at;
            }
        }
        return at;
    }

    /**
     * «II Театральный фестиваль стран-членов Международной организации тюркской культуры»: the body with a
     * capitalised name of its own in an event's tail is an actor too; so is a person the tail names.
     */
    private static Mention inner(Scan scan, int h, int to) {
        for (int k = h + 1; k < to; k++) {
            Head head = Heads.of(scan.token(k), k + 1 < to ? scan.token(k + 1) : null, Lang.RU);
            // «форум «Устойчивый музей – драйвер развития регионов»»: a head in an event's title names no body
            if (head != null && head.type() == ActorType.ORGANISATION && scan.token(k).isCyrillic()
                    && scan.doc.quotes.around(k) == null) {
                Mention m = build(scan, k, head);
                return m != null && m.from > h && scan.token(m.from).isCapitalised() ? m : null;
            }
        }
        return Performers.named(scan, h + 1, to);
    }

    private static boolean namedBefore(Scan scan, int h, String noun) {
        for (int k = 0; k < h; k++) {
            Head before = scan.taken(k) && scan.token(k).isCapitalised() ? head(scan, k) : null;
            if (before != null && before.nominative().equalsIgnoreCase(noun)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ofStateBody(Scan scan, int from, int to) {
        for (int k = from; k < to; k++) {
            Head body = head(scan, k);
            String noun = body == null ? "" : body.nominative().toLowerCase(java.util.Locale.ROOT);
            if (STATE_BODIES.contains(noun)) {
                return true;
            }
        }
        return false;
    }

    /** A tail that holds an abbreviation, a Latin name, a quote or a capitalised word that is no place. */
    private static boolean namedTail(Scan scan, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = scan.token(k);
            if (scan.doc.quotes.around(k) != null || t.isWord() && (t.isAbbreviation() || t.isCapitalised())
                    && scan.place(k) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * «руководитель проектного офиса по развитию креативных индустрий Данат Жумин»: a body described in lower case
     * between a person's title and name is the one body they work at, named by its description.
     */
    private static boolean workplace(Scan scan, int left, int h, int to, Head head) {
        return head.type() == ActorType.ORGANISATION && !head.plural() && to - h >= 2 && left > 0
                && Titles.is(scan.token(left - 1)) && to + 1 < scan.doc.size() && scan.nameLike(to)
                && scan.nameLike(to + 1) && !scan.token(h).isCapitalised();
    }

    private static final String MUSEUM = "музей";
    /** A first name in the genitive: Урала, Сергея, Анны, Марии. */
    private static final java.util.regex.Pattern GENITIVE_NAME = java.util.regex.Pattern.compile("\\p{L}{2,}[аяыи]");

    /**
     * «Дом-музей Урала Тансыкбаева»: a museum is named after whom it keeps, a first name and a surname in the
     * genitive right after it, with no «имени»; the token after them, else {@code at}.
     */
    private static int eponymEnd(Scan scan, int at, int end) {
        // a woman's surname in the nominative ends like a man's genitive: the first name must be in the genitive too
        if (at + 1 >= end || !scan.nameLike(at) || !scan.nameLike(at + 1) || scan.anyTaken(at, at + 2)
                || !Surnames.looksLike(scan.token(at + 1).lower()) || !GENITIVE_NAME.matcher(scan.token(at).lower())
                .matches() || !Morph.ruGenitiveLike(scan.token(at + 1).lower())) {
            return at;
        }
        return at + 2;
    }

    /** «начались дни узбекистанского кино»: a nation's days or week of an art, named in lower case too. */
    private static boolean nationsDays(Scan scan, int h, String noun) {
        Place p = h + 2 < scan.doc.size() ? scan.place(h + 1) : null;
        return SameEvents.SEASONS.contains(noun) && p != null && p.adjective() && p.from() == h + 1 && p.to() == h + 2
                && ARTS.contains(scan.token(h + 2).lower());
    }

    /** The arts a nation's days are of, in the genitive where they decline. */
    private static final Set<String> ARTS = Set.of("кино", "культуры", "литературы", "музыки", "театра", "книги",
            "искусства", "моды", "фильмов", "анимации");

    /** A state in the tail, whose the event is; not one it is held in («фестивале в Турции» names no festival). */
    private static boolean ofCountry(Scan scan, int from, int to) {
        for (int k = from; k < to; k++) {
            Place p = scan.place(k);
            if (p != null && p.state() && !(k > from && CountryResolver.AT.contains(scan.token(k - 1).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** The body after «при»: a name with a head of its own, or an abbreviation such as ЦИК КР. */
    private static Mention attached(Scan scan, int at, int to) {
        Head head = Heads.of(scan.token(at), at + 1 < to ? scan.token(at + 1) : null, Lang.RU);
        if (head != null) {
            return build(scan, at, head);
        }
        int end = at;
        while (end < to && scan.token(end).isAbbreviation()) {
            end++;
        }
        return end > at && scan.place(at) == null
                ? new Mention(ActorType.ORGANISATION, Render.of(scan.doc, at, end), at, end, 2) : null;
    }

    /**
     * A feminine adjective cannot go with a head of another gender: «Открывая форум» is a verb form and a noun.
     * Only the unambiguous feminine endings are read; the rest agree with any head.
     */
    private static boolean agrees(Token t, Head head) {
        String ending = t.isCyrillic() ? Morph.ruAdjectiveEnding(t.lower()) : null;
        boolean feminine = ending != null && FEMININE.contains(ending);
        return !feminine || head.gender() == 'f' && !head.plural() || BOTH_GENDERS.contains(head.nominative());
    }

    /** Borrowed heads Russian writes with either gender: «Бухарская биеннале», «Ташкентское биеннале». */
    private static final Set<String> BOTH_GENDERS = Set.of("биеннале");

    /** The gender a borrowed head takes from its adjective where it takes either; else its own. */
    private static char gender(Scan scan, int from, int h, Head head) {
        if (!BOTH_GENDERS.contains(head.nominative()) || from >= h) {
            return head.gender();
        }
        String ending = Morph.ruAdjectiveEnding(scan.token(from).lower());
        // «Бухарской биеннале»: -ой, -ей are a feminine's oblique cases here, as the neuter's are -ого, -ому
        return ending != null && (FEMININE.contains(ending) || ending.equals("ой") || ending.equals("ей"))
                ? 'f' : head.gender();
    }

    private static boolean adjectiveOrLatin(Scan scan, int i) {
        Token t = scan.token(i);
        if (scan.taken(i) || !t.isWord() || Scan.isStopword(t) || Titles.is(t)) {
            return false;
        }
        if (t.isLatin()) {
            return t.isCapitalised() || t.isAbbreviation();
        }
        String ending = Morph.ruAdjectiveEnding(t.lower());
        return ending != null && !NAMED_AFTER.contains(t.lower())
                && !GENERIC.contains(t.lower().substring(0, t.lower().length() - ending.length()))
                && !VERBAL_NOUN.matcher(t.lower()).matches();
    }
}
