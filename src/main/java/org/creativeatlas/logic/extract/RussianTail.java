package org.creativeatlas.logic.extract;

import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Reads the genitive tail of a Russian name and tells where it ends, where a body it is attached to begins
 * («… совет при Президенте КР», «Агентство … при Министерстве культуры»), and the quoted name closing it.
 */
final class RussianTail {

    private static final Set<String> NAMED_AFTER = Set.of("имени", "им");
    private static final Set<String> IN = Set.of("в", "во");
    private static final Set<String> NOMINATIVE_ADJECTIVE = Set.of("ое", "ый", "ий", "ой", "ая");
    /** A place's adjective in the nominative: Петропавловский, Ошская, Бишкекское. */
    private static final java.util.regex.Pattern TOWN_ADJECTIVE = java.util.regex.Pattern.compile(".+[сц]к(ий|ая|ое)");
    /** An adjective's endings in the accusative (or nominative) that a place after «в» has when it says whither. */
    private static final Set<String> WHITHER = Set.of("ые", "ие", "ую", "юю", "ый", "ий", "ая", "ое");
    /** A noun in the dative, as «по» takes what a body is for: телерадиовещанию, делам, туризму, культуре. */
    private static final java.util.regex.Pattern DATIVE = java.util.regex.Pattern.compile("\\p{L}{3,}(ию|ам|ям|у|е|ю)");
    /** What «по» takes when it says why or how, not what a body is for: «по случаю», «по инициативе». */
    private static final Set<String> NOT_PURPOSES = Set.of("случаю", "поводу", "приглашению", "инициативе", "итогам",
            "результатам", "словам", "данным", "мнению", "просьбе", "окончании", "завершении", "традиции", "линии",
            "заказу", "согласованию", "решению", "поручению", "программе", "плану", "городу", "стране", "миру");
    private static final java.util.regex.Pattern PLURAL_GENITIVE = java.util.regex.Pattern.compile(".*(ов|ев|ей)");

    private final Scan scan;
    private final int start;
    private final int end;
    private final RussianEponyms eponyms;
    private int to;
    /** The first word after «при», or -1. */
    int attachedAt = -1;
    /** The quote that closes the tail, or null. */
    Quotes.Quote quote;
    /** The «под» of «под названием» that gives the closing quote as the thing's title, or -1. */
    int titledAt = -1;
    /** Where «в …» closing the tail begins («Посольство РФ в Ашхабаде»), or -1. */
    int locatedAt = -1;
    /** Whether the tail ends in the person the thing is named after («имени Саги Жиенбаева»). */
    boolean namedAfter;
    /** Whether the tail opens with the body's number («школы-гимназии № 5 города Бишкека»). */
    boolean numbered;
    /** Whether the tail is whom the body is named after, in the genitive («Центра Гейдара Алиева»). */
    boolean eponym;
    /** Whether the tail ends in an edition's year («моды-2017»). */
    boolean edition;
    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("\\p{L}+-(19|20)\\d\\d");

    RussianTail(Scan scan, int from, int end) {
        this.scan = scan;
        this.start = from;
        this.end = end;
        this.to = from;
        this.eponyms = new RussianEponyms(scan, from, end);
    }

    int end() {
        int own = ownEnd();
        return quote == null && !namedAfter ? to = untilAbbreviation(own) : own;
    }

    /**
     * «Центральноазиатская ассоциация в поддержку ремесленников (CACSA)»: a few words in lower case between a name
     * and its abbreviation in brackets still belong to the name, which the bracket closes.
     */
    private int untilAbbreviation(int from) {
        int k = from;
        while (k < end && k - from < 4 && scan.token(k).isCyrillic() && !scan.token(k).isCapitalised()
                && !Morph.ruVerbLike(scan.token(k).lower()) && !scan.taken(k)) {
            k++;
        }
        boolean bracket = k > from && k + 2 < end && scan.token(k).is("(") && scan.token(k + 1).isAbbreviation()
                && scan.place(k + 1) == null && scan.token(k + 2).is(")");
        return bracket ? k : from;
    }

    private static final java.util.List<String> HALLS = java.util.List.of("дворец", "дворц", "зал");

