package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Names in quotation marks that no head noun claims: a company's behind its legal form (ГУ "Тундук", ЗАО "Альфа
 * телеком"), an event's after a word for an event (round table on "…", «…» атты іс-шара), a programme's.
 */
final class QuotedNames {

    private static final Set<String> MARKERS = Set.copyOf(Resources.words("markers.tsv"));
    /** A region's or a town's word, which may stand between a quoted name and its legal form. */
    private static final Set<String> LEVELS = Set.of("облыстық", "қалалық", "аудандық", "областной", "городской");
    private static final Set<String> EVENT_WORDS = Set.of("event", "events", "meeting", "table", "roundtable", "topic",
            "contests", "competitions", "festival", "мероприятие", "мероприятия", "мероприятии", "встреча",
            "встречи", "стол", "стола", "столе", "тему", "теме", "тема", "конкурсы", "кездесу", "кездесуі", "үстел",
            "тақырыбында", "тақырыбындағы", "тақырыбы", "discussion", "session", "panel", "lecture", "debate", "debates",
            "dialogue", "webinar", "masterclass", "сессия", "сессии", "дискуссия", "дискуссии", "лекция", "лекции",
            "дебаты", "диалог", "вебинар", "мастер-класс", "мастер-класса", "сессиясы", "пікірталас", "дәріс",
            "экспозиция", "экспозиции", "экспозицию");
    private static final Set<String> PROGRAMME_WORDS = Set.of("programme", "program", "программа", "программы",
            "программе", "программу", "программой", "бағдарлама", "бағдарламасы", "бағдарламасына");
    private static final Set<String> NAMED = Set.of("атты", "деген", "тақырыбында", "тақырыбындағы");
    private static final Set<String> KK_EVENT_WORDS = Set.of("үстел", "кездесу", "кездесуі", "отырыс", "отырысы",
            "сессия", "сессиясы", "пікірталас", "дәріс", "шеберлік");
    /** Words between a trigger and its quoted name: round table on the topic "…", форум под названием «…». */
    private static final Set<String> LINKS = Set.of("on", "the", "a", "an", "topic", "titled", "entitled", "called",
            "named", "annual", "first", "international", "на", "тему", "теме", "под", "названием", "по");
    /** English words by which a thing is given its title, and how far back in its sentence the thing may be named. */
    private static final Set<String> TITLING = Set.of("called", "entitled", "titled", "named");
    private static final int TITLED_REACH = 12;
    /** English words for works, whose titles name no actor even when an event is spoken of before them. */
    private static final Set<String> EN_WORKS = Set.of("film", "movie", "documentary", "book", "novel", "song",
            "album", "painting", "picture", "play", "poem", "series", "collection", "video", "photograph", "work",
            "artwork", "canvas", "medal");
    private static final Set<String> PROJECT_WORDS = Set.of("проект", "project", "жоба");
    private static final int REACH = 4;
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words after which an English quoted name is a body's: organized by, backed by, the brains behind. */
    private static final Set<String> BODY_CUES = Set.of("by", "behind");
    private static final int NAMED_REACH = 7;

    private static final String KK_DAY = "күні";
    /** Stems of Russian words for works, the nominations they compete in and awards, whose quoted titles name no actor. */
    private static final List<String> WORKS = List.of("фильм", "кинофильм", "мультфильм", "спектакл", "картин", "книг",
            "песн", "альбом", "роман", "пьес", "постановк", "сериал", "клип", "полотн", "произведени", "скульптур",
            "композици", "опер", "балет", "номинаци", "орден", "медал", "звани");
    /** Stems of words for a work's theme, whose quoted titles given as examples («темами, как: «…»») name no actor. */
    private static final List<String> THEMES = List.of("тем", "сюжет", "мотив");

    private QuotedNames() {
    }

