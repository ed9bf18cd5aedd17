package org.creativeatlas.logic.extract;

import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * The of-chain after an English head noun: "Ministry of Culture, Sports and Tourism of the Republic of Korea",
 * "Days of Kazakhstan Culture in Uzbekistan", "named after K. Karasaev"; where the name it ends goes to.
 */
final class EnglishChains {

    /** The words that link a head to the rest of its name, and German «für» ("Gesellschaft für Internationale …"). */
    static final Set<String> CHAIN = Set.of("of", "for", "on", "to", "under", "für");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> LOWER_ARTS = Set.of("cinema", "culture", "film", "films", "music", "literature",
            "theatre", "theater", "art", "arts", "dance", "crafts", "books", "animation", "fashion", "language");
    private static final Set<String> JOIN = Set.of("and", "&", ",");
    /** Adjectives that no name ends on: a title word after them is what they qualify. */
    private static final Set<String> QUALIFIERS = Set.of("international", "national", "state", "federal", "republican");
    /** How many words and commas of a list a comma may look across for the "and" that closes it. */
    private static final int LIST_REACH = 8;

    private EnglishChains() {
    }

    /**
     * Follows "of [the] Capitalised …" links; a country ends the chain, so a name after it is left to people.
     * A country right after the head ends the name too ("IT Park Uzbekistan"). An event's chain takes the word
     * after its country ("Days of Kazakhstan Culture"); a located name takes a place after "in" ("Turkiston Palace
     * in Tashkent").
     */
    static int chain(Scan scan, int at, int end, boolean event, boolean located) {
        if (at > 0 && at < end && scan.token(at).is("General") && scan.token(at - 1).lower().equals("consulate")) {
            at++; // "the Consulate General of Uzbekistan": the rank follows the head, as in French
        }
        int numbered = numberAfter(scan, at, end);
        if (numbered > at) {
            return numbered; // "Secondary School № 24", "children's art school No. 3"
        }
        int to = at;
        Place country = at < end ? scan.place(at) : null; // a dateline's city on the next line is no part of it
        if (country != null && country.from() == at && country.country() != null && !country.adjective()) {
            return country.to();
        }
        while (to + 1 < end && CHAIN.contains(scan.token(to).lower())) {
            int j = to + 1;
            if (scan.token(j).lower().equals("the") && j + 1 < end) {
                j++;
            }
            Place sentTo = scan.token(to).lower().equals("to") ? scan.place(j) : null;
            if (sentTo != null && sentTo.from() == j && sentTo.state() && !sentBody(scan, at - 1)) {
                break; // "Ambassador of the European Union to Turkmenistan": whom the envoy is sent to, not the body's
            }
            int run = personAt(scan, j, run(scan, j, end, event));
            if (run == j && event && scan.token(to).lower().equals("of")) {
                run = EventParticipants.after(scan, j, end); // "the Eurasian Forum of young scientists"
            }
            Place last = run > j ? scan.place(run - 1) : null;
            // "Exhibition of Kyrgyz painters": a nation's word before a lower-case noun qualifies that noun
            if (run == j || run == j + 1 && last != null && last.adjective() && run < end
                    && scan.token(run).isWord() && !scan.token(run).isCapitalised()
                    && !LOWER_ARTS.contains(scan.token(run).text()) && !CHAIN.contains(scan.token(run).lower())
                    && !scan.token(run).is("and")) {
                break;
            }
            Place state = scan.place(j);
            if (state != null && state.from() == j && state.state() && state.to() + 1 < run
                    && scan.nameLike(state.to()) && scan.nameLike(state.to() + 1)) {
                run = state.to(); // "… of the Parliament of the Czech Republic Karel Rice": a person after the state
            }
            to = run;
            Place p = scan.place(to - 1);
            if (p != null && p.adjective() && to < end && LOWER_ARTS.contains(scan.token(to).text())) {
                // "Days of Kazakhstani cinema", "Center of Turkmen language and culture of ASU": the art in lower case
                // after the nation's adjective; a body's name goes on after it
                to++;
                to = to + 1 < end && scan.token(to).is("and") && LOWER_ARTS.contains(scan.token(to + 1).text()) ? to + 2
                        : to;
                if (event) {
                    break;
                }
                continue;
            }
            if (p != null && p.country() != null && !p.adjective()
                    && !Morph.enOwner(scan.token(to - 1).lower())) {
                to = Math.max(to, p.to());
                to = to < end && EnglishRoles.placeKind(scan, to) ? to + 1 : to; // "… of the Almaty region"
                to = event && art(scan, to, end) ? to + 1 : to;
                // "Department of the President of the Russian Federation for Interregional and Cultural Relations":
                // what a state's body is for goes on after the state
                int what = to + 2 < end && scan.token(to + 1).lower().equals("the") ? to + 2 : to + 1;
                boolean purpose = !event && what < end && scan.token(to).lower().equals("for")
                        && scan.token(what).isCapitalised() && scan.token(what).isLatin();
                if (!purpose) {
                    break;
                }
            }
        }
        to = possessed(scan, to, end);
        int where = to + 2 < end && scan.token(to + 1).lower().equals("the") ? to + 2 : to + 1;
        // "Embassy of the Republic of Korea to Turkmenistan": a mission is named with where it is sent
        boolean sent = at > 0 && to < end && MISSIONS.contains(scan.token(at - 1).lower())
                && scan.token(to).lower().equals("to");
        boolean in = located && where < end && (scan.token(to).lower().equals("in") || sent);
        if (in && scan.place(where) != null) {
            // "Republican … Lyceum in Tashkent n.a. V.Uspensky": whom it is named after may follow its town
            to = namedAfter(scan, scan.place(where).to(), end);
        } else if (in && at > 0 && MISSIONS.contains(scan.token(at - 1).lower()) && republicEnd(scan, where, end) > 0) {
            to = republicEnd(scan, where, end); // "Embassy of Turkmenistan in the Republic of Turkey"
        } else {
            int named = namedAfter(scan, to, end);
            // "State Drama Theater named after Kemine of the Mary Region of Turkmenistan": the place after the honoree
            int more = named > to ? chain(scan, named, end, event, located) : named;
            to = more > named && scan.place(more - 1) != null ? more : named;
        }
        return to;
    }

