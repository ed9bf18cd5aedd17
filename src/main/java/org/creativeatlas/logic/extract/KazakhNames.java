package org.creativeatlas.logic.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Kazakh names end in their head noun, which alone takes the case suffix («Тұран» университетінің → «Тұран»
 * университеті). The name runs back from the head over capitalised words, a quote, or lower-case words that carry
 * no case other than the genitive, and starts at a capital; a leading one-word place in a case («Қырғызстанның»,
 * «Шымкентте») only says where the actor is, a state's formal name («Қырғыз Республикасының») is kept. A Latin name before a Kazakh descriptor («OloloPlanet креативтік хабы») is the name itself.
 */
final class KazakhNames {

    static final int WINDOW = 8;
    private static final Set<String> BULLETS = Set.of("-", "–", "—", "•", "*", "·");
    private static final Set<String> NAMED = Set.of("атты", "деген", "тақырыбында", "тақырыбындағы");
    static final Set<String> STATE_BODIES = Set.of("министрлігі", "басқармасы", "комитеті", "департаменті");
    /** Tokens a name before «атындағы» may take: «Қ . А . Ясауи». */
    private static final int EPONYM = 5;
    private static final String AND = "және";
    /** «елдері»: the countries of the region named before it. */
    private static final String COUNTRIES = "елдері";
    static final Set<String> GENERIC_EVENTS = Set.of("іс-шара", "іс-шарасы", "шара", "шарасы");
    static final Set<String> GENITIVE = Set.of("ның", "нің", "дың", "дің", "тың", "тің");
    /** Conjunctions that join two names; names themselves join their words with «және». */
    static final Set<String> CONJUNCTIONS = Set.of("мен", "бен", "пен");
    private static final java.util.List<String> ACCUSATIVE = java.util.List.of("ны", "ні", "ды", "ді", "ты", "ті");

    private KazakhNames() {
    }