    static List<Mention> find(Scan scan) {
        List<Mention> found = new ArrayList<>();
        Mention previous = null;
        int workEnd = -1;
        for (Quotes.Quote q : scan.doc.quotes.all()) {
            if (q.close() - q.open() < 2 || scan.anyTaken(q.open(), q.close() + 1)) {
                continue;
            }
            List<Mention> staged = StagedWorks.onPlaybill(scan, q);
            if (!staged.isEmpty()) {
                found.addAll(staged);
                continue;
            }
            if (titleOfWork(scan.doc, q, workEnd)) {
                Mention premiere = premiere(scan, q);
                if (premiere != null) {
                    found.add(premiere);
                    scan.take(premiere);
                    continue;
                }
                // «демонстрация кинофильмов "Здравствуй, Беларусь" и "Ветерок качелей"»: a work is no actor, and no
                // other reading may make one of its title
                for (int i = q.open(); i <= q.close(); i++) {
                    scan.takeToken(i);
                }
                List<Mention> authors = WorkCredits.after(scan, q);
                found.addAll(authors);
                // «"Аяз атага кат" Акжола Бекболотова, "Круги на песке"»: the list of works goes on past its authors
                workEnd = authors.isEmpty() ? q.close() + 1 : authors.get(authors.size() - 1).to;
                continue;
            }
            Mention m = speech(scan.doc, q) ? null : classify(scan, q, previous);
            if (m != null) {
                found.add(m);
                scan.take(m);
                previous = m;
            }
        }
        return found;
    }

    /** «ТОО «Qazaq Games»»: whether token i is inside a quote a legal form opens (a Latin brand is no head there). */
    static boolean afterLegalForm(Document doc, int i) {
        Quotes.Quote q = doc.quotes.around(i);
        return q != null && q.open() > 0 && MARKERS.contains(doc.token(q.open() - 1).lower());
    }

    /** «"Қазақ газеттері" ЖШС»: whether token i is inside a quote a legal form follows. */
    static boolean beforeLegalForm(Document doc, int i) {
        Quotes.Quote q = doc.quotes.around(i);
        return q != null && q.close() + 1 < doc.size() && MARKERS.contains(doc.token(q.close() + 1).lower());
    }

    private static Mention classify(Scan scan, Quotes.Quote q, Mention previous) {
        Document doc = scan.doc;
        String inner = Render.of(doc, q.open() + 1, innerEnd(doc, q));
        int before = q.open() - 1;
        if (before >= 0 && MARKERS.contains(doc.token(before).lower())) {
            return new Mention(ActorType.ORGANISATION, Render.of(doc, before, q.close() + 1), before, q.close() + 1, 4);
        }
        // a legal form followed by a quote opens the next name: «"Жизнь без…" ГККП "Государственный … театр"»; a
        // region's word may stand before the form («"Дарын" облыстық КМҚК»)
        int form = q.close() + 2 < doc.size() && LEVELS.contains(doc.token(q.close() + 1).lower()) ? q.close() + 2
                : q.close() + 1;
        if (form < doc.size() && MARKERS.contains(doc.token(form).lower())
                && !(form + 1 < doc.size() && doc.quotes.closingOf(form + 1) > 0)) {
            return new Mention(ActorType.ORGANISATION, Render.of(doc, q.open(), form + 1), q.open(), form + 1, 4);
        }
        int translated = translated(doc, q);
        if (translated > 0) {
            return new Mention(ActorType.ORGANISATION, Render.of(doc, q.open(), translated), q.open(), translated, 4);
        }
        String collective = before >= 0 ? QuotedCollectives.word(doc.token(before)) : null;
        if (collective == null && previous != null && previous.type == ActorType.ORGANISATION
                && doc.listJoined(previous.to, q.open(), 2)) {
            collective = QuotedCollectives.word(previous.name.split(" ")[0]);
        }
        if (collective != null) {
            return QuotedCollectives.named(scan, before, q, collective);
        }
        Head kind = before >= 0 ? englishKind(doc, before) : null;
        if (kind != null) {
            // ethno-folk ensemble "Arqaiym", creative lab "Sheberkhana": the word for its kind names the body with it
            String name = kind.nominative() + " " + doc.token(q.open()).text() + inner + doc.token(q.close()).text();
            return new Mention(ActorType.ORGANISATION, name, q.open(), q.close() + 1, 4);
        }
        if (continues(doc, previous, q.open())) {
            return new Mention(previous.type, inner, q.open(), q.close() + 1, 4);
        }
        if (before >= 0 && PROJECT_WORDS.contains(doc.token(before).lower()) && doc.token(before).isCapitalised()) {
            return new Mention(ActorType.ORGANISATION, Render.of(doc, before, q.close() + 1), before, q.close() + 1, 3);
        }
        Document.Sentence s = doc.sentenceAt(q.open());
        boolean apposed = apposed(doc, s, q);
        int reach = Math.max(s.from(), q.open() - REACH);
        for (int k = apposed ? before - 1 : before; s.lang() != Lang.KK && k >= reach; k--) {
            Token t = doc.token(k);
            if (TalkTopics.spoken(doc, k, s.from())) {
                return null;
            }
            if (EVENT_WORDS.contains(t.lower()) || isEventHead(t, s.lang())) {
                return WorkCredits.afterPluralEvents(doc, q, t) ? null
                        : new Mention(ActorType.EVENT, inner, q.open(), q.close() + 1, 4);
            }
            if (PROGRAMME_WORDS.contains(t.lower())) {
                return new Mention(StagedWorks.showing(scan, k, ActorType.PLATFORM), inner, q.open(), q.close() + 1, 4);
            }
            // "the fifth international festival of theaters, “Sakhnadan Salem”.": what it is of, before the comma
            boolean ofWhat = apposed && (t.is("of") || !t.isCapitalised() && t.isWord() && k > s.from()
                    && doc.token(k - 1).is("of"));
            if (!LINKS.contains(t.lower()) && !ofWhat) {
                break;
            }
        }
        if (s.lang() == Lang.EN && titledEvent(doc, s, before)) {
            return new Mention(ActorType.EVENT, inner, q.open(), q.close() + 1, 4);
        }
        // a venue's name "held at" may read as a person's ("at the “Gylym Ordasy”"), as no one is held at a person
        boolean venue = heldAt(doc, before >= 0 && doc.token(before).lower().equals("the") ? before - 1 : before);
        if (s.lang() == Lang.EN && bodyCue(scan, before) && plainName(scan, q.open() + 1, innerEnd(doc, q), venue)) {
            return new Mention(ActorType.ORGANISATION, inner, q.open(), q.close() + 1, 3);
        }
        Mention described = describedAfter(scan, q, inner);
        return described != null ? described : eventAfter(scan, q, inner);
    }