    /** "… theater named after Seyitnazar Seydi": where a name that "named after" someone goes on to ends, else to. */
    static int namedAfter(Scan scan, int to, int end) {
        int name = to + 2 < end && scan.token(to).lower().equals("named") && scan.token(to + 1).lower().equals("after")
                ? to + 2 : shortNamedAfter(scan, to, end);
        // "named after Academician M. Adyshev": the honoree's rank is part of the name
        name = name > to && name + 1 < end && RANKS.contains(scan.token(name).lower()) ? name + 1 : name;
        if (name > to) {
            int run = run(scan, name, end, false);
            return run > name ? honoree(scan, name, run) : to;
        }
        return to;
    }

    private static final java.util.Set<String> RANKS = java.util.Set.of("academician", "professor");

    /** "lyceum n.a. R.Glière": the index after "n.a.", or {@code to} if it is not there. */
    private static int shortNamedAfter(Scan scan, int to, int end) {
        return to + 4 < end && scan.token(to).text().equals("n") && scan.token(to + 1).is(".")
                && scan.token(to + 2).text().equals("a") && scan.token(to + 3).is(".") ? to + 4 : to;
    }


    /**
     * "Union of Artists' Art Gallery": after a plural possessive, capitalised words up to a head of their own name a
     * body of the body the chain named, and the name runs on to that head; else {@code to}.
     */
    private static int possessed(Scan scan, int to, int end) {
        if (to + 2 >= end || !pluralPossessive(scan, to)) {
            return to;
        }
        for (int k = to + 1; k < Math.min(end, to + 5); k++) {
            Token t = scan.token(k);
            if (!t.isLatin() || !t.isCapitalised() || scan.taken(k) || scan.place(k) != null) {
                return to;
            }
            if (Heads.of(t, Lang.EN) != null) {
                return k + 1;
            }
        }
        return to;
    }

