package org.creativeatlas.logic.extract;

import java.util.Set;

/** Where a person's role begins before its title: other titles, modifiers, an abbreviation or a body before it. */
final class RoleStart {
    /** «мен», «бен», «пен» are one Kazakh "and", spelt after the sound before it. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "и", "және", "мен", "бен", "пен", "а", "or", "или",
            "немесе");
    private static final Set<String> HONORIFICS = Set.of("мырза", "ханым");
    private static final Set<String> LOCATIVE = Set.of("в", "во", "in");

    private final Scan scan;
    private final TitleComplements complements;

    RoleStart(Scan scan, TitleComplements complements) {
        this.scan = scan;
        this.complements = complements;
    }

    /** «мырза», «ханым»: the Kazakh "Mr" and "Mrs", which follow a name. */
    static boolean honorific(Token t) {
        return HONORIFICS.contains(t.lower());
    }

    /** «мырзаның», «ханымға»: the Kazakh "Mr" or "Mrs" with a case ending. */
    static boolean honorificInAnyCase(Token t) {
        return HONORIFICS.stream().anyMatch(h -> t.lower().startsWith(h) && t.lower().length() - h.length() <= 4);
    }

    /** Words before the title that belong to the role: other titles, modifiers, an abbreviation or org before it. */
    int start(int title) {
        Document.Sentence s = scan.doc.sentenceAt(title);
        int r = title;
        boolean kazakh = s.lang() == Lang.KK;
        int commas = 0;
        while (r - 1 >= s.from() && title - (r - 1) <= (kazakh ? 6 : 3) + commas) {
            Token t = scan.token(r - 1);
            if (kazakh && (fieldComma(r - 1, title) || titleComma(r - 1, title))) {
                commas++; // «Мәдениет, ақпарат және туризм министрі»: a comma between the fields of one role
                r--;
                continue;
            }
            int degree = kazakh && t.is(",") ? degreeFrom(r - 2, s.from()) : r - 1;
            if (degree < r - 1 && degree - 1 >= s.from() && Titles.is(scan.token(degree - 1))
                    && !scan.taken(degree - 1)) {
                commas += r - degree; // «академиясының проректоры т.ғ. д., профессор»: a degree between two posts
                r = degree;
                continue;
            }
            if (kazakh && t.isDash() && r - 2 >= s.from() && Titles.is(scan.token(r - 2)) && !scan.taken(r - 2)) {
                commas += 2; // «ҚР Премьер-Министрінің орынбасары – Сыртқы істер министрі»: two posts, one role
                r--;
                continue;
            }
            boolean joined = CONJUNCTIONS.contains(t.lower()) && joinsFields(r - 1, s.from());
            // «мәдениет және оқу-ағарту ісі бойынша вице-консулы»: "for" closes the field a Kazakh title is for
            boolean modifier = t.isWord() && !scan.taken(r - 1) && (!Scan.isStopword(t) || joined
                    || kazakh && t.lower().equals("бойынша"))
                    && (!CONJUNCTIONS.contains(t.lower()) || joined) && (Titles.is(t) || t.isAbbreviation()
                    || t.isLatin() && t.isCapitalised() || (kazakh || !t.isCapitalised()) && !t.isLatin()
                    && (!complements.breaksPhrase(r - 1)
                    || kazakh && Morph.kkAttributive(t.lower(), lowerWordBefore(r - 1))));
            // «В завершении творческого вечера руководитель РЦНК …»: before a Russian title only adjectives qualify it
            boolean russianNoun = s.lang() == Lang.RU && t.isCyrillic() && !t.isCapitalised() && !Titles.is(t)
                    && !t.isAbbreviation() && !CONJUNCTIONS.contains(t.lower()) && Morph.ruAdjectiveEnding(t.lower()) == null;
            // «құттықтау сөздерін ҚР … министрі»: a plural object in the accusative belongs to the verb, not the role,
            // unless a verbal noun of the role takes it («… ойындарын дайындау және өткізу жөніндегі дирекция»)
            boolean object = kazakh && !t.isCapitalised() && t.lower().matches(".+[лдт][ае]р[ыі]н")
                    && !scan.token(r).lower().matches(".+[ую]");
            // «… Юя Киносита мырза және Елшіліктің … хатшысы»: "Mr" after a name closes the person before
            boolean honorific = kazakh && honorific(t);
            // «в ходе поездки в ЗКО председатель правления …»: a place after «в» says where, not whose the title is
            boolean where = t.isAbbreviation() && r - 2 >= s.from() && LOCATIVE.contains(scan.token(r - 2).lower());
            if (!modifier || russianNoun || object || honorific || where) {
                break;
            }
            commas += joined ? 2 : 0; // «заслуженной артистки РФ и председательницы жюри»: two titles, one role
            r--;
        }
        // «… зерттелді және колледж директоры Эндрю Вахтель»: an "and" the role stopped at joins clauses, not fields
        while (r < title && CONJUNCTIONS.contains(scan.token(r).lower())) {
            r++;
        }
        // «Өзбекстан Республикасының Ресей Федерациясындағы … елшісі»: a role does not begin inside a state's name
        Place p = r < title ? scan.place(r) : null;
        r = p != null && p.from() < r && p.from() >= s.from() ? p.from() : r;
        return s.lang() == Lang.RU ? titleBeforeComma(r, s) : s.lang() == Lang.EN ? EnglishTitleRuns.start(scan, r, s) : r;
    }