    /** An English quote set off by a comma after what it names, and closing its sentence or clause. */
    private static boolean apposed(Document doc, Document.Sentence s, Quotes.Quote q) {
        int after = q.close() + 1;
        return s.lang() == Lang.EN && q.open() - 1 > s.from() && doc.token(q.open() - 1).is(",")
                && (after >= s.to() || doc.token(after).is(".") || doc.token(after).is(","));
    }

    /**
     * "Qonaqtar"—an exhibition of Kazakh and Central Asian art: an English title set off by a dash and described
     * with an article and a few words in lower case up to a word for an event.
     */
    private static Mention describedAfter(Scan scan, Quotes.Quote q, String inner) {
        Document doc = scan.doc;
        int k = q.close() + 1;
        if (k + 1 >= doc.size() || doc.sentenceAt(q.open()).lang() != Lang.EN || !doc.token(k).isDash()
                || !ARTICLES.contains(doc.token(k + 1).lower())) {
            return null;
        }
        for (int j = k + 2; j < Math.min(doc.size(), k + 2 + REACH); j++) {
            Token t = doc.token(j);
            if (!t.isWord() || t.isCapitalised()) {
                return null;
            }
            if (isEventHead(t, Lang.EN)) {
                return new Mention(ActorType.EVENT, inner, q.open(), q.close() + 1, 4);
            }
        }
        return null;
    }

    /**
     * "an art exhibition will take place, called “Native Landscapes”", "an exhibition of works of visual art,
     * photographs and folk art entitled “…”": a title given by "called" or "entitled" is the title of the nearest
     * thing named before it in the sentence, an event when that is a word for an event and not for a work.
     */
    private static boolean titledEvent(Document doc, Document.Sentence s, int before) {
        if (before < 0 || !TITLING.contains(doc.token(before).lower())) {
            return false;
        }
        for (int k = before - 1; k >= Math.max(s.from(), before - TITLED_REACH); k--) {
            Token t = doc.token(k);
            if (EN_WORKS.contains(t.lower())) {
                return false;
            }
            if (EVENT_WORDS.contains(t.lower()) || Heads.of(t, Lang.EN) != null) {
                return EVENT_WORDS.contains(t.lower()) || isEventHead(t, Lang.EN);
            }
        }
        return false;
    }