    /** "Artists'", "Artisans’": an apostrophe right after a word ending in s, a capitalised word following it. */
    static boolean pluralPossessive(Scan scan, int i) {
        if (i < 1 || i + 1 >= scan.doc.size() || !"'’".contains(scan.token(i).text())) {
            return false;
        }
        Token before = scan.token(i - 1);
        // "CAS’ Xinjiang Institute …": an acronym's possessive names the owner, no plural inside the name
        return before.end() == scan.token(i).start() && before.isLatin() && before.lower().endsWith("s")
                && !before.isAbbreviation() && scan.token(i + 1).isCapitalised();
    }

    /**
     * "Days of Kazakhstan Culture in Uzbekistan": one capitalised word after an event's country, not the first of a
     * person's two, is what of the country the event shows.
     */
    private static boolean art(Scan scan, int k, int end) {
        Token t = k < end ? scan.token(k) : null;
        return t != null && t.isLatin() && t.isWord() && t.isCapitalised() && !t.isAbbreviation() && !scan.taken(k)
                && scan.place(k) == null && !Titles.is(t) && Heads.of(t, Lang.EN) == null
                && !(k + 1 < end && scan.token(k + 1).isCapitalised());
    }

    /**
     * "named after Yunus Rajabi Eldor Shermanov": four name words or more are the honoree's two and the next
     * person's, as a role's name follows its body.
     */
    private static int honoree(Scan scan, int from, int to) {
        int surname = from;
        while (surname + 1 < to && scan.token(surname).isInitial() && scan.token(surname + 1).is(".")) {
            surname += 2;
        }
        if (surname > from && surname + 1 < to) {
            return surname + 1; // "Lyceum n.a. R.Glière Karolina Bakhteeva": initials and a surname, then someone else
        }
        for (int i = from; i < to; i++) {
            if (!scan.nameLike(i)) {
                return to;
            }
        }
        return to - from >= 4 ? from + 2 : to;
    }

    /**
     * "the Center for Uzbek National Art of Maqom Avazbek Shomurodov": a run of the chain that holds two name words,
     * the second shaped like a surname, ends before them: they name the person the role is of.
     */
    private static int personAt(Scan scan, int from, int to) {
        // "Association of Craftsmen Ulugbek Abdullayev and Khokim of Bukhara": the first pair, not only the last
        for (int k = from + 1; k + 1 < to; k++) {
            if (scan.nameLike(k) && scan.nameLike(k + 1) && Surnames.looksLike(scan.token(k + 1).lower())) {
                return k;
            }
        }
        // "the doctoral student of the Faculty of Law Akerke Zhakysh noted": two name words closing the run right
        // before a verb of speech are the speaker, whatever their surname looks like
        boolean speaks = to - from >= 3 && to < scan.doc.size() && SPEECH.contains(scan.token(to).lower());
        return speaks && scan.nameLike(to - 2) && scan.nameLike(to - 1) ? to - 2 : to;
    }

    /**
     * "Kuala Lumpur City Hall Folk Orchestra": one capitalised word that is no head, between a head and a body's head
     * after it, goes on the name the second head ends.
     */
    static boolean wordBeforeHead(Scan scan, int k, int end) {
        Token t = scan.token(k);
        Head next = k + 1 < end && !scan.taken(k + 1) && scan.token(k + 1).isCapitalised()
                ? Heads.of(scan.token(k + 1), Lang.EN) : null;
        return next != null && next.type() == ActorType.ORGANISATION && t.isLatin() && !scan.taken(k)
                && scan.place(k) == null && !Titles.is(t) && !Scan.isStopword(t) && !t.isAbbreviation();
    }

    /** English verbs of speech in the past, after which two name words close a run as its speaker. */
    static final Set<String> SPEECH = Set.of("noted", "said", "stressed", "added", "emphasized", "emphasised",
            "underlined", "remarked", "announced", "explained", "told", "highlighted", "thanked", "welcomed", "informed",
            "spoke", "stated", "mentioned", "recalled", "shared");

