package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.ActorType;

/**
 * Russian performances named by the title of the work staged: a play right after the word for it («представлен
 * спектакль «Дорога домой»»), and a drama, a comedy, a tale or a requiem on a playbill's line, which gives the hour
 * («5 ноября в 19.00 часов – лирическая драма Чингиза Айтматова «Арманым – Әселім»») or a troupe shows («театр …
 * покажет … трагедию С. Досанова «Тозақ шеңбері»»). The word for the work, and
 * the adjectives before it, name the event with the title; the author between them does not.
 */
final class StagedWorks {

    /** A word for a staged work in the nominative, and its gender, which its adjectives take. */
    private record Genre(String nominative, char gender) {
    }

    /**
     * Stems of the Russian words for a play, with their nominatives; operas and ballets named by title are as often
     * fragments sung in a concert («фрагменты из опер «…» и балета «…»»), which are works.
     */
    private static final Map<String, Genre> STAGED = Map.of("спектакл", new Genre("спектакль", 'm'), "моноспектакл",
            new Genre("моноспектакль", 'm'));
    /** Stems of the words for a staged genre, named so only on a playbill. */
    private static final Map<String, Genre> GENRES = Map.of("драм", new Genre("драма", 'f'), "комеди",
            new Genre("комедия", 'f'), "трагеди", new Genre("трагедия", 'f'), "сказк", new Genre("сказка", 'f'),
            "реквием", new Genre("реквием", 'm'), "мюзикл", new Genre("мюзикл", 'm'), "мелодрам",
            new Genre("мелодрама", 'f'));
    /** The most capitalised words an author's name between the genre and the title may take. */
    private static final int AUTHOR_WORDS = 3;
    /** The most adjectives before the genre's word («поэтическая драма»). */
    private static final int ADJECTIVES = 2;

    private StagedWorks() {
    }

    /**
     * «представлен спектакль «Дорога домой»», «спектакль «Көрұғлы»»: a play named by its title right after the word
     * for it is a performance, an event; that word is put in the nominative. Null for a film, a book or a song, or when
     * no such word stands right before the title.
     */
    static Mention named(Scan scan, Quotes.Quote q) {
        int kind = q.open() - 1;
        Token t = kind >= 0 ? scan.token(kind) : null;
        if (t == null || !t.isCyrillic() || t.isCapitalised() || scan.taken(kind)
                || scan.doc.sentenceAt(kind).lang() != Lang.RU) {
            return null;
        }
        Genre play = genre(STAGED, t);
        return play == null ? null : new Mention(ActorType.EVENT,
                play.nominative() + " " + Render.of(scan.doc, q.open(), q.close() + 1), kind, q.close() + 1, 3);
    }

    /**
     * A genre and a title on a line of a playbill, an event, with the author named between them, a person in the
     * nominative («Мадины Омаровой» → Мадина Омарова); none, one or both, their words taken.
     */
    static List<Mention> onPlaybill(Scan scan, Quotes.Quote q) {
        Document.Sentence s = scan.doc.sentenceAt(q.open());
        // a Kazakh title may make the line read as Kazakh; the Russian word for the genre says how it is written
        if (s.lang() == Lang.EN) {
            return List.of();
        }
        // «комедия на татарском языке «Кодалар – кодачалар»»: the language it is played in stands between
        int gloss = language(scan, q.open(), s.from());
        int kind = gloss - 1;
        while (kind > s.from() && gloss - 1 - kind < AUTHOR_WORDS
                && (scan.token(kind).isCapitalised() || scan.token(kind).is("."))) {
            kind--; // «реквием Рахимжана Отарбаева «Хан Жәңгір»»: the author's name, in the genitive
        }
        Token t = kind >= s.from() ? scan.token(kind) : null;
        Genre genre = t == null || !t.isCyrillic() || t.isCapitalised() || scan.anyTaken(kind, q.close() + 1) ? null
                : genre(GENRES, t);
        // «… были показаны … комедия «…» и комедия-балаган … «…»»: a work listed after one shown is shown too
        boolean listed = kind - 2 >= s.from() && scan.token(kind - 1).lower().equals("и") && scan.taken(kind - 2)
                && scan.doc.quotes.around(kind - 2) != null;
        if (genre == null || !timed(scan, s) && !performed(scan, q.open()) && !listed) {
            return List.of();
        }
        int from = kind;
        while (from - 1 >= s.from() && kind - from < ADJECTIVES && scan.token(from - 1).isCyrillic()
                && !scan.token(from - 1).isCapitalised() && Morph.ruAdjectiveEnding(scan.token(from - 1).lower()) != null) {
            from--;
        }
        StringBuilder name = new StringBuilder();
        for (int i = from; i < kind; i++) {
            name.append(CaseEndings.ruAdjective(scan.token(i).text(), genre.gender(), false)).append(' ');
        }
        String word = t.lower().contains("-") ? t.lower() : genre.nominative(); // «комедия-балаган»
        name.append(word).append(' ').append(Render.of(scan.doc, q.open(), q.close() + 1));
        List<Mention> found = new ArrayList<>();
        if (gloss - kind == 3 && scan.nameLike(kind + 1) && scan.nameLike(kind + 2)) {
            found.add(WorkCredits.named(scan, kind + 1, q.open()));
        }
        found.add(new Mention(ActorType.EVENT, name.toString(), from, q.close() + 1, 3));
        found.forEach(scan::take);
        return found;
    }