    /**
     * After a hall's or palace's own name, a capitalised adjective in the genitive and a body's head within three
     * words open the body the hall belongs to, an actor of its own («Дворец Мукамов Государственного культурного
     * центра Туркменистана»).
     */
    private boolean parentAfterHall(int j) {
        String head = scan.token(start - 1).lower();
        Token t = scan.token(j);
        if (HALLS.stream().noneMatch(head::startsWith) || !t.isCyrillic() || !t.isCapitalised()
                || !t.lower().matches(".*(ого|его|ой|ых|их)")) {
            return false;
        }
        for (int k = j + 1; k < Math.min(end, j + 4); k++) {
            Head h = Heads.of(scan.token(k), Lang.RU);
            if (h != null && h.type() == ActorType.ORGANISATION) {
                return true;
            }
        }
        return false;
    }

    private int ownEnd() {
        int j = to;
        while (j < end && !scan.taken(j)) {
            Token t = scan.token(j);
            int close = scan.doc.quotes.closingOf(j);
            if (close > 0) {
                quote = scan.doc.quotes.around(j);
                to = close + 1;
                located(to);
                if (!joinedByDash(to)) {
                    return to;
                }
                j = to;
                continue;
            }
            if (j == start && j + 1 < end && t.is("№") && scan.token(j + 1).isNumber()) {
                numbered = true; // «школы № 5»: a school's number names it as a name would
                to = j = j + 2;
                continue;
            }
            if (j == start && eponyms.pair(j)) {
                eponym = true; // «в Центре Гейдара Алиева»: whom a body is named after, in the genitive
                to = j = j + 2;
                continue;
            }
            if (j == start && eponyms.initialled(j) > j) {
                eponym = true; // «областной библиотеки А.С. Пушкина г. Усть-Каменогорска»
                to = j = eponyms.initialled(j);
                continue;
            }
            if (to == j && j > start && parentAfterHall(j)) {
                return to; // «Дворец Мукамов Государственного культурного центра Туркменистана»
            }
            if (to == j && titled(j)) {
                titledAt = j; // «выставка под названием «Дух Самарканда…»»: the quote is the title of the thing itself
                j += 2;
                continue;
            }
            if (to == j && j > start && j + 1 < end && scan.token(j).isDash() && lowerCompound(j)) {
                to = j = j + 2; // «стран - членов ТЮРКСОЙ»: a compound written with a spaced dash
                continue;
            }
            if (joinedByDash(j) && to == j && j > start) {
                to = j = j + 2; // «Института Открытое Общество – Фонд Содействия»: one body of two names
                continue;
            }
            if (to == j && j > start && j + 1 < end && t.isCapitalised() && NOMINATIVE_ADJECTIVE.contains(
                    String.valueOf(Morph.ruAdjectiveEnding(t.lower()))) && namedBody(j + 1) && kindOfBody(j - 1)) {
                // «филиале Института Открытое Общество»: a body's own name, in the nominative, after its kind word
                to = j = j + 2;
                continue;
            }
            if (NAMED_AFTER.contains(t.lower())) {
                j = eponyms.namedAfter(j + 1);
                if (j < 0) {
                    return to;
                }
                while (j < end && scan.token(j).isAbbreviation() && scan.place(j) == null) {
                    j++;
                }
                namedAfter = true;
                to = j;
                if (j < end && eponyms.parentHead(j)) {
                    continue; // «… имени Абу Райхана Беруни Академии наук Республики Узбекистан»
                }
                return eponyms.whose(j);
            } else if (attachedAfter(j)) {
                attachedAt = j + 1;
                to = j = j + 2;
            } else if (IN.contains(t.lower())) {
                located(j);
                return to;
            } else if (titledPerson(j) || t.lower().equals("по") && j + 2 < end && titledPerson(j + 2)
                    || j + 1 < end && scan.capitalsSurname(j + 1) || person(j)) {
                break;
            } else if (t.lower().equals("по") && j + 2 < end && plain(j + 1) && plain(j + 2)
                    && !NOT_PURPOSES.contains(scan.token(j + 1).lower())) {
                // «по детским фольклорным фестивалям»: the adjectives, then their noun
                int k = j + 1;
                while (k + 1 < end && plain(k + 1) && Morph.ruAdjectiveEnding(scan.token(k).lower()) != null
                        && Morph.ruAdjectiveEnding(scan.token(k + 1).lower()) != null) {
                    k++;
                }
                to = j = k + 2;
            } else if (t.lower().equals("по") && j + 3 < end && plain(j + 1) && scan.token(j + 2).lower().equals("и")
                    && plain(j + 3) && !scan.token(j + 3).lower().matches(".+[ое]м")) {
                // «по торговле и развитию», «по печати и массовым коммуникациям»: adjectives after «и» run to their
                // noun, which stands in the same case («по туризму и хокимиятом …» joins two bodies, no fields)
                int k = j + 3;
                while (k + 1 < end && plain(k + 1) && Morph.ruAdjectiveEnding(scan.token(k).lower()) != null) {
                    k++;
                }
                to = j = k + 1;
            } else if (t.lower().equals("по") && to == j && j + 1 < end && plain(j + 1)
                    && DATIVE.matcher(scan.token(j + 1).lower()).matches()
                    && !NOT_PURPOSES.contains(scan.token(j + 1).lower())) {
                to = j = j + 2; // «Комитет по телерадиовещанию РТ», «комиссия по делам ЮНЕСКО»
            } else if (t.lower().equals("и") && to == j && to > start && (stateAt(j - 1) != null || regionAt(j - 1))
                    && stateAt(j + 1) != null && stateAt(j + 1).from() == j + 1) {
                // «вузов Кыргызской Республики и Российской Федерации», «стран Центральной Азии и Азербайджана»
                to = j = stateAt(j + 1).to();
            } else if ((t.is(",") || t.lower().equals("и")) && to == j && to > start && j + 1 < end && genitive(j + 1)
                    && !scan.token(j + 1).isCapitalised() && Heads.of(scan.token(j + 1), Lang.RU) == null
                    && (!Titles.is(scan.token(j + 1)) || plurals(j))
                    && !(t.lower().equals("и") && scan.token(j + 1).lower().matches(".*[иь]я") && !neuterGenitive(j + 1))
                    && stateAt(j - 1) == null // a state closes the name: «… РК и ТЮРКСОЙ», «Посольства Туркменистана, …»
                    // «Университета Цукуба и партнеров Посольства», «хокимията Хорезмской области и спонсоров»: after
                    // a name of its own (parties in the plural) or a place, «и» joins another party, not a field
                    && !(t.lower().equals("и") && (scan.token(j - 1).isLatin() || scan.token(j - 1).isCapitalised()
                            && scan.token(j + 1).lower().matches(".+(ов|ев|ей)") || placeEnds(j)))
                    && (!t.is(",") || fieldsUpToAnd(j + 1))) {
                j++;
            } else if (t.isCyrillic() && EDITION.matcher(t.lower()).matches()
                    && Morph.ruGenitiveLike(t.lower().substring(0, t.lower().indexOf('-')))) {
                edition = true; // «Ташкентская неделя моды-2017»: the year of an edition closes its name
                return to = j + 1;
            } else if (Legislatures.end(scan.doc, j) > j) {
                to = j = Legislatures.end(scan.doc, j); // «комитет по международным делам Жогорку Кенеша»
            } else if (town(j) > j) {
                to = j = town(j); // «Акимата г. Алматы»: the town a body is of, its word cut short
            } else if (t.isCapitalised() && TOWN_ADJECTIVE.matcher(t.lower()).matches() && j + 1 < end
                    && !scan.token(j + 1).isCapitalised() && Heads.of(scan.token(j + 1), Lang.RU) != null) {
                break; // «фестиваль Петропавловский театр драмы»: a town's adjective opens the next body's name
            } else if (t.isAbbreviation() || genitive(j) || t.isLatin() && t.isCapitalised()
                    || scan.place(j) != null && t.isCapitalised() || j == start && (hyphenedName(t) || t.isBrand())) {
                // a place's noun, not a nation's adjective that goes on («Казахской национальной академии»)
                boolean place = scan.place(j) != null && t.isCapitalised()
                        && Morph.ruAdjectiveEnding(scan.token(scan.place(j).to() - 1).lower()) == null;
                to = j = scan.place(j) != null ? scan.place(j).to() : j + 1;
                if (place && j < end && scan.token(j).isCyrillic() && !scan.token(j).isCapitalised() && genitive(j)
                        && !NAMED_AFTER.contains(scan.token(j).lower())) {
                    // «Комитета по внешним связям Санкт‑Петербурга участников приветствовал»: a place closes it
                    return to;
                }
            } else if (t.isCyrillic() && t.isCapitalised() && insideQuote(j)) {
                to = j = j + 1; // «Духовный центр Абая»: a quoted name runs to its closing mark
            } else {
                break;
            }
        }
        return to;
    }