    /** "Research Center of Tashkent State University of Economics": a city that opens a body's name with its head. */
    private static boolean cityOpensBody(Scan scan, Place p, int end) {
        // "… of Zhejiang University": a region's name opens a body's as a city's does
        Gazetteer.Entry region = p.to() - p.from() == 1 ? Gazetteer.get(scan.token(p.from()).lower()) : null;
        if (p.city() == null && (region == null || !region.region())) {
            return false;
        }
        for (int k = p.to(); k < Math.min(end, p.to() + 3); k++) {
            Token t = scan.token(k);
            if (!t.isLatin() || !t.isCapitalised() || scan.taken(k)) {
                return false;
            }
            Head h = Heads.of(t, Lang.EN);
            if (h != null && h.type() == ActorType.ORGANISATION) {
                return true;
            }
        }
        return false;
    }

    /** Heads of the names a state's mission abroad has, which name the state it stands in. */
    private static final Set<String> MISSIONS = Set.of("embassy", "consulate", "mission");
    /** Bodies named with the state they are sent to ("Delegation of the European Union to Turkmenistan"). */
    private static final Set<String> SENT = Set.of("delegation", "representation", "office");

    /**
     * Whether the capitalised name the head ends, back over "of" and "the", has a word for a body sent abroad, or
     * follows one in lower case ("the delegation of the European Union to Turkmenistan").
     */
    private static boolean sentBody(Scan scan, int head) {
        int k = head;
        while (k >= 0 && (scan.token(k).isCapitalised() || LINKED.contains(scan.token(k).lower()))
                && !sentWord(scan.token(k))) {
            k--;
        }
        return k >= 0 && sentWord(scan.token(k));
    }

    private static boolean sentWord(Token t) {
        return MISSIONS.contains(t.lower()) || SENT.contains(t.lower());
    }

    private static final Set<String> LINKED = Set.of("of", "the");

    /** The end of a state written "Republic of Turkey", "Islamic Republic of Afghanistan" at {@code i}; or -1. */
    private static int republicEnd(Scan scan, int i, int end) {
        int k = i + 1 < end && scan.token(i + 1).lower().equals("republic") && scan.token(i).isCapitalised() ? i + 1 : i;
        if (k + 2 < end && scan.token(k).lower().equals("republic") && scan.token(k + 1).lower().equals("of")) {
            Place state = scan.place(k + 2);
            return state != null && state.from() == k + 2 && state.country() != null ? state.to() : -1;
        }
        return -1;
    }

    /** Capitalised words, joined by "and", "&" or commas when a capitalised word follows. */
    private static int run(Scan scan, int j, int end, boolean event) {
        int k = j;
        // "University of Colorado Dr. Emily Chan": an honorific opens a person's name
        while (k < end && EnglishTitleWords.afterAddress(scan, k) < 0) {
            Token t = scan.token(k);
            if (t.isInitial() && k + 2 < end && scan.token(k + 1).is(".") && scan.token(k + 2).isCapitalised()) {
                if (k > j && scan.token(k - 1).isWord()) {
                    break; // "the Department of Culture G. Maylibayev": an initial after a name's words opens a person's
                }
                k += 2; // "named after K. Karasaev"
            } else if (t.isLatin() && t.isCapitalised() && !scan.taken(k) && (!Titles.is(t) || titleOf(scan, k, end)
                    || k > j && QUALIFIERS.contains(scan.token(k - 1).lower())) // "for International Student Assessment"
                    && !Months.is(t.lower()) && !WEEKDAYS.contains(t.lower())) {
                // "… Drama Theatre on March 25", "Vahdat Hall on Sunday": a date, no part of the name
                k++;
                Place p = scan.place(k - 1);
                if (p != null && p.country() != null && !p.adjective()
                        && !Morph.enOwner(scan.token(k - 1).lower()) && !cityOpensBody(scan, p, end)) {
                    return Math.max(k, p.to());
                }
            } else if (k > j && JOIN.contains(t.lower()) && k + 1 < end && scan.token(k + 1).isCapitalised()
                    && scan.token(k + 1).isLatin() && (!t.is(",") || listGoesOn(scan, k + 1, end))
                    && (!abbreviationAlone(scan, k + 1, end) || pairedAbbreviations(scan, k))
                    && !bodyAfter(scan, k + 1, end, event)) {
                k++;
            } else if (k > j && t.is(",") && k + 2 < end && (scan.token(k + 1).is("and") || scan.token(k + 1).is("&"))
                    && scan.token(k + 2).isLatin()
                    && scan.token(k + 2).isCapitalised() && !abbreviationAlone(scan, k + 2, end)
                    && commaListed(scan, j, k)) {
                k += 2; // "Sports, and Youth Policy": a comma before the "and" that closes a list
            } else {
                break;
            }
        }
        // "… Ethnography SB RAS and Head of work": a joiner no capitalised name followed ends no name
        while (k > j && JOIN.contains(scan.token(k - 1).lower())) {
            k--;
        }
        return k;
    }