    /**
     * A quote right after a Russian word for a film, a play, a book, a song or a painting, or listed after such a
     * title, or given as an example of a kind of work or theme; or a Kazakh quote before the word for a prize.
     */
    /** How many words an author's description and name may take between a work's kind and its title. */
    private static final int DESCRIBED_AUTHOR = 6;

    /**
     * The word for a kind of work at most {@code reach} words back from {@code last}, in its sentence and with only
     * words between, none of them a body's head when {@code headsEnd}; its index, or -1.
     */
    private static int workBefore(Document doc, int last, int reach, boolean headsEnd) {
        Lang lang = doc.sentenceAt(last).lang();
        for (int k = last; k >= Math.max(doc.sentenceAt(last).from(), last - reach) && doc.token(k).isWord(); k--) {
            if (headsEnd && Heads.of(doc.token(k), lang) != null) {
                return -1;
            }
            if (kindOf(WORKS, doc.token(k).lower())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * «фильм таджикского режиссера Мухиддина Музаффара "Теснина"»: the kind of work, then who made it with what they
     * are, and no head of a body among those words.
     */
    private static boolean describedAuthor(Document doc, int last) {
        int kind = workBefore(doc, last, DESCRIBED_AUTHOR, true);
        return kind >= 0 && kind < last;
    }

    /** How many words the name of the next work's author may have. */
    private static final int AUTHOR_WORDS = 3;

    /** «фильмы Рустема Абдрашева «Алмас қылыш», Акана Сатаева «Томирис»»: a list of works goes on past an author. */
    private static boolean authorBetween(Document doc, int from, int to) {
        return to - from >= 2 && doc.token(from).is(",") && authorBefore(doc, to - 1, from) == from;
    }

    /** Where the author's name (capitalised words) ending at {@code last} begins, less one; not before {@code floor}. */
    private static int authorBefore(Document doc, int last, int floor) {
        int k = last;
        while (k > floor && last - k < AUTHOR_WORDS && doc.token(k).isWord() && doc.token(k).isCapitalised()) {
            k--;
        }
        return k;
    }

    private static boolean titleOfWork(Document doc, Quotes.Quote q, int workEnd) {
        // ««Джамиля» (режиссер Ирина Поплавская), «Белый пароход»»: a note on who made a work does not end the list
        int joined = workEnd >= 0 ? WorkCredits.pastNote(doc, workEnd) : -1;
        if (joined >= 0 && (doc.listJoined(joined, q.open(), 2) || authorBetween(doc, joined, q.open()))) {
            return true;
        }
        if (doc.sentenceAt(q.open()).lang() == Lang.KK && (KazakhWorks.prizeAfter(doc, q.close() + 1)
                || KazakhWorks.listedBefore(doc, q))) {
            return true;
        }
        int before = q.open() - 1;
        boolean colon = before > 0 && (doc.token(before).is(":") || doc.token(before).is("—"));
        int as = colon ? before - 1 : before;
        if (as < 0 || !doc.token(as).isCyrillic() || doc.sentenceAt(q.open()).lang() != Lang.RU) {
            return false;
        }
        if (as >= 2 && doc.token(as).lower().equals("как") && doc.token(as - 1).is(",")) {
            // «такие полотна, как "Амир Темур", "Бибихоним"»: examples of a kind of work or theme
            String kind = doc.token(as - 2).lower();
            return kindOf(WORKS, kind) || kindOf(THEMES, kind);
        }
        // «фильмы молодых режиссеров Кыргызстана — «Аяз атага кат»»: a dash opens the titles as a colon does
        if (colon && colonAfterWork(doc, as)) {
            return true;
        }
        // «театр оперы и балета «Астана Опера»» names a house, not a work
        boolean house = as >= 2 && doc.token(as - 1).is("и") && doc.token(as - 2).lower().startsWith("опер");
        // «фильмы Рустема Абдрашева «Алмас қылыш»»: the author's name between the kind of work and its title
        int kind = authorBefore(doc, as, 0);
        return (kindOf(WORKS, doc.token(as).lower()) || kind < as && kindOf(WORKS, doc.token(kind).lower())
                || describedAuthor(doc, as)) && !house;
    }

    /** How many words before a colon the word for the works it lists may stand. */
    private static final int COLON_REACH = 8;

    /**
     * «из книг Национального Лидера туркменского народа Гурбангулы Бердымухамедова: «…», «…»»: a colon after a word
     * for works and whose they are, however long the author's title, opens their titles.
     */
    private static boolean colonAfterWork(Document doc, int last) {
        return workBefore(doc, last, COLON_REACH, false) >= 0;
    }

    /**
     * «состоится премьера спектакля «Чашмони бародари киёмати»», «премьерный показ спектакля «…»»: the premiere of a
     * work is an event, named by the work; null if the word before the work's kind is no premiere.
     */
    private static Mention premiere(Scan scan, Quotes.Quote q) {
        int kind = q.open() - 1;
        int at = kind - 1;
        boolean shown = at >= 1 && scan.token(at).lower().startsWith("показ") && scan.token(at - 1).lower()
                .startsWith("премьерн");
        if (at < 0 || !(scan.token(at).lower().startsWith("премьер") || shown) || scan.anyTaken(shown ? at - 1 : at, kind)) {
            return StagedWorks.named(scan, q);
        }
        String name = (shown ? "Премьерный показ " : "Премьера ") + Render.of(scan.doc, kind, q.close() + 1);
        return new Mention(ActorType.EVENT, name, shown ? at - 1 : at, q.close() + 1, 4);
    }

    private static boolean kindOf(List<String> stems, String word) {
        return stems.stream().anyMatch(stem -> word.startsWith(stem) && word.length() - stem.length() <= 3);
    }

    /**
     * “This festival brings together filmmakers from 52 countries …,” explained …: a quote that opens its sentence and
     * a comma closes is speech, whatever words for events it holds (a title is named in a sentence: the event
     * “Language is a Mirror of the Nation,” held …).
     */
    private static boolean speech(Document doc, Quotes.Quote q) {
        return doc.token(q.close() - 1).is(",") && q.open() == doc.sentenceAt(q.open()).from();
    }

    /** The end of a quote's words, before a comma or full stop set inside the closing mark: “Tajikfilm,”. */
    static int innerEnd(Document doc, Quotes.Quote q) {
        int end = q.close();
        while (end - 1 > q.open() + 1 && (doc.token(end - 1).is(",") || doc.token(end - 1).is("."))) {
            end--;
        }
        return end;
    }

    /** "organized by “…”", "the brains behind “…”", "the director of “…”": only a body stands there. */
    private static boolean bodyCue(Scan scan, int before) {
        if (before < 0) {
            return false;
        }
        String word = scan.doc.token(before).lower();
        return BODY_CUES.contains(word) || word.equals("of") && before > 0 && staffOrPart(scan.doc.token(before - 1))
                || heldAt(scan.doc, word.equals("the") ? before - 1 : before);
    }

    /** Words for being held that "at" a venue follows. */
    private static final Set<String> HELD = Set.of("place", "held", "hosted");

    /** "The plenary session took place at the “Gylym Ordasy”": a venue's quoted name after "held at". */
    private static boolean heldAt(Document doc, int at) {
        return at >= 1 && doc.token(at).lower().equals("at") && HELD.contains(doc.token(at - 1).lower());
    }

    /** Words for a branch of a body: "the Almaty branch of «Kazakh Radio»". */
    private static final Set<String> PARTS = Set.of("branch", "office", "affiliate");

    /** A title, its plural ("Artists of “Kazakhconcert”"), or a word for a part of a body. */
    private static boolean staffOrPart(Token t) {
        String lower = t.lower();
        boolean plural = lower.length() > 3 && lower.endsWith("s")
                && Titles.is(new Token(t.text().substring(0, t.text().length() - 1), t.start(), t.end() - 1));
        return Titles.is(t) || plural || PARTS.contains(lower);
    }

    /** One to three capitalised words, none a place and, but for a venue's, not a person's two names. */
    private static boolean plainName(Scan scan, int from, int to, boolean venue) {
        boolean person = !venue && to - from >= 2 && scan.nameLike(from) && scan.nameLike(to - 1);
        for (int i = from; i < to; i++) {
            Token t = scan.token(i);
            Place p = scan.place(i);
            if (!t.isWord() || !t.isCapitalised() || p != null && !(p.adjective() && i + 1 < to)) {
                return false; // a place, though a nation's adjective may open a name ("Kazakh Radio")
            }
        }
        return to - from <= 3 && !person;
    }

    /**
     * «…» атты мәдени іс-шара, «…» форумы: the event word follows the quote; after «атты» a few more words may describe
     * it («…» атты қолөнер шеберлерінің қайырмдылық көрме-жәрмеңкесі), and an open day is an event («…» атты ашық есік
     * күні).
     */
    private static Mention eventAfter(Scan scan, Quotes.Quote q, String inner) {
        Document doc = scan.doc;
        boolean named = q.close() + 1 < doc.size() && NAMED.contains(doc.token(q.close() + 1).lower());
        int end = Math.min(doc.size(), q.close() + 1 + (named ? NAMED_REACH : REACH));
        for (int k = q.close() + 1; k < end; k++) {
            Token t = doc.token(k);
            if (isEventHead(t, doc.sentenceAt(k).lang()) || KK_EVENT_WORDS.contains(t.lower())
                    || named && t.lower().equals(KK_DAY)) {
                if (named && k > q.close() + 1 && !isEventHead(t, doc.sentenceAt(k).lang())) {
                    // «"Достықтың дархан ұясы" атты өзбек мәдениетінің күні»: the words after «атты» say what the
                    // title names, and the name keeps them and «атты», as a head's name does («…» атты халықаралық
                    // көрме); the generic word for an event is left to the heads' rules, which keep the quote alone
                    String whole = Render.of(doc, q.open(), k + 1);
                    return new Mention(ActorType.EVENT, whole, q.open(), k + 1, 4);
                }
                return new Mention(ActorType.EVENT, inner, q.open(), k == q.close() + 1 ? k + 1 : q.close() + 1, 4);
            }
            if (!t.isWord() || t.isCapitalised() || k > q.close() + 1 && !NAMED.contains(doc.token(q.close() + 1).lower())) {
                return null;
            }
        }
        return null;
    }

    private static boolean isEventHead(Token t, Lang lang) {
        Head h = Heads.of(t, lang);
        return h != null && h.type() == ActorType.EVENT;
    }

    /** A singular English head of a body in lower case ("ensemble", "lab", "center"): a word for a kind of body. */
    private static Head englishKind(Document doc, int k) {
        Token t = doc.token(k);
        Head h = t.isLatin() && !t.isCapitalised() && doc.sentenceAt(k).lang() == Lang.EN ? Heads.of(t, Lang.EN) : null;
        return h != null && h.type() == ActorType.ORGANISATION && !h.plural() ? h : null;
    }

    /**
     * «"Маркази Фарханг" (Культурный центр)»: a name in another language with what kind of body it is in brackets
     * after it; the token after the bracket, else -1.
     */
    private static int translated(Document doc, Quotes.Quote q) {
        int open = q.close() + 1;
        if (open + 2 >= doc.size() || !doc.token(open).is("(")) {
            return -1;
        }
        Lang lang = doc.sentenceAt(open).lang();
        for (int k = open + 1; k < Math.min(doc.size(), open + 5) && doc.token(k).isWord(); k++) {
            Head head = Heads.of(doc.token(k), lang);
            if (head != null && head.type() == ActorType.ORGANISATION && doc.token(k + 1).is(")")) {
                return k + 2;
            }
        }
        return -1;
    }

    /** A quote right after another one of a list ("Best poster presentation", "Best Art Project") is of its kind. */
    private static boolean continues(Document doc, Mention previous, int open) {
        return previous != null && previous.type == ActorType.EVENT && doc.listJoined(previous.to, open, 2);
    }
}