    /** Stems of the Russian verbs by which a troupe shows a work: покажет, представят, сыграют, исполнят. */
    private static final List<String> SHOWING = List.of("покаж", "показа", "показыва", "представ", "сыгра",
            "исполн");
    /** How many words back from a title, or from a word for a show, its verb may stand. */
    private static final int SHOWN_REACH = 12;

    /**
     * «театр драмы … покажет одну из своих лучших постановок - трагедию С. Досанова «Тозақ шеңбері»», «артисты цирка
     * представят … программу «Таңғажайып керуен»»: where a verb of showing stands a few words before a work's title,
     * which makes it a performance; or -1.
     */
    private static int shown(Scan scan, int at) {
        Document.Sentence s = scan.doc.sentenceAt(at);
        for (int k = at - 1; k >= Math.max(s.from(), at - SHOWN_REACH); k--) {
            String w = scan.token(k).lower();
            if (scan.token(k).isCyrillic() && SHOWING.stream().anyMatch(w::startsWith)) {
                return k;
            }
        }
        return -1;
    }

    /** Stems of the words for those who perform a show. */
    private static final List<String> PERFORMERS = List.of("артист", "цирк", "ансамбл", "театр", "коллектив",
            "оркестр", "труп");

    /**
     * A quoted programme's type: a performance when performers show it («артисты цирка представят … программу «…»»),
     * not a university's course it presents; a cinema's «драму «Белек»» is a film, a theatre's a play.
     */
    static ActorType showing(Scan scan, int head, ActorType type) {
        return type == ActorType.PLATFORM && performed(scan, head) ? ActorType.EVENT : type;
    }

    /** Whether performers are shown to perform what is named at token {@code at}. */
    private static boolean performed(Scan scan, int at) {
        int verb = shown(scan, at);
        if (verb < 0) {
            return false;
        }
        // the performers are named before the verb, as its subject, or between it and the show
        Document.Sentence s = scan.doc.sentenceAt(at);
        for (int k = Math.max(s.from(), verb - SHOWN_REACH); k < at; k++) {
            String w = scan.token(k).lower();
            if (PERFORMERS.stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** «в 19.00 часов», «18.30 –»: a line that gives an hour. */
    private static boolean timed(Scan scan, Document.Sentence s) {
        for (int i = s.from(); i + 2 < s.to(); i++) {
            if (scan.token(i).isNumber() && (scan.token(i + 1).is(".") || scan.token(i + 1).is(":"))
                    && scan.token(i + 2).isNumber() && scan.token(i + 2).text().length() == 2) {
                return true;
            }
        }
        return false;
    }

    /** Where «на татарском языке» right before the title at {@code open} starts; else {@code open}. */
    private static int language(Scan scan, int open, int from) {
        int k = open - 3;
        return k >= from && scan.token(k).lower().equals("на") && scan.token(open - 1).lower().equals("языке")
                && Morph.ruAdjectiveEnding(scan.token(k + 1).lower()) != null ? k : open;
    }

    /**
     * The genre a word for a work names, from its stem and at most two letters of ending, or the first part of a
     * hyphened word («комедия-балаган»); or null.
     */
    private static Genre genre(Map<String, Genre> stems, Token t) {
        String w = t.lower().contains("-") ? t.lower().substring(0, t.lower().indexOf('-')) : t.lower();
        for (Map.Entry<String, Genre> e : stems.entrySet()) {
            if (w.startsWith(e.getKey()) && w.length() - e.getKey().length() <= 2) {
                return e.getValue();
            }
        }
        return null;
    }
}