    /** The end of a number sign and its number at {@code at} ("№ 24", "No. 3"), or {@code at} if there is none. */
    private static int numberAfter(Scan scan, int at, int end) {
        int n = at < end && scan.token(at).is("№") ? at + 1
                : at + 2 < end && scan.token(at).text().equals("No") && scan.token(at + 1).is(".") ? at + 2 : at;
        return n > at && n < end && scan.token(n).isNumber() ? n + 1 : at;
    }

    /** Whether the word in the possessive at i is a body's head noun ("Museum’s"). */
    static boolean possessiveBody(Scan scan, int i) {
        String word = scan.token(i).text();
        String owner = word.substring(0, word.length() - 2);
        return Heads.of(new Token(owner, 0, owner.length()), Lang.EN) != null;
    }

    /** Words that end the run of a second body's name before its head ("Revival of Tajikistan"). */
    private static final Set<String> LINKS = Set.of("of", "the", "in", "for", "on", "at", "to", "a", "an", "by",
            "with", "and", "or");
    /** How many words a second body's name may run to before its head. */
    private static final int BODY_WORDS = 5;

    /** Heads that name an art in an event's field: "Festival of Operetta and Musical Theatre". */
    private static final Set<String> ARTS = Set.of("theatre", "theater", "cinema");

