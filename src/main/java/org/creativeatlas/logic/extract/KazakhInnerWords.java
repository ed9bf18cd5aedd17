package org.creativeatlas.logic.extract;

import java.util.Locale;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Words inside a Kazakh name that would end it elsewhere: a title in the plural genitive, a conjunction between two
 * fields, the number of an anniversary; and whether a name's one capital is only its sentence's opening.
 */
final class KazakhInnerWords {

    private KazakhInnerWords() {
    }

    /**
     * «мемлекет басшыларының XVI Саммиті», «ректорларының форумы»: a title in the plural genitive says whose the
     * meeting is, not whose role the name after it is.
     */
    static boolean whoseMeeting(Token t) {
        String lower = t.lower();
        return !t.isCapitalised() && lower.length() > 6
                && KazakhNames.GENITIVE.contains(lower.substring(lower.length() - 3))
                && lower.substring(0, lower.length() - 3).matches(".*[лдт][ае]р[ыі]?");
    }

    private static final String ASSEMBLY = "құрылтай";
    private static final java.util.Set<String> SEASONS = java.util.Set.of("жазғы", "қысқы", "көктемгі", "күзгі");
    private static final java.util.Set<String> SIZES = java.util.Set.of("кіші", "үлкен", "атты");

    /**
     * «Азия қазақтарының екінші құрылтайы», «Еуропа қазақтарының құрылтайы», ««…» атты Кіші құрылтайы»: an assembly
     * counted by an ordinal, of a people named in the plural genitive, called small or great, or given a quoted title
     * is a congress, an event; the head's own type otherwise («Ұлттық құрылтай» is a body).
     */
    static ActorType session(Scan scan, int from, int h, Head head) {
        String noun = head.nominative().toLowerCase(Locale.ROOT);
        if (noun.startsWith("мектеб") && h > from && SEASONS.contains(scan.token(h - 1).lower())) {
            return ActorType.EVENT; // «Түркі мемлекеттерінің VI жазғы мектебі»: a summer school is held, as a course is
        }
        if (!noun.startsWith(ASSEMBLY)) {
            return head.type();
        }
        for (int k = from; k < h; k++) {
            if (Titles.ordinal(scan.token(k)) || scan.token(k).isRomanNumeral()
                    || PEOPLES.matcher(scan.token(k).lower()).matches() || SIZES.contains(scan.token(k).lower())
                    || scan.doc.quotes.around(k) != null) {
                return ActorType.EVENT;
            }
        }
        return head.type();
    }

    /** A plural in the genitive: «қазақтарының», «халықтарының». */
    private static final java.util.regex.Pattern PEOPLES = java.util.regex.Pattern.compile(
            "\\p{L}+(тар|дар|лар)ының|\\p{L}+(тер|дер|лер)інің");

    /**
     * «Әзірбайжан жазушылар Одағы»: a bare plural of people between a place and a body's head names whom the body
     * gathers, a union of writers, not the subject of the sentence.
     */
    static boolean guild(Scan scan, int k) {
        Token t = scan.token(k);
        Head next = k + 1 < scan.doc.size() ? Heads.of(scan.token(k + 1), Lang.KK) : null;
        return k > 0 && !t.isCapitalised() && Morph.kkBarePlural(t.lower()) && next != null
                && next.type() == ActorType.ORGANISATION && scan.place(k - 1) != null;
    }

    /**
     * «Ұлттық қолжазба мен сирек кітаптар орталығы»: «мен» between two lower-case words of a name whose first word
     * (at most three words back) is capitalised joins two fields of one body, not two names.
     */
    static boolean fieldsJoined(Scan scan, int k, int h) {
        if (!KazakhNames.CONJUNCTIONS.contains(scan.token(k).lower()) || k < 2 || k + 1 >= h) {
            return false;
        }
        Token before = scan.token(k - 1);
        Token after = scan.token(k + 1);
        boolean lower = before.isCyrillic() && !before.isCapitalised() && after.isCyrillic() && !after.isCapitalised();
        if (!lower || Morph.kkBreaksName(before.lower())) {
            return false;
        }
        // the capital may stand a word or two farther back: «Халықаралық түркі мәдениеті мен мұрасы қоры»
        int first = k - 2;
        while (first > k - 4 && first > 0 && isLowerField(scan.token(first))) {
            first--;
        }
        return scan.token(first).isCapitalised() && !scan.taken(first) && scan.place(first) == null
                || afterNamedAfter(scan, first + 1); // «Ғ. Мүсірепов атындағы … балалар мен жасөспірімдер театры»
    }

    private static boolean isLowerField(Token t) {
        return t.isCyrillic() && !t.isCapitalised() && !Morph.kkBreaksName(t.lower());
    }