    static Mention build(Scan scan, int h, Head head) {
        Document.Sentence s = scan.doc.sentenceAt(h);
        if (KazakhBareHeads.beforeHead(scan, h, head)) {
            return null; // «II Халықаралық цирк фестивалі», «үздік цирк мектептерінде»: a field of the noun after it
        }
        if (head.type() == ActorType.EVENT && StateVisits.at(scan, h, s.from())) {
            return null; // «… Зияев жұмыс сапарымен келді»: the visit is no event, and the name before it a person's
        }
        Quotes.Quote around = scan.doc.quotes.around(h);
        if (around != null && around.close() == h + 1 && h - around.open() <= WINDOW * 2
                && !scan.anyTaken(around.open(), h)) {
            // "Айтыс ақындары мен жыршы-термешілердің халықаралық одағы" РҚБ: a quote that ends in its head is the name
            String name = Render.of(scan.doc, around.open() + 1, h + 1, Map.of(h, nominative(scan.token(h), head)));
            return new Mention(head.type(), name, around.open(), around.close() + 1, 3);
        }
        int atty = head.type() == ActorType.EVENT ? titled(scan, h, head, s) : -1;
        int left = atty >= 0 ? atty + 1 : h;
        int named = -1;
        for (int k = atty >= 0 ? atty : h - 1, reach = Math.max(s.from(), h - WINDOW); k >= reach; k--) {
            Token t = scan.token(k);
            // «Нартай Бекежанов атындағы …», «Қ.А.Ясауи атындағы …»: the name a body is named after is whole in it
            reach = KazakhNamedAfter.is(t) ? Math.max(s.from(), Math.min(reach, k - EPONYM)) : reach;
            Quotes.Quote q = scan.doc.quotes.around(k);
            if (NAMED.contains(t.lower()) && named < 0 && quoteClosing(scan, k - 1) && describes(head)) {
                named = k; // «Сарыарқа» атты гастрольдік концерті: the quote and «атты» are the name's, whole
                reach = Math.min(reach, scan.doc.quotes.around(k - 1).open()); // the whole quote, however long
                continue;
            }
            if (KazakhInnerWords.firstPresident(scan, k + 1)) {
                left = k; // «… және Тұңғыш Президенттің тарихи-мәдени орталығы»: «Тұңғыш» opens the name
                break;
            }
            int owner = KazakhPlacedBodies.ownerOfMission(scan, k, h, s.from());
            if (owner >= 0) {
                left = owner;
                break;
            }
            if (scan.nameLike(k) && surname(t) && !KazakhNamedAfter.is(scan.token(k + 1))
                    && !KazakhEponyms.before(scan, k, h, head)) {
                break; // «Қасым-Жомарт Тоқаев Ұлттық құрылтайдың …»: a person before the name, unless it is named after them
            }
            if (KazakhPersonBefore.titled(scan, k, s) || KazakhPersonBefore.state(scan, k, left, s)) {
                break; // «министрі Саясат Нұрбек және … Сенаты»: a person named after their title, however their name ends
            }
            if (k - 3 >= s.from() && scan.nameLike(k) && scan.nameLike(k - 1) && surname(scan.token(k - 3))
                    && CONJUNCTIONS.contains(scan.token(k - 2).lower())) {
                break; // «Қасым-Жомарт Тоқаев пен Эмомали Рахмон Қазақстанның … күндері»: the second of two people
            }
            int work = q != null && q.close() == k ? KazakhWorks.after(scan, k + 1, h) : -1;
            if (work > 0) {
                left = work + 1;
                break; // «Мұқағали» фильмі XVIII Қазан … кинофестивалінің: the film shown, not the festival's name
            }
            if (whereSaid(scan, k) || KazakhPlacedBodies.hyphenedOwner(scan, k)) {
                break; // «… Сатториён Тәжікстанда Моңғолия мәдениет күндерін»: "in Tajikistan" says where, before the name
            }
            if (ownerClosed(scan, k)) {
                break; // «іс-шаралардың шымылдығы Түрікменстан кино күндері»: «шымылдығы» closes a phrase of its own
            }
            int attached = KazakhInnerWords.attachedFrom(scan, k, s);
            if (q != null && q.close() == k) {
                left = KazakhLaunches.of(head) ? KazakhLaunches.titlesListed(scan, q.open(), s) : eponymBefore(scan, q.open(), s);
                // «Қырғызстан-Түркия «Манас» университеті»: the two nations it is of open the name before its quote
                left = left == q.open() && left - 1 >= s.from() && !scan.taken(left - 1)
                        && KazakhInnerWords.nationsJoined(scan.token(left - 1)) ? left - 1 : left;
                break; // a quoted name opens the whole name: «Тұран» университеті
            } else if (attached >= 0) {
                left = attached;
                break;
            } else if (KazakhInnerWords.abbreviationsJoined(scan, k, s.from())) {
                left = k; // «ЮНЕСКО және ИСЕСКО істері жөніндегі … комиссиясы»: two bodies the one is for
            } else if (t.lower().equals("және") && k - 1 >= s.from() && scan.token(k + 1).isCapitalised()
                    && (GENITIVE.contains(Morph.kkCase(scan.token(k - 1).lower(), 3))
                    || scan.token(k - 1).isAbbreviation() && scan.token(k - 1).text().length() >= 3)) {
                // «Кечиөрен ауданының және Түркиядағы Қазақстан Елшілігінің», «ТҮРКСОЙ және Шыңғыс Айтматов
                // институтының»: two bodies, each whose
                break;
            } else if (t.isYear() && k == h - 1 || fits(scan, k, t) || placesJoined(scan, k) || inPlaceOfWords(scan, k)
                    || KazakhPlacedBodies.missionsCity(scan, k, h)
                    || KazakhInnerWords.numberedAfterOwner(scan, k)
                    || KazakhInnerWords.counted(scan, k) || KazakhInnerWords.fieldsJoined(scan, k, h)) {
                left = k;
            } else if (!(t.is(",") && k > s.from() && !scan.token(k + 1).isCapitalised()
                    && fits(scan, k - 1, scan.token(k - 1))
                    && !surname(scan.token(k - 1)) && k - 1 > firstWord(scan, s) && andBefore(scan, k, h))) {
                break;
            } else {
                reach = Math.max(s.from(), reach - 1); // a comma of fields listed in the name takes no word's place
            }
        }
        if (left == h || left == h - 1 && scan.token(left).isRomanNumeral()) {
            Mention held = KazakhHeldEvents.byBody(scan, h, head, s);
            if (held != null) {
                return held;
            }
        }
        Mention latin = KazakhLatinNames.beforeDescriptor(scan, left, h, head);
        if (latin != null) {
            return latin;
        }
        int from = start(scan, left, h);
        if (KazakhLaunches.of(head) && from >= 0 && scan.doc.quotes.around(from) == null) {
            return null; // «Элимира Ахундова кітабының тұсаукесері»: the author is someone; the launch is named by a title
        }
        Mention days = from < 0 ? KazakhNationDays.named(scan, left, h, head) : null;
        if (days != null) {
            return days;
        }
        from = from < 0 && KazakhBareHeads.compound(scan, h) ? h : from;
        boolean quoted = h > 0 && nameQuote(scan, h - 1, h) || named >= 0;
        boolean titled = head.bare() && KazakhBareHeads.titleAfter(scan, h);
        // «Қ.Мұңайтпасұлы атындағы музей»: a bare head named after someone is a name
        boolean bareName = KazakhBareHeads.afterAdjective(scan, h) || KazakhBareHeads.compound(scan, h) || titled
                || KazakhBareHeads.capitalised(scan, h, head)
                || from >= 0 && h - 1 > from && KazakhNamedAfter.is(scan.token(h - 1));
        if (from < 0 || head.bare() && !quoted && !bareName || KazakhInnerWords.onlyOpeningCapital(scan, from, h)) {
            return null;
        }
        if (titled) {
            // «ҚР Сенат Төрағасының кеңесшісі»: the body a title is of, named as it stands alone (ҚР Сенаты)
            String possessive = Heads.kkPossessive(scan.token(h).text());
            return new Mention(head.type(), Render.of(scan.doc, from, h + 1, Map.of(h, possessive)), from, h + 1, 3);
        }
        Quotes.Quote q = scan.doc.quotes.around(from);
        if (head.plural() && (q == null || q.open() != from || q.close() > h)
                && !KazakhInnerWords.pairedWithSingular(scan, from, head)) {
            // «Қазақстан университеттері» are many; only a list of quoted names shares a plural head, which stands
            // outside their quotes («Астана кештері» is a festival's title)
            return null;
        }
        // A body whose quote is a web name is called by it alone; other quotes keep their head («Тұран» университеті),
        // also when the quote ends in a head of its own («Astana Hub» халықаралық технологиялық паркі).
        Token quoteEnd = q == null ? null : scan.token(q.close() - 1);
        boolean fullyQuoted = q != null && q.open() == from && quoteEnd.text().indexOf('.') > 0;
        // «"…" атты деректі фильмнің тұсаукесері»: a title keeps the «атты» that names what it titles
        String name = Render.of(scan.doc, from, h + 1, Map.of(h, nominative(scan.token(h), head)));
        if ((head.type() == ActorType.EVENT || fullyQuoted) && q != null && q.open() == from) {
            // «ХХ-25» фестивалі, «ART-ORDО» халықаралық театр фестивалі: an event is called with its head
            name = head.type() == ActorType.EVENT ? name : Render.of(scan.doc, from + 1, q.close());
            return new Mention(head.type(), name, from, h + 1, 3);
        }
        return new Mention(KazakhInnerWords.session(scan, from, h, head), name, from, h + 1, 3);
    }