    /**
     * "the Ministry of Culture and Office of Dushanbe Chairman", "Hankuk University of Foreign Studies and Shinhan
     * University", "… lyceum n.a. R.Glière and Republican specialized music academic lyceum": words after "and" that
     * come to a head noun of their own name a second body.
     */
    private static boolean bodyAfter(Scan scan, int k, int end, boolean event) {
        for (int i = k; i < end && i < k + BODY_WORDS; i++) {
            Token t = scan.token(i);
            if (!t.isLatin() || !t.isWord() || LINKS.contains(t.lower())) {
                return false;
            }
            Head head = Heads.of(t, Lang.EN);
            if (head != null && head.type() == ActorType.ORGANISATION && !field(t) && !(event && ARTS.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Association of Creative Industries and UNDP in Kyrgyzstan": an abbreviation after "and" with no capitalised
     * word after it is a second body, not a field of the first one's name.
     */
    private static boolean abbreviationAlone(Scan scan, int k, int end) {
        Token t = scan.token(k);
        return t.isAbbreviation() && scan.place(k) == null
                && (k + 1 >= end || !(scan.token(k + 1).isWord() && scan.token(k + 1).isCapitalised()));
    }

    /**
     * "National Commission for UNESCO and ISESCO": two abbreviations "and" joins after the chain's word are both what
     * the body is for, one name.
     */
    private static boolean pairedAbbreviations(Scan scan, int and) {
        Token before = scan.token(and - 1);
        return and >= 2 && scan.token(and).is("and") && before.isAbbreviation() && scan.place(and - 1) == null
                && CHAIN.contains(scan.token(and - 2).lower());
    }

    /**
     * A comma before "and" closes a list of fields only where commas already joined its fields ("Culture, Information,
     * Sports, and Youth Policy"); after "Culture and Information, and" the next name is the next body's.
     */
    private static boolean commaListed(Scan scan, int from, int to) {
        boolean comma = false;
        for (int i = from; i < to; i++) {
            if (scan.token(i).is("and") || scan.token(i).is("&")) {
                return false;
            }
            comma |= scan.token(i).is(",");
        }
        return comma;
    }

    /**
     * "under the President of …", "Office of the President", "National Museum of the Executive Office of the President":
     * a title inside a chain after "the", when "of" or the capitalised head of a body follows it.
     */
    private static boolean titleOf(Scan scan, int k, int end) {
        Token next = k + 1 < end ? scan.token(k + 1) : null;
        Head head = next != null && next.isCapitalised() ? Heads.of(next, Lang.EN) : null;
        return next != null && (next.lower().equals("of") || head != null && head.type() == ActorType.ORGANISATION)
                && k > 0 && scan.token(k - 1).lower().equals("the");
    }

    /**
     * "Department of Culture, Archives and Documentation", "National Library and Archives of Iran": archives are a
     * field of a body's work as well as a body's head.
     */
    static boolean field(Token t) {
        return t.lower().startsWith("archive");
    }

    /**
     * A comma joins fields of one name only in a list closed by "and": "Culture, Sports and Tourism", "Culture,
     * Information, Sports, and Youth Policy"; "University of Birmingham, Dr. Endrit Kromidha" is a name and a person.
     */
    private static boolean listGoesOn(Scan scan, int k, int end) {
        for (int i = k; i < Math.min(end, k + LIST_REACH); i++) {
            Token t = scan.token(i);
            if (t.is("and") || t.is("&")) {
                return i > k;
            }
            if (t.is(",") && i > k) {
                continue;
            }
            Head head = Heads.of(t, Lang.EN);
            // "…, Kamolot Public Youth Movement and other organizations": an item with a body's head is a body
            if (!t.isLatin() || !t.isCapitalised() || Titles.is(t) || scan.taken(i)
                    || head != null && head.type() == ActorType.ORGANISATION && !field(t)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Department of Cultural Studies of the Russian-Tajik Slavic University", "Eighth Summit of the Organization of
     * Turkic States": a body named inside the chain after "of", by capitalised words that end in its own head, is an
     * actor of its own; null if the chain names none.
     */
    static Mention bodyOf(Scan scan, int h, int to) {
        for (int k = h + 1; k + 1 < to; k++) {
            if (!scan.token(k).lower().equals("of")) {
                continue;
            }
            int start = scan.token(k + 1).lower().equals("the") ? k + 2 : k + 1;
            int end = start;
            while (end < to && scan.token(end).isLatin() && scan.token(end).isCapitalised()) {
                end++;
            }
            // one word is a body's name only with an "of" of its own: "the Organization of Turkic States"
            boolean ofItsOwn = end - start == 1 && end + 1 < to && scan.token(end).lower().equals("of");
            Head head = end - start >= 2 || ofItsOwn ? Heads.of(scan.token(end - 1), Lang.EN) : null;
            // a country ("the Russian Federation"), kinds ("Union of Architects") and a field of study ("Academy of
            // Public Administration") are no bodies of their own
            boolean body = head != null && head.type() == ActorType.ORGANISATION && !head.plural()
                    && !Heads.alsoSurname(scan.token(end - 1)) && scan.place(start) == null
                    && !scan.token(end - 1).lower().equals("administration");
            if (body) {
                return new Mention(ActorType.ORGANISATION, Render.of(scan.doc, start, to), start, to, 2);
            }
        }
        return null;
    }

    /**
     * "the Open Society Institute/Assistance Foundation in Tajikistan": a slash with no space around it joins two
     * names of one body; the head of the second, within a few capitalised words, ends the name (or {@code h}).
     */
    static int slashJoined(Scan scan, int h, int end) {
        if (h + 2 >= end || !scan.token(h + 1).is("/") || scan.token(h).end() != scan.token(h + 1).start()
                || scan.token(h + 1).end() != scan.token(h + 2).start()) {
            return h;
        }
        for (int k = h + 2; k < Math.min(end, h + 6) && EnglishNames.left(scan, k); k++) {
            if (Heads.of(scan.token(k), Lang.EN) != null) {
                return k;
            }
        }
        return h;
    }
}