    /** The most tokens an academic degree's abbreviation («т.ғ.д.», «т. ғ. к.») takes. */
    private static final int DEGREE_TOKENS = 8;

    /**
     * Where an academic degree's abbreviation ending at {@code last} begins: letters in lower case, one or two at a
     * time, with full stops; or {@code last + 1} when there is none.
     */
    private int degreeFrom(int last, int floor) {
        if (last < floor) {
            return last + 1;
        }
        int k = last;
        int letters = 0;
        while (k >= floor && last - k < DEGREE_TOKENS) {
            Token t = scan.token(k);
            boolean letter = t.isCyrillic() && !t.isCapitalised() && t.text().replace(".", "").length() <= 2;
            if (!t.is(".") && !letter) {
                break;
            }
            letters += letter ? 1 : 0;
            k--;
        }
        return letters >= 2 && scan.token(last).is(".") ? k + 1 : last + 1;
    }

    /** How many words back from a comma a Russian role before another is looked for. */
    private static final int EARLIER_ROLE = 6;

    /**
     * «заместитель министра культуры Азербайджана, народный артист Мурад Гусейнов»: a role in lower case and its
     * state's name, set off by a comma before the role right before the name, is the person's too; where it begins.
     */
    private int titleBeforeComma(int r, Document.Sentence s) {
        if (r - 2 < s.from() || !scan.token(r - 1).is(",")) {
            return r;
        }
        int start = r;
        for (int k = r - 2; k >= Math.max(s.from(), r - 1 - EARLIER_ROLE); k--) {
            Token t = scan.token(k);
            boolean state = scan.place(k) != null && scan.place(k).city() == null;
            if (scan.taken(k) || !t.isCyrillic() || !t.isWord() || t.isCapitalised() && !state) {
                break;
            }
            start = Titles.is(t) ? k : start;
        }
        return start;
    }

    /**
     * «Елшіліктің бірінші хатшысы, мәдени-ақпараттық бөлімінің басшысы Юя Киносита»: a comma after a title and before
     * a lower-case word joins two posts one person holds.
     */
    private boolean titleComma(int k, int title) {
        return scan.token(k).is(",") && k + 1 < title && k - 1 >= scan.doc.sentenceAt(k).from()
                && Titles.is(scan.token(k - 1)) && !scan.taken(k - 1) && scan.token(k + 1).isCyrillic()
                && !scan.token(k + 1).isCapitalised();
    }

    /** A comma at k before a field in lower case, which «және» joins to the last before the title. */
    private boolean fieldComma(int k, int title) {
        // «Перизат Тұрарова, халықаралық және республикалық байқаулардың лауреаттары»: a surname before the comma ends
        // the person before, not a field
        if (!scan.token(k).is(",") || k + 1 >= title || !scan.token(k + 1).isCyrillic()
                || scan.token(k + 1).isCapitalised() || k - 1 < 0 || !scan.token(k - 1).isCapitalised()
                || Surnames.looksLike(scan.token(k - 1).lower())) {
            return false;
        }
        for (int j = k + 2; j < title; j++) {
            if (scan.token(j).lower().equals("және")) {
                return true;
            }
        }
        return false;
    }

    /** The word before token k in lower case, when it is a Cyrillic word in lower case of the same sentence; else null. */
    String lowerWordBefore(int k) {
        Token t = k - 1 >= scan.doc.sentenceAt(k).from() ? scan.token(k - 1) : null;
        return t != null && t.isCyrillic() && !t.isCapitalised() ? t.lower() : null;
    }

    /** «Мәдениет және спорт министрі», «министр культуры и информации»: "and" between two fields of one role. */
    private boolean joinsFields(int k, int sentenceStart) {
        if (k - 1 < sentenceStart || !scan.token(k).lower().equals("және") && !scan.token(k).lower().equals("и")) {
            return false;
        }
        Token before = scan.token(k - 1);
        return before.isCyrillic() && !scan.taken(k - 1) && !Scan.isStopword(before)
                && !Surnames.looksLike(before.lower())
                && !(before.isCapitalised() && k - 2 >= sentenceStart && scan.nameLike(k - 2));
    }
}