    /** A place in the plain locative («Тәжікстанда»), which says where something happens, not a word of a name. */
    private static boolean whereSaid(Scan scan, int k) {
        Place p = scan.place(k);
        String lower = scan.token(k).lower();
        // «Қызылорда» only ends like the locative
        return p != null && p.to() == k + 1 && p.country() != null && Gazetteer.get(lower) == null
                && CountryResolver.plainLocative(Morph.kkCase(lower, 3));
    }

    /**
     * A lower-case possessive (no head) right before a capital, after the genitive of whose it is or after the quoted
     * name it takes («іс-шаралардың шымылдығы», «Ақ тілекпен Астана» экспозициясы): that phrase is whole, and the
     * capital after it opens another.
     */
    private static boolean ownerClosed(Scan scan, int k) {
        Token t = scan.token(k);
        String w = t.lower();
        if (k < 1 || t.isCapitalised() || !t.isCyrillic() || !Morph.kkPossessive(w) || Titles.ordinal(t)
                || Heads.of(t, Lang.KK) != null || !scan.token(k + 1).isCapitalised()) {
            return false;
        }
        Token before = scan.token(k - 1);
        return quoteClosing(scan, k - 1) || before.isCyrillic() && !before.isCapitalised()
                && GENITIVE.contains(Morph.kkCase(before.lower(), 2));
    }

