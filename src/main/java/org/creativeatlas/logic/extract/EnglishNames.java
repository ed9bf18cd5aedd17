package org.creativeatlas.logic.extract;

import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * English names around a capitalised head noun: the capitalised words before it ("Al-Farabi Kazakh National
 * University") and an of-chain after it ("Ministry of Culture, Sports and Tourism of the Republic of Korea").
 */
final class EnglishNames {

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "within", "inside", "near",
            "outside", "after", "before", "from", "under", "across", "throughout", "behind", "beside", "among", "amid");
    private static final Set<String> BULLETS = Set.of("-", "–", "—", "*");

    private EnglishNames() {
    }

    static Mention build(Scan scan, int h, Head head) {
        Token ht = scan.token(h);
        Document.Sentence s = scan.doc.sentenceAt(h);
        if (head.plural()) {
            return null;
        }
        if (!ht.isCapitalised()) {
            Mention after = EnglishNamesAfterHead.named(scan, h, head, s);
            return after != null ? after : namedBeforeHead(scan, h, head, s);
        }
        int firstHead = h;
        Head body = head;
        while (h + 1 < s.to() && scan.token(h + 1).isCapitalised() && !scan.taken(h + 1)
                && (Heads.of(scan.token(h + 1), Lang.EN) != null || EnglishChains.wordBeforeHead(scan, h + 1, s.to()))) {
            h = Heads.of(scan.token(h + 1), Lang.EN) != null ? h + 1 : h + 2;
            head = Heads.of(scan.token(h), Lang.EN);
        }
        // "Tadao Ando Architects & Associates", "National Library and Archives of Iran": two heads joined end one name
        // ("… University and Association of …" are two)
        boolean twoHeads = h + 2 < s.to() && (scan.token(h + 1).is("&")
                || scan.token(h + 1).is("and") && EnglishChains.field(scan.token(h + 2)));
        if (twoHeads && scan.token(h + 2).isCapitalised()
                && !scan.taken(h + 2) && Heads.of(scan.token(h + 2), Lang.EN) != null) {
            h += 2;
            head = Heads.of(scan.token(h), Lang.EN);
        }
        if (EnglishLowerCaseBodies.headAfter(scan, h, s.to())) {
            return null; // "Uzbek Initiative public organization": the lower-case head after names the whole
        }
        int from = h;
        int joined = EnglishChains.slashJoined(scan, h, s.to());
        if (joined > h) {
            h = joined;
            head = Heads.of(scan.token(h), Lang.EN);
        }
        while (from - 1 >= s.from() && (left(scan, from - 1) || joins(scan, from - 1, s.from())
                || fieldComma(scan, from - 1, h, s.from())
                || titleInside(scan, from - 1, s.from()) || cityOf(scan, from - 1, s.from())
                || EnglishChains.pluralPossessive(scan, from - 1) && left(scan, from - 2))) {
            from--;
        }
        from = head.type() == ActorType.EVENT ? EnglishEventTitles.titleOfThe(scan, from, s.from()) : from;
        Place region = from - 1 >= s.from() && !scan.taken(from - 1) ? scan.place(from - 1) : null;
        if (region != null && region.to() == from && region.to() - region.from() > 1 && region.from() >= s.from()) {
            from = region.from(); // "Sverdlovsk Region Days": a place whose last word is no name word elsewhere
        }
        Quotes.Quote before = from - 1 > s.from() ? scan.doc.quotes.around(from - 1) : null;
        boolean legal = legalForm(scan, from, h);
        if (before != null && head.type() != ActorType.PLATFORM && before.close() == from - 1
                && (before.close() - before.open() <= EnglishEventTitles.quotedWords(head) + 1
                        && !headInside(scan, before) || legal)
                && !scan.anyTaken(before.open(), from)) {
            from = before.open(); // "in “Yyldyz” Hotel of Ashgabat": a short quoted name opens the name it heads
        }
        Quotes.Quote quoted = scan.doc.quotes.around(h);
        boolean quotedChain = quoted != null && quoted.open() == from - 1 && quoted.close() == h + 1
                && h + 2 < s.to() && scan.token(h + 2).is("of"); // "the State Institution “National Museum” of …"
        from = quotedChain ? quoted.open() : from;
        String written = head.nominative();
        head = from == firstHead && firstHead < h && bodyNamed(body, head) ? body : head;
        // a body's place after "in" is part of its name ("Turkiston Palace in Tashkent"), and so is the host of a
        // nation's days ("Kyrgyzstan Days in Sverdlovsk Region"), but not an event's venue
        boolean event = head.type() == ActorType.EVENT;
        boolean located = !event || GuestNation.DAYS.contains(scan.token(h).lower());
        int to = EnglishChains.chain(scan, quotedChain ? h + 2 : h + 1, s.to(), event, located);
        to = to == h + 1 ? EnglishLowerFields.after(scan, h, s.to()) : to;
        to = to == h + 1 ? GermanBodies.nameAfter(scan, h, s.to()) : to;
        to = !event && EnglishPersonRuns.holderAtEnd(scan, from, h, to, s.to()) ? to - 2 : to;
        Quotes.Quote title = head.type() == ActorType.EVENT || to == h + 1 && ownName(scan, to)
                ? EnglishEventTitles.titleAt(scan, to) : null;
        if (title != null) {
            to = title.close() + 1; // an event's title, or a body's own name: «State Opera and Ballet Theater "Astana Opera"»
            // "State Dance Ensemble “Bakhor” named after Mukarram Turgunbayeva"
            to = event ? to : EnglishChains.namedAfter(scan, to, s.to());
        } else if (!event && to < s.to() && acronym(scan, to)) {
            to++; // "the International Turkic Cultural Organization TURKSOY": its acronym, set after it unbracketed
        } else if (head.type() == ActorType.EVENT && to < s.to() && scan.token(to).isYear()) {
            to++;
        } else if (head.type() == ActorType.EVENT && to + 1 < s.to() && "–—-".contains(scan.token(to).text())
                && scan.token(to + 1).isYear()) {
            to += 2;
        } else if (head.type() == ActorType.EVENT && EnglishEventTitles.editionNamed(scan, to, s.to())) {
            to += 3;
        }
        // "people to people contact makes Government to Government contact easier": a manner, not a name
        boolean toItself = h + 2 < to && scan.token(h + 1).is("to")
                && scan.token(h + 2).lower().equals(scan.token(h).lower());
        boolean kindOnly = event && (EnglishCalledNames.kindBeforeTitle(scan, from, h, to)
                || EnglishCalledNames.kindAfterThe(scan, from, h, to));
        if (to - from < 2 || toItself || kindOnly || Heads.alsoSurname(scan.token(h)) && someoneBefore(scan, from, h)) {
            return null;
        }
        String last = scan.token(to - 1).text();
        // "the Government of Tajikistan's constant efforts": the owner is named without its possessive
        Map<Integer, String> words = to - 1 > h && Morph.enPossessive(last.toLowerCase(java.util.Locale.ROOT))
                ? Map.of(h, written, to - 1, last.substring(0, last.length() - 2)) : Map.of(h, written);
        int[] span = QuotedLegalForms.widened(scan, from, to);
        from = span[0];
        to = span[1];
        String name = Render.of(scan.doc, from, to, words);
        ActorType type = described(scan, to, s.to(), head.type());
        // "the Council of National Museums of Central Asia was held in Tashkent": a council's sitting is an event
        type = SITTINGS.contains(scan.token(h).lower()) && to + 1 < s.to() && scan.token(to).lower().equals("was")
                && scan.token(to + 1).lower().equals("held") ? ActorType.EVENT : type;
        type = type != head.type() && (inOpeningPhrases(scan, to, s) || byOpening(scan, s)) ? head.type() : type;
        type = type == ActorType.EVENT && organiser(scan, from, s.from()) ? ActorType.ORGANISATION : type;
        Mention m = new Mention(agency(scan, from, h, type), name, from, to, 3);
        m.attached = EnglishChains.bodyOf(scan, h, to);
        return m;
    }

    private static boolean acronym(Scan scan, int k) {
        Token t = scan.token(k);
        return t.isLatin() && t.isAbbreviation() && t.text().length() >= 3 && scan.place(k) == null && !scan.taken(k)
                && !Titles.is(t);
    }

    /** A short quote of capitalised words opening at {@code at}: a body's own name right after its head. */
    private static boolean ownName(Scan scan, int at) {
        Quotes.Quote q = at < scan.doc.size() ? scan.doc.quotes.around(at) : null;
        if (q == null || q.open() != at || q.close() - q.open() > EnglishEventTitles.QUOTED_WORDS + 1) {
            return false;
        }
        for (int k = q.open() + 1; k < q.close(); k++) {
            if (scan.token(k).isWord() && !scan.token(k).isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /** Words that say only what legal form a body has, "the “Rosa Otunbayeva Initiative” Public Foundation". */
    private static final Set<String> LEGAL_FORMS = Set.of("public", "private", "charitable", "non-profit",
            "non-governmental", "non-commercial");

    /** Whether the words before the head at {@code h} only give a body's legal form, which its quoted name comes before. */
    private static boolean legalForm(Scan scan, int from, int h) {
        for (int i = from; i < h; i++) {
            if (!LEGAL_FORMS.contains(scan.token(i).lower())) {
                return false;
            }
        }
        return from < h;
    }

    /** Whether the head at {@code i} ends a quoted name that a legal form and its own head follow. */
    static boolean quotedBeforeLegalForm(Scan scan, int i) {
        Quotes.Quote q = scan.doc.quotes.around(i);
        if (q == null || q.close() != i + 1) {
            return false;
        }
        int k = i + 2;
        while (k < scan.doc.size() && LEGAL_FORMS.contains(scan.token(k).lower())) {
            k++;
        }
        Head head = k > i + 2 && k < scan.doc.size() ? Heads.of(scan.token(k), Lang.EN) : null;
        return head != null && head.type() == ActorType.ORGANISATION;
    }

    /** "“Dante Rustav Films” Independent Directors Association": a quote with a head of its own is another body. */
    private static boolean headInside(Scan scan, Quotes.Quote q) {
        for (int i = q.open() + 1; i < q.close(); i++) {
            if (Heads.of(scan.token(i), Lang.EN) != null) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BY_WHOM = Set.of("organised", "organized", "hosted", "founded", "run");
    private static final Set<String> LIST_WORDS = Set.of("the", "and", ",");

    /**
     * "organised by the Uzbekkino National Agency and the Forum of Culture and Arts of Uzbekistan": who organises
     * is a body, though an event's head names it.
     */
    private static boolean organiser(Scan scan, int from, int sentenceStart) {
        int k = from - 1;
        // back over the organisers named before it: "by the A, the B and the C"
        while (k > sentenceStart && (scan.taken(k) || LIST_WORDS.contains(scan.token(k).lower()))) {
            k--;
        }
        return k > sentenceStart && scan.token(k).lower().equals("by") && BY_WHOM.contains(scan.token(k - 1).lower());
    }

    /**
     * "Fund Forum will launch 2013 art season", "the Fund Forum of Culture and Arts of Uzbekistan": a body's head that
     * opens a name, as Russian puts it («Фонд «Форум»»), names a body after it, even one named by an event's head.
     */
    private static boolean bodyNamed(Head body, Head last) {
        return body.type() == ActorType.ORGANISATION && last.type() == ActorType.EVENT;
    }

    /**
     * "Peter Hall", "Sir Peter Hall", "Anna Petrova and Peter Hall": a head that is also a surname ends a person's
     * name when fewer than two words, or only name words, come before it after the last "and"; "Bishkek City Hall"
     * and "Kazakhstan Central Concert Hall" are bodies.
     */
    private static boolean someoneBefore(Scan scan, int from, int h) {
        int own = from;
        for (int k = from; k < h; k++) {
            own = scan.token(k).is("and") || scan.token(k).is("&") ? k + 1 : own;
        }
        // "held at Vahdat Hall": one word after "at" names a venue, unless it has a surname's ending
        boolean venue = h - own == 1 && own > 0 && scan.token(own - 1).is("at")
                && !Surnames.looksLike(scan.token(own).lower());
        return h - own < 2 && !venue || EnglishPersonRuns.personLike(scan, own, h) && !venue;
    }

    /** Heads of bodies that sit: what "was held" under their name is a sitting. */
    private static final Set<String> SITTINGS = Set.of("council", "assembly", "congress", "kurultai");

    /**
     * "the Pamir Film Lab, a three-month residency", "WeCosmos - a festival of …": a common noun in apposition says
     * what kind of actor it is.
     */
    static ActorType described(Scan scan, int to, int end, ActorType type) {
        if (to + 2 >= end || !scan.token(to).is(",") && !"–—-".contains(scan.token(to).text())
                || !ARTICLES.contains(scan.token(to + 1).lower())) {
            return type;
        }
        for (int k = to + 2; k < Math.min(end, to + 6); k++) {
            Token t = scan.token(k);
            if (!t.isWord() && !t.isNumber() || t.isCapitalised() || Scan.isStopword(t)) {
                return type;
            }
            Head h = Heads.of(t, Lang.EN);
            if (h != null) {
                return h.type();
            }
        }
        return type;
    }

    /**
     * "Organized by UNESCO Almaty … and the National Federation of UNESCO Clubs, the workshop was held …", "Organized
     * within the framework of the Tajikistan National Commission for UNESCO and ISESCO, the workshop aims …": after a
     * participle's phrase that opens the sentence, the noun that follows the comma is its subject, not the last name's.
     */
    private static boolean byOpening(Scan scan, Document.Sentence s) {
        Token first = scan.token(s.from());
        Token second = s.to() - s.from() > 2 ? scan.token(s.from() + 1) : null;
        return second != null && first.lower().length() > 4 && first.lower().endsWith("ed") && second.isLatin()
                && second.isWord() && !second.isCapitalised();
    }

    /**
     * "In the central exhibition hall of the Art Academy of Uzbekistan, an exhibition … has opened", "On Aga Berdiyev
     * Street, at the Union of Artists' Art Gallery, an exhibition is running": after phrases of place or time that
     * open the sentence, each begun by a preposition, the noun that follows the comma is the sentence's subject, not
     * what the name before it is.
     */
    private static boolean inOpeningPhrases(Scan scan, int to, Document.Sentence s) {
        boolean opens = true;
        for (int k = s.from(); k < to; k++) {
            if (opens && !PREPOSITIONS.contains(scan.token(k).lower())) {
                return false;
            }
            opens = scan.token(k).is(",");
        }
        return true;
    }

    /** "Creative Central Asia forum", "“Rukh” association": capitalised or quoted words before a lower-case head. */
    private static Mention namedBeforeHead(Scan scan, int h, Head head, Document.Sentence s) {
        boolean nameFollows = h + 1 < s.to() && EnglishChains.CHAIN.contains(scan.token(h + 1).lower());
        if (nameFollows || scan.doc.quotes.around(h) != null) {
            return null; // "Abay institute of …" inside a quoted title
        }
        Head next = h + 1 < s.to() && scan.token(h + 1).isCapitalised() ? Heads.of(scan.token(h + 1), Lang.EN) : null;
        if (next != null && next.type() == ActorType.ORGANISATION) {
            return null; // "the All-Russia public organization Union of Tajiks in Russia": the kind of the body named after
        }
        int from = h;
        int modified = h;
        while (modified - 1 > s.from() && h - modified < 2 && modifier(scan.token(modified - 1))) {
            modified--;
        }
        Quotes.Quote q = modified - 1 > s.from() ? scan.doc.quotes.around(modified - 1) : null;
        q = q != null && q.close() == modified - 1 ? q : null;
        if (q != null && !scan.anyTaken(q.open(), h)) {
            from = q.open();
        } else {
            from = capitalisedBefore(scan, h, s.from());
            if (from == h) {
                int described = describedBefore(scan, h, s.from());
                int name = capitalisedBefore(scan, described, s.from());
                boolean owner = Morph.enPossessive(scan.token(described - 1).lower());
                // the whole text is read for the name only when it opens the sentence
                boolean firstNamed = name < described && name <= s.from() + 1 && nameElsewhere(scan, name);
                from = name < described && !owner && named(scan, name, described, s, firstNamed) ? name : h;
            }
            from = from == h && head.type() == ActorType.EVENT ? scopeBefore(scan, h, s.from()) : from;
            if (from < h && Morph.enPossessive(scan.token(h - 1).lower()) && (from == h - 1 || EnglishChains.possessiveBody(scan, h - 1))) {
                // "The GCEC’s programme", "National Museum’s initiative": whose it is, not its name ("Bukhara
                // Hakim’s office" is named by whose it is)
                return null;
            }
        }
        Place nation = scan.place(from);
        if (h - from == 1 && nation != null && nation.adjective()) {
            return null; // "representatives of the Turkic organization": a nation's adjective only describes it
        }
        int to = head.type() == ActorType.ORGANISATION ? EnglishChains.namedAfter(scan, h + 1, s.to()) : h + 1;
        return named(scan, from, h, s, q != null) ? new Mention(head.type(), Render.of(scan.doc, from, to), from,
                to, 2) : null;
    }

    /** "the ‘Astana Sazy’ folk ensemble", "«Russia Today» TV channel": a lower-case word (or TV) describing a head. */
    private static boolean modifier(Token t) {
        return MEDIA.contains(t.text()) || t.isWord() && t.isLatin() && !t.isCapitalised() && !EnglishChains.CHAIN.contains(t.lower())
                && !NOT_MODIFIERS.contains(t.lower()) && Heads.of(t, Lang.EN) == null;
    }

    private static final Set<String> MEDIA = Set.of("TV", "IT");
    private static final Set<String> NOT_MODIFIERS = Set.of("the", "a", "an", "and", "or", "by", "with", "at", "to",
            "for", "from", "on", "as", "is", "are", "was", "were", "its", "their", "his", "her", "other", "new");

    private static int capitalisedBefore(Scan scan, int h, int start) {
        int from = h;
        while (from - 1 >= start && left(scan, from - 1) && h - from < 5) {
            from--;
        }
        return from;
    }

    /**
     * Some word from {@code from} to {@code to} is no place and, unless the name is quoted, not the first of its
     * sentence; a list item's dash comes before its first word ("- Dedicated exhibition spaces featuring …").
     */
    private static boolean named(Scan scan, int from, int to, Document.Sentence s, boolean quoted) {
        int first = s.from() + 1 < s.to() && BULLETS.contains(scan.token(s.from()).text()) ? s.from() + 1 : s.from();
        for (int i = from; i < to; i++) {
            if (scan.token(i).isWord() && scan.place(i) == null && (i > first || quoted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Turan ethno-folk ensemble", "Qazaqconcert state organization", "Tselinny cinema theatre": one or two words in
     * lower case between a name and its head say what kind of body it is; where they begin, or {@code h}. A word
     * ending in -ed or -s is more likely a verb or a plural ("Osh hosted a festival", "welcomes musical groups");
     * after a possessive they describe, not name ("USSR’s first independent theatre").
     */
    private static int describedBefore(Scan scan, int h, int start) {
        int from = h;
        while (from - 1 > start && h - from < 2 && kindWord(scan, from - 1)) {
            from--;
        }
        return from;
    }

    /** "Turan ethno-folk ensemble will perform …": a sentence's first word is a name where the text capitalises it mid-sentence. */
    private static boolean nameElsewhere(Scan scan, int i) {
        String word = scan.token(i).text();
        for (int j = 0; j < scan.doc.size(); j++) {
            if (j != i && scan.token(j).text().equals(word) && scan.doc.sentenceAt(j).from() < j) {
                return true;
            }
        }
        return false;
    }

    private static boolean kindWord(Scan scan, int i) {
        Token t = scan.token(i);
        String w = t.lower();
        return t.isLatin() && !t.isCapitalised() && !Scan.isStopword(t) && !scan.taken(i) && w.length() > 2
                && !w.endsWith("ed") && !w.endsWith("s") && !w.endsWith("ly") && !NO_KINDS.contains(w);
    }

    /** "Kurak won two awards": verbs whose past has no -ed, and numbers, say what befell a name, not its kind. */
    private static final Set<String> NO_KINDS = Set.of("won", "held", "took", "gave", "made", "became", "began",
            "met", "went", "came", "got", "told", "sent", "brought", "wrote", "led", "spoke", "said", "had", "was",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private static final Set<String> SCOPES = Set.of("international", "republican", "regional", "national");

    /**
     * "to host International handicrafters festival": the capitalised word of an event's scope opens its name across
     * one or two words in lower case before the head; else {@code h}.
     */
    private static int scopeBefore(Scan scan, int h, int start) {
        for (int k = h - 1; k >= Math.max(start + 1, h - 3); k--) {
            Token t = scan.token(k);
            if (t.isCapitalised()) {
                return k < h - 1 && SCOPES.contains(t.lower()) && !scan.taken(k) ? k : h;
            }
            if (!t.isLatin() || !t.isWord() || Scan.isStopword(t) || scan.taken(k)) {
                return h;
            }
        }
        return h;
    }

    /** The United Nations' programmes are its agencies: "United Nations Development Programme", "World Food Programme". */
    private static ActorType agency(Scan scan, int from, int h, ActorType type) {
        String first = scan.token(from).lower();
        boolean programme = scan.token(h).lower().startsWith("program");
        return programme && (first.equals("united") || first.equals("un") || first.equals("world"))
                ? ActorType.ORGANISATION : type;
    }

    /** "Art and Culture Development Foundation": "and" between capitalised words that are not places. */
    private static boolean joins(Scan scan, int i, int sentenceStart) {
        Token t = scan.token(i);
        // "held at VGSPU and Volgograd State Technical University": an abbreviation alone before "and" is another body
        boolean alone = i - 1 >= sentenceStart && scan.token(i - 1).isAbbreviation()
                && (i - 2 < sentenceStart || !left(scan, i - 2));
        // "from Speaker … Nurlanbek Shakiev and IPA CIS Council Secretary General …", "Ambassador to China Parviz
        // Davlatzoda and Shaanxi Pedagogical University officials": a person closes the list before
        boolean person = i - 2 >= sentenceStart && EnglishPersonRuns.personLike(scan, i - 2, i)
                && (scan.token(i + 1).isAbbreviation() || Surnames.looksLike(scan.token(i - 1).lower()));
        return (t.is("and") || t.is("&")) && i - 1 >= sentenceStart && left(scan, i - 1) && scan.place(i - 1) == null
                && scan.token(i + 1).isCapitalised() && !alone && !person;
    }

    /**
     * "United Nations Educational, Scientific and Cultural Organization": a comma between the fields of a name whose
     * list "and" closes before its head.
     */
    private static boolean fieldComma(Scan scan, int i, int h, int sentenceStart) {
        // "on Sunday, Iran’s Islamic Culture and Relations Organization": a field list holds no possessive
        if (!scan.token(i).is(",") || i - 1 < sentenceStart || !left(scan, i - 1) || scan.place(i - 1) != null
                || !scan.token(i + 1).isCapitalised() || Morph.enPossessive(scan.token(i + 1).lower())) {
            return false;
        }
        for (int k = i + 1; k < h; k++) {
            if (scan.token(k).is("and") || scan.token(k).is("&")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LEVELS = Set.of("Region", "Oblast", "District", "Province");

    /**
     * "Bishkek City Hall", "the Fergana Region Municipality": "City" after a city's name, "Region" after a place's, is
     * part of a body's name, not a word that starts a sentence.
     */
    private static boolean cityOf(Scan scan, int i, int sentenceStart) {
        Place place = i - 1 >= sentenceStart ? scan.place(i - 1) : null;
        String word = scan.token(i).text();
        return place != null && !scan.taken(i) && place.country() != null
                && (word.equals("City") && place.city() != null || LEVELS.contains(word) && !place.adjective());
    }

    /** "… Women's Teacher Training University": a title word inside a name, with more of the name before it. */
    private static boolean titleInside(Scan scan, int i, int sentenceStart) {
        Token t = scan.token(i);
        // "the Executive Committee of the CIS", "CIS Executive Committee": a title right before a body's head
        boolean head = i + 1 < scan.doc.size() && Heads.of(scan.token(i + 1), Lang.EN) != null;
        return Titles.is(t) && t.isCapitalised() && !scan.taken(i)
                && (head || i - 1 >= sentenceStart && left(scan, i - 1) && scan.place(i - 1) == null);
    }

    static boolean left(Scan scan, int i) {
        Token t = scan.token(i);
        return t.isLatin() && (t.isCapitalised() || t.isAbbreviation()) && !Scan.isStopword(t) && !Titles.is(t)
                && !scan.taken(i) && !participle(t.text());
    }

    /** "OSCE-supported", "UNDP-funded", "Almaty-based": who backs a body or where it is, not a word of its name. */
    private static boolean participle(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && word.endsWith("ed") && word.substring(hyphen + 1).chars().allMatch(Character::isLowerCase);
    }

}