    /** «Мақтымқұлының 300 жылдығына арналған кеш»: the number of years an anniversary counts, or of a work's parts. */
    static boolean counted(Scan scan, int k) {
        String next = k + 1 < scan.doc.size() ? scan.token(k + 1).lower() : "";
        // «20 томдық еңбегінің тұсаукесері»: a number before the measure of the work («5 күндік», «100 жылдық»)
        return scan.token(k).isNumber() && (next.startsWith("жылдығ") || MEASURE.matcher(next).matches());
    }

    private static final java.util.regex.Pattern MEASURE =
            java.util.regex.Pattern.compile("\\p{Ll}{2,}(дық|тық|лық|дік|тік|лік)");

    /**
     * «Р.Сейтметов атындағы сазды драма театры»: a lower-case word between «атындағы» and the head is the body's own,
     * though it ends as an object would (сазды: "musical").
     */
    static boolean afterNamedAfter(Scan scan, int k) {
        for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
            Token t = scan.token(j);
            if (KazakhNamedAfter.is(t)) {
                return true;
            }
            if (!t.isCyrillic() || t.isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /**
     * «… драма театры және Т.Ахтанов атындағы Ақтөбе облыстық драма театрлары»: a plural head joined to a body with
     * the same head in the singular closes one more body of that kind, named in the singular.
     */
    static boolean pairedWithSingular(Scan scan, int from, Head head) {
        if (from < 2 || !KazakhNames.CONJUNCTIONS.contains(scan.token(from - 1).lower())
                && !scan.token(from - 1).lower().equals("және")) {
            return false;
        }
        Head before = Heads.of(scan.token(from - 2), Lang.KK);
        return before != null && !before.plural() && before.nominative().equalsIgnoreCase(head.nominative());
    }

    /** "National", "Central": words that open the name of the one institution of its kind a state has. */
    private static final Set<String> NATIONS_OWN = Set.of("ұлттық", "орталық");

    /** «Тұңғыш Президенттің тарихи-мәдени орталығы»: the First President's, a title that names bodies after him. */
    static boolean firstPresident(Scan scan, int k) {
        return k > 0 && scan.token(k).lower().startsWith("президент") && scan.token(k - 1).lower().equals("тұңғыш");
    }

    /** «Ұлттық кітапхана», «Орталық мемлекеттік архив»: the nation's or the centre's own institution opens here. */
    static boolean nationsOwn(Token t) {
        return t.isCapitalised() && NATIONS_OWN.contains(t.lower());
    }

    /**
     * The one capital is the sentence's first word, and no acronym: «Зерттеу тобы мұражай…» is no name. A state body's
     * head says the words before it name one: «Мәдениет және ақпарат министрлігінің мәліметінше», «Облыстық мәдениет
     * басқармасының».
     */
    static boolean onlyOpeningCapital(Scan scan, int from, int h) {
        Head head = Heads.of(scan.token(h), Lang.KK);
        if (from != KazakhNames.firstWord(scan, scan.doc.sentenceAt(h)) || from < h && head != null
                && KazakhNames.STATE_BODIES.contains(head.nominative().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (from < h && head != null && head.type() == ActorType.ORGANISATION && nationsOwn(scan.token(from))) {
            return false;
        }
        for (int k = from + 1; k <= h; k++) {
            if (scan.token(k).isCapitalised() || scan.token(k).isLatin()) {
                return false;
            }
        }
        // «ТҮРКСОЙ халықаралық түрік мәдениеті ұйымы …»: an acronym is a name wherever it stands
        Token first = scan.token(from);
        // «Горький атындағы … театры»: the first word is the name the body bears
        boolean namedAfter = from + 1 < h && KazakhNamedAfter.follows(scan, from + 1);
        // «Жаңақорған ауданы әкімдігі»: a word for a place's kind says the capital before it is a place's name
        boolean placeNamed = from + 1 < h && BracketedPlaces.placeKind(scan.token(from + 1));
        return scan.place(from) == null && !placeNamed && !(first.isAbbreviation() && first.text().length() >= 3)
                && !KnownAcronyms.is(first) && !namedAfter && !nationsJoined(first);
    }

    /** «Тәжік-қазақ достық қоғамының», «Қырғызстан-Түркия «Манас» университеті»: two nations joined by a hyphen. */
    static boolean nationsJoined(Token t) {
        int hyphen = t.text().indexOf('-');
        Gazetteer.Entry nation = hyphen > 0 ? Gazetteer.get(t.lower().substring(0, hyphen)) : null;
        return nation != null && nation.country() != null;
    }

    /**
     * «Тәжікстан Республикасы Үкіметі жанындағы Туризмді дамыту комитеті»: a body attached to another («жанындағы»,
     * at) is named with it; where the other's name begins, or -1 when token k is no such word.
     */
    static int attachedFrom(Scan scan, int k, Document.Sentence s) {
        if (!scan.token(k).lower().equals("жанындағы")) {
            return -1;
        }
        int j = k - 1;
        // «Өзбекстан Министрлер кабинеті жанындағы»: a lower-case word right after a capitalised one is of its name
        while (j >= s.from() && k - j <= ATTACHED_WORDS && scan.token(j).isWord()
                && (scan.token(j).isCapitalised() || j - 1 >= s.from() && scan.token(j - 1).isCapitalised()
                && scan.token(j - 1).isWord() && scan.token(j).isCyrillic() && !Scan.isStopword(scan.token(j))
                && !KazakhNames.CONJUNCTIONS.contains(scan.token(j).lower()))) {
            j--;
        }
        return j + 1 < k ? j + 1 : -1;
    }

    private static final int ATTACHED_WORDS = 5;

    /**
     * «Нәтижесінде өзара Мәдениет күндерін …», «Барысында …»: a sentence's first word in an oblique case ("as a
     * result", "during") is capitalised only for opening the sentence, and opens no name unless it is a place.
     */
    static boolean openingAdverb(Scan scan, int k) {
        Token t = scan.token(k);
        return scan.doc.sentenceAt(k).from() == k && t.isCapitalised() && !t.isAbbreviation() && scan.place(k) == null
                && Morph.kkBreaksName(t.lower());
    }

    /**
     * «Тарих ғылымы жөніндегі комиссия», «Шетелдегі түркілер жөніндегі басқарма»: «жөніндегі» ("for", "on") joins the
     * field a body is for to it, as «по» does in Russian, when a word of that field stands before it; «Қырғыз
     * Республикасы Президентіне қарасты …»: «қарасты» ("under") and the capitalised dative before it join the body it
     * reports to, as «при» does.
     */
    static boolean concerning(Scan scan, int k) {
        if (k < 0) {
            return false;
        }
        int from = scan.doc.sentenceAt(k).from();
        String lower = scan.token(k).lower();
        if (lower.equals("жөніндегі") || lower.equals("қарасты")) {
            return k > from && scan.token(k - 1).isCyrillic() && !scan.taken(k - 1)
                    && (lower.equals("жөніндегі") || underWhom(scan, k - 1));
        }
        return k + 1 < scan.doc.size() && scan.token(k + 1).lower().equals("қарасты") && underWhom(scan, k);
    }

    /** «Президентіне», «Министрлігіне»: a capitalised word in the dative. */
    private static boolean underWhom(Scan scan, int k) {
        Token t = scan.token(k);
        return t.isCapitalised() && t.isCyrillic() && t.lower().matches(".{3,}(на|не|ға|ге|қа|ке)");
    }

    /**
     * «… басшыларының VІ Консультативтік кездесуі», «… тарихшыларының I форумы», «… басшыларының жетінші
     * Консультативтік кездесуі»: the number of a meeting after whose it is (in the genitive) is a word of its name, in
     * Roman figures (a single «I» too, in either script) or in words.
     */
    static boolean numberedAfterOwner(Scan scan, int k) {
        Token t = scan.token(k);
        return k > scan.doc.sentenceAt(k).from() && (t.text().matches("[IVXІХ]+") || Titles.ordinal(t)) && !scan.taken(k)
                && KazakhNames.GENITIVE.contains(Morph.kkCase(scan.token(k - 1).lower(), 3));
    }

    /** «архив ісі», «музей ісі», «театр өнері»: a head in lower case before a possessive is the field it names. */
    static boolean fieldOfWork(Scan scan, int k) {
        Token t = scan.token(k);
        Token next = k + 1 < scan.doc.size() ? scan.token(k + 1) : null;
        return next != null && !t.isCapitalised() && !next.isCapitalised() && next.isCyrillic()
                && Morph.kkPossessive(next.lower()) && Heads.of(next, Lang.KK) == null;
    }

    /**
     * «ЮНЕСКО және ИСЕСКО істері»: «және» between two abbreviations a word in lower case follows joins what one body is
     * for, not two bodies.
     */
    static boolean abbreviationsJoined(Scan scan, int k, int sentenceStart) {
        return scan.token(k).lower().equals("және") && k - 1 >= sentenceStart && k + 2 < scan.doc.size()
                && scan.token(k - 1).isAbbreviation() && scan.token(k + 1).isAbbreviation()
                && scan.token(k + 2).isWord() && !scan.token(k + 2).isCapitalised();
    }
}