    private boolean insideQuote(int j) {
        Quotes.Quote q = scan.doc.quotes.around(j);
        return q != null && q.open() < start && j < q.close();
    }

    private boolean placeEnds(int at) {
        // «Хорезмской области»: a region's adjective and its word for a region
        int end = at - 1 > start && REGIONS.contains(scan.token(at - 1).lower()) ? at - 1 : at;
        for (int k = Math.max(start, end - 3); k < at; k++) {
            Place p = scan.place(k);
            if (p != null && (p.to() == end || p.to() == at)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> REGIONS = Set.of("области", "района", "края", "округа");

    /**
     * «культуры, информации и молодежной политики»: fields listed with commas run in lower-case genitives to the «и»
     * before the last; «Правительства Республики Таджикистан, дипломатических корпусов, …» lists other guests.
     */
    private boolean fieldsUpToAnd(int i) {
        for (int k = i; k < end; k++) {
            Token t = scan.token(k);
            if (t.lower().equals("и")) {
                return k > i;
            }
            boolean comma = t.is(",") && k > i && !scan.token(k - 1).is(",");
            if (!comma && (!t.isWord() || t.isCapitalised() || !genitive(k))) {
                return false;
            }
        }
        return false;
    }

    /** Lower-case words on both sides of the dash at {@code i}, the second a genitive: «стран - членов». */
    private boolean lowerCompound(int i) {
        Token before = scan.token(i - 1);
        Token after = scan.token(i + 1);
        return before.isWord() && !before.isCapitalised() && after.isWord() && !after.isCapitalised()
                && genitive(i + 1);
    }

    /**
     * «при Министерстве культуры», «при министерстве Культуры и спорта РК»: «при» and the body a name is attached to,
     * capitalised or a body's word in lower case before a capitalised one.
     */
    private boolean attachedAfter(int j) {
        if (attachedAt >= 0 || j + 2 >= end || !scan.token(j).lower().equals("при") || scan.taken(j + 1)) {
            return false;
        }
        Token next = scan.token(j + 1);
        // a body's word, not «при поддержке», «при участии», «при организации» (organised by)
        boolean body = (Heads.of(next, Lang.RU) != null || next.lower().startsWith("аппарат"))
                && !next.lower().startsWith("организаци");
        return next.isCapitalised() || body && scan.token(j + 2).isCapitalised() && !scan.taken(j + 2);
    }

    /** «под названием» right before a quote. */
    private boolean titled(int i) {
        return i + 2 < end && scan.token(i).lower().equals("под") && scan.token(i + 1).lower().equals("названием")
                && scan.doc.quotes.closingOf(i + 2) > 0;
    }

    /**
     * «телерадиовещания», «образования», «развития», «наследия»: the genitive of a noun in -ие, which a field joined by
     * «и» may be, unlike a noun in -ия opening a phrase of its own («и Академия», «и история»).
     */
    private boolean neuterGenitive(int i) {
        return scan.token(i).lower().matches(".*(ения|ования|щания|вития|следия)");
    }

    /** A dash, then a body's head in the nominative with its name after it: «… – Фонд Содействия». */
    private boolean joinedByDash(int i) {
        return i + 2 < end && scan.token(i).isDash() && namedBody(i + 1)
                && (scan.token(i + 2).isCapitalised() || scan.doc.quotes.closingOf(i + 2) > 0);
    }

    /** A capitalised head of a body, in the nominative: «Общество», «Фонд». */
    private boolean namedBody(int i) {
        Token t = scan.token(i);
        Head h = i + 1 < end ? Heads.of(t, scan.token(i + 1), Lang.RU) : Heads.of(t, Lang.RU);
        return t.isCapitalised() && !scan.taken(i) && h != null && h.type() == ActorType.ORGANISATION
                && t.lower().equals(h.nominative().toLowerCase(java.util.Locale.ROOT));
    }

    /** The end of «г. Алматы» at {@code i} within the tail, or {@code i}. */
    private int town(int i) {
        return i + 2 < end ? scan.shortTownEnd(i) : i;
    }

    /** A word for a kind of body, in any case: «Института». */
    private boolean kindOfBody(int i) {
        Head h = Heads.of(scan.token(i), Lang.RU);
        return h != null && h.type() == ActorType.ORGANISATION;
    }

    /** «Фонд Сорос-Казахстан»: a capitalised compound right after the head is the name it stands beside. */
    private static boolean hyphenedName(Token t) {
        return t.isCapitalised() && t.text().indexOf('-') > 0;
    }

    /**
     * «… по поручению президента Садыра Жапарова», «выставка Народного художника Таджикистана Сабзали Муродзода»: a
     * title in the singular (with its adjectives before it and its country after it) before a person's name ends a
     * tail; «Союз художников Казахстана» keeps its plural.
     */
    private boolean titledPerson(int i) {
        int k = i;
        while (k < end && k - i < 2 && !Titles.is(scan.token(k)) && Morph.ruAdjectiveEnding(scan.token(k).lower()) != null) {
            k++;
        }
        if (k >= end || !Titles.is(scan.token(k)) || PLURAL_GENITIVE.matcher(scan.token(k).lower()).matches()) {
            return false;
        }
        int name = k + 1;
        while (name < end && name - k <= 3 && (scan.place(name) != null || scan.token(name).isAbbreviation())) {
            name++;
        }
        return name + 1 < end && scan.nameLike(name) && scan.nameLike(name + 1);
    }

    /**
     * «агентства кинематографии Узбекистана Фирдавса Абдухаликова»: a person's name in the genitive ends a tail; after
     * the state that closes a body's name («Министерства культуры Румынии Диана Бачуна») any two name words do.
     */
    private boolean person(int i) {
        return i + 1 < end && scan.nameLike(i) && scan.nameLike(i + 1) && (Surnames.looksLike(scan.token(i + 1).lower())
                || stateAt(i - 1) != null && scan.token(i).isCyrillic() && plainName(i) && plainName(i + 1)
                || woman(i));
    }

    /** «ректором … университета Ириной Краевой»: a woman's name in an oblique case, which no body's name holds. */
    private boolean woman(int i) {
        return scan.token(i).lower().matches(".+[бвгджзклмнпрстфхцчшщ](ой|ы|е|и)")
                && scan.token(i + 1).lower().matches(".+(ов|ев|ёв|ин|ын)ой");
    }

    /** A word that is no adjective («Алматинского отделения» goes on with the body). */
    private boolean plainName(int i) {
        return Morph.ruAdjectiveEnding(scan.token(i).lower()) == null;
    }

    /** A lower-case Cyrillic word that is not a verb: «по защите персональных данных». */
    private boolean plain(int i) {
        Token t = scan.token(i);
        return t.isCyrillic() && !t.isCapitalised() && !Morph.ruVerbLike(t.lower()) && !scan.taken(i)
                && !Scan.isStopword(t);
    }

    /** The state (a country, not a city) whose name covers token i, or null. */
    private Place stateAt(int i) {
        Place p = i >= 0 && i < end ? scan.place(i) : null;
        return p != null && p.state() ? p : null;
    }

    /** A region's name, no state's, ending at i: «Центральной Азии». */
    private boolean regionAt(int i) {
        Place p = i >= 0 && i < end ? scan.place(i) : null;
        return p != null && p.country() == null && p.to() == i + 1 && scan.token(i).isCapitalised();
    }

    /** «Союз инженеров и архитекторов»: two lower-case plurals joined at i; a title's plural there names no one. */
    private boolean plurals(int i) {
        return PLURAL.matcher(scan.token(i - 1).lower()).matches() && !scan.token(i - 1).isCapitalised()
                && PLURAL.matcher(scan.token(i + 1).lower()).matches();
    }

    private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile(".{3,}(ов|ев)");

    private boolean genitive(int i) {
        Token t = scan.token(i);
        boolean afterAdjective = i > start && (scan.token(i - 1).lower().endsWith("ых") || scan.token(i - 1).lower().endsWith("их"));
        return t.isCyrillic() && !(Scan.isStopword(t) && !t.isCapitalised()) && !scan.taken(i)
                && (Morph.ruGenitiveLike(t.lower()) || t.isCapitalised() && Morph.ruGenitiveEnding(t.lower())
                || afterAdjective && !t.isCapitalised() && !Morph.ruVerbLike(t.lower()));
    }

    /** The end of «им. И. Арабаева» («имени …») opening the tail, or its start when the tail opens no such words. */
    int namedAfterEnd() {
        int named = start < end && NAMED_AFTER.contains(scan.token(start).lower()) ? eponyms.namedAfter(start + 1) : -1;
        return named > 0 ? eponyms.whose(named) : start;
    }

    private static boolean whither(String lower) {
        return lower.length() > 3 && WHITHER.contains(lower.substring(lower.length() - 2));
    }

    /** «в КР», «в Кыргызстане», «в г.Бишкеке» close a name and say where it is. */
    private void located(int j) {
        if (j >= end || !IN.contains(scan.token(j).lower())) {
            return;
        }
        int k = j + 1;
        if (k + 1 < end && scan.token(k).lower().equals("г") && scan.token(k + 1).is(".")) {
            k += 2;
        }
        Place p = scan.place(k);
        // «фестивале в Соединенные Штаты Америки отправилась»: «в» with the accusative says whither, not where
        boolean whither = p != null && p.to() - p.from() >= 2 && whither(scan.token(k).lower());
        if (p != null && p.from() == k && p.country() != null && !whither) {
            locatedAt = j;
            to = p.to();
        }
    }
}