    /**
     * The words before the head describe what the quote names («…» атты гастрольдік концерті, «…» атты қазақ-қырғыз
     * зиялыларының IV форумы), unless the head is the generic word for an event («…» атты мәдени іс-шара).
     */
    private static boolean describes(Head head) {
        return !GENERIC_EVENTS.contains(head.nominative().toLowerCase(Locale.ROOT));
    }

    /**
     * «"Құлпырған көктем" атты суретші қыздардың шығармашылығына арналған көрме»: the «атты» by which a quoted title
     * names the event, past words describing it that a name would not hold (a participle, cases); or -1.
     */
    private static int titled(Scan scan, int h, Head head, Document.Sentence s) {
        for (int k = h - 1; k >= Math.max(s.from() + 1, h - WINDOW); k--) {
            if (NAMED.contains(scan.token(k).lower())) {
                return quoteClosing(scan, k - 1) && describes(head) ? k : -1;
            }
            if (!scan.token(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean quoteClosing(Scan scan, int k) {
        Quotes.Quote q = k < 0 ? null : scan.doc.quotes.around(k);
        return q != null && q.close() == k;
    }

    /**
     * Head {@code i} ends a quotation that Kazakh words describing its kind and a head of their own follow («Astana
     * Hub» халықаралық технологиялық паркі): the later head names the whole, the inner one is part of the name.
     */
    static boolean describedAfterQuote(Scan scan, int i) {
        Quotes.Quote q = scan.doc.quotes.around(i);
        if (q == null || q.close() != i + 1) {
            return false;
        }
        for (int k = q.close() + 1; k < Math.min(scan.doc.size(), q.close() + 1 + WINDOW); k++) {
            Token t = scan.token(k);
            if (Heads.of(t, Lang.KK) != null) {
                return true;
            }
            if (!t.isCyrillic() || t.isCapitalised() || Morph.kkBreaksName(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /**
     * «Сарайшық», «Әзірет Сұлтан», «Ордабасы» тарихи-мәдени музей-қорықтары: the quoted names listed before the one
     * a plural head closes share its words, each an actor of its own.
     */
    static java.util.List<Mention> listedBefore(Scan scan, Mention last) {
        java.util.List<Mention> out = new java.util.ArrayList<>();
        Quotes.Quote q = scan.doc.quotes.around(last.from);
        if (q == null || q.open() != last.from) {
            return out;
        }
        String quoted = Render.of(scan.doc, q.open(), q.close() + 1);
        if (!last.name.startsWith(quoted)) {
            return out; // a name put in the nominative or re-spelled no longer holds the quotation as written
        }
        String shared = last.name.substring(quoted.length());
        int k = q.open() - 1;
        while (k - 1 >= 0 && (scan.token(k).is(",") || CONJUNCTIONS.contains(scan.token(k).lower())
                || scan.token(k).lower().equals("және"))) {
            Quotes.Quote before = scan.doc.quotes.around(k - 1);
            if (before == null || before.close() != k - 1 || scan.anyTaken(before.open(), before.close() + 1)) {
                break;
            }
            String name = Render.of(scan.doc, before.open(), before.close() + 1) + shared;
            out.add(0, new Mention(last.type, name, before.open(), before.close() + 1, 3));
            k = before.open() - 1;
        }
        return out;
    }

    private static boolean fits(Scan scan, int k, Token t) {
        boolean initial = t.isInitial() && scan.token(k + 1).is("."); // «А.» is no conjunction
        if (KazakhNamedAfter.is(t) || t.is(".") && k > 0 && scan.token(k - 1).isInitial() || initial) {
            return !scan.taken(k);
        }
        Head inner = Heads.of(t, Lang.KK);
        boolean compound = inner != null && k + 1 < scan.doc.size() && chained(inner, scan.token(k + 1)) != null;
        // a plural inside a name is no head of its own («Түркі әлемі театрлары кеңесі»); nor is a Latin title inside a
        // brand («Rixos President Astana» қонақүйі)
        boolean latinInside = t.isLatin() && k > 0 && scan.token(k - 1).isLatin() && scan.token(k - 1).isCapitalised();
        // «Arnapress.kz Мәдениет басқармасына»: a web name before a capital is a name of its own
        boolean webBefore = LatinNames.isWebName(t) && scan.token(k + 1).isCyrillic() && scan.token(k + 1).isCapitalised();
        // «Негізгі іс-шаралар Дарб әл-Сағи … орталығында»: a bare plural before a capital is the subject, a name follows
        boolean guild = KazakhInnerWords.guild(scan, k);
        boolean subject = !t.isCapitalised() && Morph.kkBarePlural(t.lower()) && scan.token(k + 1).isCapitalised()
                && !guild;
        return t.isWord() && !scan.taken(k) && !Scan.isStopword(t) && !webBefore && !subject
                && !KazakhInnerWords.openingAdverb(scan, k)
                && (inner == null || compound || inner.plural() || KazakhInnerWords.nationsOwn(t)
                || KazakhInnerWords.fieldOfWork(scan, k))
                && (!Titles.is(t) || latinInside || officeOf(scan, k) || KazakhInnerWords.whoseMeeting(t) || guild
                || KazakhInnerWords.firstPresident(scan, k)
                || KazakhInnerWords.concerning(scan, k))
                && !NAMED.contains(t.lower())
                && !CONJUNCTIONS.contains(t.lower())
                && (t.isCapitalised() || t.isLatin() || !Morph.kkBreaksName(t.lower()) || objectOfVerbalNoun(scan, k)
                || withWhom(scan, k) || KazakhInnerWords.afterNamedAfter(scan, k) || KazakhInnerWords.concerning(scan, k));
    }

    /**
     * «ҚР Президенті Әкімшілігі», «QR Preziydenti Ákimshiligi»: a title whose own body follows it names that body with
     * it, when the state it is of stands before it (a title after a name is of a person: «ректоры Әкімшілігі» is none).
     */
    private static boolean officeOf(Scan scan, int k) {
        Head next = Heads.of(scan.token(k + 1), Lang.KK);
        return k > 0 && next != null && next.type() == ActorType.ORGANISATION && !next.plural()
                && scan.place(k - 1) != null;
    }

    /**
     * «Орталық Азия елдері мен Әзербайжан кино күндері»: a conjunction between two places, or between the countries of
     * a region and a place, joins what the head is of, not two names.
     */
    private static boolean placesJoined(Scan scan, int k) {
        if (!CONJUNCTIONS.contains(scan.token(k).lower()) || k < 1 || !startsPlace(scan, k + 1)) {
            return false;
        }
        Place p = scan.place(k - 1);
        if (p == null && k >= 2 && scan.token(k - 1).lower().equals(COUNTRIES)) {
            p = scan.place(k - 2);
        }
        return p != null && p.to() >= k - 1;
    }

    /**
     * «Мәдениет, спорт және туризм министрлігі»: a comma joins the fields of a name only in a list closed by «және»
     * before the head; «Нұргүл Тау, ҚР Парламенті Мәжілісінің депутаты» has a person before the comma.
     */
    private static boolean andBefore(Scan scan, int comma, int h) {
        for (int k = comma + 1; k < h; k++) {
            if (scan.token(k).lower().equals(AND)) {
                return true;
            }
        }
        return false;
    }

    /** «Орталық Азия»: a word of a place of several words is the place's, though alone it would be a head. */
    private static boolean inPlaceOfWords(Scan scan, int k) {
        Place p = scan.place(k);
        return p != null && p.to() - p.from() > 1 && !scan.taken(k);
    }

    private static boolean startsPlace(Scan scan, int i) {
        Place p = i < scan.doc.size() ? scan.place(i) : null;
        return p != null && p.from() == i;
    }

    /**
     * «Роза Бағланова атындағы «Қазақконцерт» … ұйымы»: the person a quoted name is named after opens the name, and is
     * no actor of its own; else the quote opens it.
     */
    private static int eponymBefore(Scan scan, int open, Document.Sentence s) {
        int k = open - 1;
        if (k <= s.from() || !KazakhNamedAfter.is(scan.token(k)) || scan.taken(k)) {
            return open;
        }
        int from = k;
        while (from - 1 >= Math.max(s.from(), k - 3) && !scan.taken(from - 1)
                && (scan.token(from - 1).isCapitalised() && scan.token(from - 1).isCyrillic()
                || scan.token(from - 1).is(".") && from - 2 >= 0 && scan.token(from - 2).isInitial())) {
            from--;
        }
        return from < k && scan.token(from).isCapitalised() ? from : open;
    }

    /**
     * The head a head noun passes the name on to: a possessive one after a bare one («театр фестивалі»), or a
     * capitalised possessive one after a possessive one («ҚР Парламенті Мәжілісі»: the Mazhilis of Parliament); else null.
     */
    static Head chained(Head head, Token next) {
        Head after = Heads.of(next, Lang.KK);
        return after == null || after.bare() || !head.bare() && !next.isCapitalised() ? null : after;
    }

    /**
     * «шет мемлекеттермен достық байланыстар комитеті», «Қоғаммен байланыс бөлімі»: an instrumental before a noun in
     * lower case says with whom the body deals, and belongs to the name.
     */
    private static boolean withWhom(Scan scan, int k) {
        String w = scan.token(k).lower();
        Token next = k + 1 < scan.doc.size() ? scan.token(k + 1) : null;
        return w.length() > 5 && CONJUNCTIONS.stream().anyMatch(w::endsWith) && next != null && next.isCyrillic()
                && !next.isCapitalised() && !Morph.kkBreaksName(next.lower());
    }

    /** «индустрияларды дамыту агенттігі»: an accusative before a verbal noun in -у belongs to the name. */
    private static boolean objectOfVerbalNoun(Scan scan, int k) {
        String w = scan.token(k).lower();
        return k + 1 < scan.doc.size() && ACCUSATIVE.stream().anyMatch(w::endsWith) && scan.token(k + 1).isCyrillic()
                && scan.token(k + 1).lower().endsWith("у") && scan.token(k + 1).lower().length() > 4;
    }

    /** The first capital (or quote) after any leading place, or -1 when the words are all common ones. */
    private static int start(Scan scan, int left, int h) {
        int from = left;
        while (from < h) {
            Token t = scan.token(from);
            Place p = scan.place(from);
            // «Алматыдағы … университеті»: where a body is opens no name, nor whose it is before a name of its own
            // («Қырғызстанның Креативтік Индустриялар Паркі»); before words in lower case or where it stands, whose
            // it is opens the name («Түркменстанның Қазақстандағы елшілігі»)
            boolean inflectedPlace = p != null && p.country() != null && p.to() - p.from() == 1
                    && !p.adjective() && Gazetteer.get(t.lower()) == null
                    && !(GENITIVE.contains(Morph.kkCase(t.lower(), 2)) && p.to() < h
                            && (!scan.token(p.to()).isCapitalised() || startsPlace(scan, p.to())));
            if (inflectedPlace && p.to() <= h && !KazakhPlacedBodies.named(scan, p, h)) {
                from = p.to();
            } else if (openingCommonWord(scan, from, h)) {
                from++;
            } else if (t.isCapitalised() || t.isLatin() || nameQuote(scan, from, h) || regional(scan, from, h)) {
                return from;
            } else {
                from++;
            }
        }
        return -1;
    }

    /**
     * Word i is in a quotation that opens there or ends at the head {@code h}: a name's («Тұран» университеті,
     * "… халықаралық одағы" РҚБ), not a speech quoted around it that happens to hold a lower-case head («…
     * материалдардың дені кітапханада сақталады»).
     */
    private static boolean nameQuote(Scan scan, int i, int h) {
        Quotes.Quote q = scan.doc.quotes.around(i);
        return q != null && (q.open() == i || q.close() == h - 1 || q.close() == h + 1);
    }

    /** Words in lower case that open the names of a region's or a town's own bodies. */
    private static final Set<String> REGIONAL = Set.of("облыстық", "қалалық", "аудандық", "облыс", "қала");

    /**
     * «облыстық мәдениет, архивтер және құжаттама басқармасы», «облыс әкімдігі ішкі саясат басқармасы»: a region's or
     * a town's body is named in lower case, by its kind and its field, before a head in the possessive.
     */
    private static boolean regional(Scan scan, int from, int h) {
        Head head = Heads.of(scan.token(h), Lang.KK);
        return REGIONAL.contains(scan.token(from).text()) && h - from >= 2 && head != null && !head.bare()
                && head.type() == ActorType.ORGANISATION;
    }

    /** «Тоқаевтың» as well as «Тоқаев»: a surname in a case. */
    private static boolean surname(Token t) {
        return Surnames.looksLike(t.lower()) || Surnames.looksLike(CaseEndings.kkSurname(t.text()).toLowerCase(
                Locale.ROOT));
    }

    /** The sentence's first word, past a list item's dash or bullet: «- Анимация шеберханасына үңілу». */
    static int firstWord(Scan scan, Document.Sentence s) {
        int k = s.from();
        while (k + 1 < s.to() && BULLETS.contains(scan.token(k).text())) {
            k++;
        }
        return k;
    }

    /** «Топ Креативтік Индустриялар Паркіне барды»: a capitalised first word before another capital is a common noun. */
    private static boolean openingCommonWord(Scan scan, int from, int h) {
        Token t = scan.token(from);
        return from == firstWord(scan, scan.doc.sentenceAt(h)) && from + 1 < h && scan.token(from + 1).isCapitalised()
                && t.isCyrillic() && !t.isAbbreviation() && scan.place(from) == null && !Surnames.looksLike(t.lower());
    }


    /** The head in the nominative, keeping a first part hyphened on («музей-қорығы»). */
    static String nominative(Token t, Head head) {
        String text = t.text();
        int hyphen = text.lastIndexOf('-');
        boolean compound = hyphen > 0 && head.nominative().indexOf('-') < 0 && !text.toLowerCase(Locale.ROOT).startsWith(head.nominative().toLowerCase(Locale.ROOT));
        return compound ? text.substring(0, hyphen + 1) + head.nominative() : head.nominative();
    }
}
