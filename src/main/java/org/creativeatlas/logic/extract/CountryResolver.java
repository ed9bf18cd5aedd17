package org.creativeatlas.logic.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/**
 * Where an actor is: a place in its own name or role («Посольство Японии в КР»: the "в" place wins over the
 * genitive one), else a place the sentence puts it in (в Бишкеке, Алматыда, a city; for events any place, the
 * nearest), else, for the subject of a trip ("… Бішкек қаласына іссапар"), the document's main country other than
 * the destination's, else the document's main country.
 */
final class CountryResolver {

    /** A country code and an English city name, either may be null. */
    record Located(String country, String city) {
    }

    /** Words after which a place is where something is: «в», "in", "at", a city's «г.». */
    static final Set<String> AT = Set.of("в", "во", "in", "at", "г", "city");
    static final Set<String> KK_LOCATIVE = Set.of("да", "де", "та", "те", "нда", "нде", "дағы", "дегі",
            "тағы", "тегі", "ндағы", "ндегі");

    /** How much farther a place an event is not said to be in ("в Душанбе", "in Almaty") counts than one it is. */
    private static final int EVENT_NOT_AT = 20;
    private static final Set<String> OF_THE = Set.of("the", "of");

    private final Scan scan;
    /** Each country's weight, in the order countries are first named. */
    private final Map<String, Double> weight = new LinkedHashMap<>();
    private final String main;
    /** The days of a country's culture abroad the text reports, or null. */
    private final KazakhNationDays.Visit visit;
    private final Missions missions;
    private final NationalBodies nationalBodies;
    private final HeldVenues venues;
    private final Set<Place> listed;

    CountryResolver(Scan scan) {
        this.scan = scan;
        this.listed = CountryLists.members(scan);
        for (Place p : scan.places) {
            // «Дворец искусств «Туркестан»» in Tashkent: a place that is a whole quoted name names a thing, which is
            // only likely to stand there
            if (p.country() != null && !Missions.envoysState(scan, p)) {
                double w = p.adjective() || quotedName(p) ? 0.5 : 1.0;
                weight.merge(p.country(), listed.contains(p) ? w / 4 : w, Double::sum);
            }
        }
        double home = KazakhHome.weight(scan);
        if (home > 0) {
            weight.merge("KZ", home, Double::sum);
        }
        String named = best(null);
        this.main = named != null ? named : KazakhHome.of(scan.doc);
        this.visit = KazakhNationDays.visit(scan);
        this.missions = new Missions(scan, this::locative);
        this.nationalBodies = new NationalBodies(scan);
        this.venues = new HeldVenues(scan);
    }

    private boolean quotedName(Place p) {
        Quotes.Quote q = scan.doc.quotes.around(p.from());
        return q != null && q.open() == p.from() - 1 && q.close() == p.to();
    }

    /** The most-mentioned country, leaving one out; ties go to the first mentioned. */
    private String best(String except) {
        String best = null;
        for (Map.Entry<String, Double> e : weight.entrySet()) {
            if (!e.getKey().equals(except) && (best == null || e.getValue() > weight.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    String main() {
        return main;
    }

    Located locate(Mention m) {
        Located own = own(m);
        return own != null ? own : context(m);
    }

    /** From the name itself, or a person's role; null if they name no place. */
    Located own(Mention m) {
        boolean role = m.type == ActorType.PERSON && m.roleFrom >= 0 && m.roleTo > m.roleFrom;
        int from = role ? m.roleFrom : m.from;
        int to = role ? m.roleTo : m.to;
        // "Инна Гусева (Россия)", "Diana Ashimova from Kazakhstan", «Инквема Шарль, мастер из Швеции»: a country in
        // brackets or after "from" / «из» right after a person's name, or closing a description set off after it, is
        // theirs, whatever their role says
        Place own = m.type == ActorType.PERSON ? BracketedPlaces.after(scan, BracketedPlaces.sharedBracket(scan, m.to))
                : BracketedPlaces.closingBodys(scan, m.from, m.to);
        own = own == null && m.type == ActorType.ORGANISATION ? BracketedPlaces.listedUnder(scan, m.from) : own;
        own = own == null && m.type == ActorType.ORGANISATION ? BracketedPlaces.setOffAfter(scan, m.to) : own;
        own = own == null && m.type == ActorType.ORGANISATION ? SitedAfter.of(scan, m.to) : own;
        own = own == null && m.type == ActorType.PERSON ? DashedStates.before(scan, m.from) : own;
        String came = own == null && m.type == ActorType.PERSON ? KazakhAblatives.of(scan, m.from, m.to) : null;
        if (came != null) {
            return new Located(came, null);
        }
        // "the musical group ‘Atameken’ from Kazakhstan": a troupe's too
        own = own == null && m.type != ActorType.EVENT ? FromPlaces.after(scan, m.to) : own;
        own = own == null && m.type == ActorType.ORGANISATION ? ownersPlace(m.to) : own;
        own = own == null && m.type == ActorType.ORGANISATION ? KindsSuchAs.nation(scan, m.from) : own;
        own = own == null && m.type == ActorType.PERSON ? FromPlaces.description(scan, m.to) : own;
        own = own == null && m.type == ActorType.PERSON ? FromPlaces.nation(scan, m.to) : own;
        if (m.type == ActorType.EVENT) {
            // an event is where it is held ("Days of Culture of Tajikistan in Turkmenistan"); a place inside its
            // quoted title («Modern Tajikistan») names its subject, not its venue
            own = HeldVenues.heldIn(scan, m.to);
            // «"Bolzano Film Festival Bozen" (Italy)», ««Бастау» фестивалінде (Қазақстан)»: a festival's country in
            // brackets after its name, as lists of screenings give it
            Quotes.Quote q = scan.doc.quotes.around(m.to - 1);
            Place bracketed = BracketedPlaces.after(scan, q != null ? q.close() + 1 : m.to);
            own = own == null && bracketed != null ? bracketed : own;
            own = own == null ? HeldVenues.heldLater(scan, m) : own;
            Place hall = own == null ? HeldVenues.stateVenue(scan, m) : null;
            if (hall != null) {
                return new Located(hall.country(), null);
            }
            if (own == null && quotedTitle(m)) {
                return null;
            }
            own = own != null ? own : own(from, to, false);
            if (own == null || !venue(own, m)) {
                return null;
            }
            return new Located(own.country(), own.city() != null ? own.city() : cityIn(m, own.country()));
        }
        String office = role ? StateRoles.of(scan, from, to) : null;
        own = own == null && office == null && m.type == ActorType.PERSON ? missions.envoyOf(m) : own;
        // "press secretary of the Tajik Embassy in Moscow": a mission's staff are of the state it stands for
        office = own == null && office == null && role ? missions.represented(from, to) : office;
        if (own == null && office != null) {
            return new Located(office, null);
        }
        if (own == null && role && scan.doc.sentenceAt(m.from).lang() == Lang.KK) {
            own = sender(from, to);
            String nation = own == null ? RoleNation.ofKazakhTitle(scan, to) : null;
            if (nation != null) {
                return new Located(nation, null);
            }
        }
        own = own != null ? own : own(from, to, role);
        own = own == null && m.type == ActorType.PERSON ? RoleNation.before(scan, m.from) : own;
        own = own == null && m.type == ActorType.PERSON ? RoleNation.fromBefore(scan, m.from) : own;
        own = own == null && m.type == ActorType.PERSON ? RoleNation.cameFrom(scan, m.from) : own;
        if (own != null && m.type == ActorType.ORGANISATION && !locative(own)
                && own.country() != null && own.country().equals(represented(m))) {
            // "Embassy of the Republic of Korea to Turkmenistan": where it is sent; «БАӘ Елшілігі»: where the text says,
            // the state it names most after its own
            Place sent = missions.sentTo(m);
            String host = sent == null ? best(own.country()) : sent.country();
            return host == null ? null : new Located(host, sent == null ? null : sent.city());
        }
        String house = own == null && m.type != ActorType.EVENT ? Legislatures.country(scan.doc, from, to) : null;
        if (house != null) {
            return new Located(house, null);
        }
        if (own == null && m.type == ActorType.ORGANISATION) {
            if (EthnicBodies.is(scan, from, to)) {
                return null; // «Кыргызское землячество» in Moscow: the nation's word is not its state
            }
            String compound = nationalBodies.stateOf(from, to);
            compound = compound != null ? compound : nationalBodies.nationalCompound(from, to);
            return compound == null ? null : new Located(compound, null);
        }
        String body = own == null && role ? nationalBodies.stateOf(from, to) : null;
        if (body != null) {
            return new Located(body, null); // the head of a body only Kazakhstan or Russia has
        }
        return own == null ? null : new Located(own.country(), own.city());
    }

    /**
     * Whether a place after an event or in its name is where it is held: one it is said to be in ("… in
     * Turkmenistan", «Дни культуры Таджикистана в Белоруссии»), or a city in its name ("Bishkek International Film
     * Festival"; in Kazakh a city opening it, «Шанхай халықаралық кинофестивалі», else only a place in the locative:
     * «Қазақстан Республикасындағы Түрікменстанның мәдениет күндері» are held in Kazakhstan, «Қазақстан киносы
     * күндері» in Ashgabat). A country or a nationality in
     * the name otherwise names its subject ("Turkish Cinema Week" in Bishkek), and the sentence says where.
     */
    private boolean venue(Place p, Mention m) {
        boolean kazakh = scan.doc.sentenceAt(m.from).lang() == Lang.KK;
        // «Дни образования, науки и культуры Томской области» in Dushanbe: the city of a region's days is the guest
        String first = scan.token(m.from).lower();
        boolean days = GuestNation.DAYS.contains(first) || RU_DAYS.contains(first);
        // «XVI Анкара кітап жәрмеңкесі»: the number the event opens with comes before its city
        int opening = scan.token(m.from).isRomanNumeral() || scan.token(m.from).isNumber() ? m.from + 1 : m.from;
        // «"Жібек жолының інжу-маржаны" Ташкент халықаралық кинофестивалі»: and after the title it opens with
        opening = scan.doc.quotes.closingOf(m.from) > 0 ? scan.doc.quotes.closingOf(m.from) + 1 : opening;
        return p.from() >= m.to || p.city() != null && !days && (!kazakh || p.from() == opening) || locative(p);
    }

    /** The Russian words for a nation's days that open an event's name, beside the English ones of {@link GuestNation}. */
    private static final Set<String> RU_DAYS = Set.of("дни", "неделя", "декада");

    /** Whether the name is a quoted title, not a name inside a quoted speech («"Мы надеемся … на Днях культуры …"»). */
    private boolean quotedTitle(Mention m) {
        Quotes.Quote q = scan.doc.quotes.around(m.from);
        if (q == null || q.close() > m.to) {
            return false;
        }
        for (int k = q.close() + 1; k < m.to; k++) {
            if (scan.place(k) != null) {
                return false; // «"Жібек жолының інжу-маржаны" Ташкент халықаралық кинофестивалі»: a place after the title
            }
        }
        return true;
    }

    /** «Түрікменстандағы мәдениет күндері» in a sentence that names Ashgabat: the city of that country it names. */
    private String cityIn(Mention m, String country) {
        Document.Sentence s = scan.doc.sentenceAt(m.from);
        for (int i = s.from(); i < s.to(); i++) {
            Place p = scan.place(i);
            if (p != null && p.from() == i && p.city() != null && country.equals(p.country())) {
                return p.city();
            }
        }
        return null;
    }

    /**
     * From the sentence, a trip, or the document. «"Ынтымақ" өзбек этно-мәдени бірлестігі» in Atyrau: a centre of a
     * nation's culture gathers that nation abroad, so it is not placed in that nation's own state while another is
     * named; nor is a day of its culture ({@link CultureDays#guest}).
     */
    Located context(Mention m) {
        Located near = around(m);
        String nation = m.type == ActorType.ORGANISATION ? EthnicBodies.gathered(scan, m.from, m.to)
                : m.type == ActorType.EVENT ? CultureDays.guest(scan, m) : null;
        String elsewhere = nation != null && nation.equals(near.country()) ? best(nation) : null;
        return elsewhere != null ? new Located(elsewhere, null) : near;
    }

    private Located around(Mention m) {
        if (visit != null && visit.host() != null && m.type == ActorType.ORGANISATION
                && (venues.heldAt(m) || venues.hall(m))) {
            return new Located(visit.host(), null);
        }
        Place near = nearby(m);
        if (near != null) {
            return new Located(near.country(), near.city());
        }
        if (visit != null && visit.guest() != null && m.type == ActorType.PERSON) {
            return new Located(visit.guest(), null);
        }
        Place trip = TripDestination.after(scan, m);
        if (trip != null && m.type != ActorType.EVENT) {
            String home = best(trip.country());
            return new Located(home != null ? home : main, null);
        }
        return new Located(main, null);
    }

    /** A place inside the span (a name, or a person's title) or just before it; one after «в»/"in" wins. */
    private Place own(int from, int to, boolean title) {
        Place bracketed = BracketedPlaces.after(scan, to);
        if (bracketed != null) {
            return bracketed;
        }
        Place first = null;
        Place before = null;
        Place where = null;
        from = describedFrom(from);
        boolean ethnic = EthnicBodies.is(scan, from, to);
        for (int i = Math.max(0, from - 1); i < to; i++) {
            Place p = scan.place(i);
            if (ethnic && p != null && EthnicBodies.nationality(scan, p)) {
                continue;
            }
            // a place ending right before the span, unless it says where (Түркиядағы), is only a fallback, and never
            // one ending the line above (a headline's "… Кыргызстана и России" over «Президент Кыргызской Республики»)
            if (i == from - 1) {
                boolean sameSentence = scan.doc.sentenceAt(i).from() == scan.doc.sentenceAt(from).from();
                // nor one closing a body's name the person is named right after («Центр культуры Посольства Республики
                // Таджикистан в Российской Федерации Мухаррам Кодирова»): that says where the body is
                before = p != null && p.country() != null && p.to() == from && sameSentence && !scan.taken(i) ? p : null;
                where = before != null && locative(before) ? before : null;
                continue;
            }
            // "Vladimir Mayakovsky State Russian Drama Theatre" is in Tajikistan: a nationality inside a name, past its
            // first word, says whose language or art it keeps, not where it is; one before "National" or "State"
            // ("Abai Kazakh National Opera and Ballet Theatre") names the state the body belongs to
            if (p == null || p.country() == null
                    // "Renowned German Orientalist Professor": one in a person's title with no body after says theirs
                    || p.adjective() && i > from && scan.token(i).isLatin() && !ofState(p) && !NationalBodies.ofBodies(scan, p)
                            && !(afterOf(i) && bodyAfter(p.to(), Math.min(to, p.to() + 3)))
                            && (!title || bodyAfter(p.to(), to) || scan.doc.quotes.around(i) != null)
                    // "Country Director for Kazakhstan" of the British Council: the country is what the post covers
                    || SubjectNations.whose(scan, p, to) || title && i > 0 && scan.token(i - 1).lower().equals("for")
                    || !title && i > from && SubjectNations.russian(scan.token(i))) {
                continue;
            }
            if (locative(p)) {
                return p;
            }
            // "Kazakh Literature and Culture Centre of the National Library of Belarus": a state closing the name after
            // "of" is where the body stands; the nation's word opening it says whose culture it keeps
            if (!title && first != null && first.adjective() && !p.adjective() && p.city() == null && p.to() == to
                    && afterOf(p.from())) {
                return p;
            }
            // "American Corner Dushanbe": a body a nation's adjective opens and a city closes stands in that city
            if (!title && first != null && first.adjective() && p.to() == to && p.city() != null && !p.adjective()) {
                return p;
            }
            first = first == null ? p : first;
            i = p.to() - 1;
        }
        // «Бішкекте Қазақстан Президенті …»: where the text places someone, unless their title names a state (a body
        // there, «Түркиядағы Қазақстан елшілігі», stands where it is)
        if (where != null && (first == null || !first.state() || !title)) {
            return where;
        }
        return first != null ? first : before;
    }

    /** Whether the place at i follows "of" or "of the": "… of the Austrian Academy of Sciences". */
    private boolean afterOf(int i) {
        int k = i > 0 && scan.token(i - 1).lower().equals("the") ? i - 1 : i;
        return k > 0 && scan.token(k - 1).lower().equals("of");
    }

    private boolean bodyAfter(int from, int to) {
        for (int k = from; k < to; k++) {
            Head h = Heads.of(scan.token(k), Lang.EN);
            if (h != null && h.type() != ActorType.PERSON) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> STATE = Set.of("national", "state");

    private boolean ofState(Place p) {
        return p.to() < scan.doc.size() && scan.token(p.to()).isCapitalised()
                && STATE.contains(scan.token(p.to()).lower());
    }

    /**
     * A state a Kazakh role names other than where the post is: whose envoy or honoured artist the person is («ҚР
     * Өзбекстандағы Төтенше және Өкілетті Елшісі», «Қазақстанның еңбек сіңірген әртісі»); or null.
     */
    private Place sender(int from, int to) {
        for (int i = from; i < to; i++) {
            Place p = scan.place(i);
            if (p == null || p.from() != i || p.country() == null || p.city() != null) {
                continue;
            }
            // a state's abbreviation or its name in the genitive; «Қазақ мәдени орталығы» only says whose culture
            Token last = scan.token(p.to() - 1);
            if (last.isAbbreviation() || KazakhNames.GENITIVE.contains(Morph.kkCase(last.lower(), 3))) {
                return p;
            }
            i = p.to() - 1;
        }
        return null;
    }

    /**
     * «ансамбль танца "Урал" Челябинской государственной филармонии»: a body named right after another in the genitive,
     * opening with a city's or a region's word (or followed by a state: «управления искусства Минкультуры РТ»), is the
     * one it belongs to, and says where it is from.
     */
    private Place ownersPlace(int to) {
        Place p = to < scan.doc.size() ? scan.place(to) : null;
        if (p == null && to + 1 < scan.doc.size() && scan.taken(to) && scan.doc.sentenceAt(to).lang() == Lang.RU
                && scan.token(to).isCapitalised()) {
            // «управления искусства Минкультуры РТ»: a department named right before its ministry and that one's state
            Place state = scan.place(to + 1);
            return state != null && state.from() == to + 1 && state.state() && scan.taken(to + 1) ? state : null;
        }
        return p != null && p.from() == to && p.city() != null && p.to() < scan.doc.size() && scan.taken(p.to())
                && scan.token(to).isCapitalised() && scan.doc.sentenceAt(to).lang() == Lang.RU
                && Morph.ruGenitiveLike(scan.token(to).lower()) ? p : null;
    }

    /** «Қазақстан Республикасындағы Тәжікстан Консулдығы»: the state a mission stands for, or null ({@link Missions}). */
    String represented(Mention body) {
        return missions.represented(body.from, body.to);
    }

    /**
     * "the Kyrgyz craft cooperative Altyn Kol": lower-case words before a Latin name describe it, a place with them; never
     * a headline's words above it ("… Kyrgyzstan and Russia sign historic agreement" over the first line's body).
     */
    private int describedFrom(int from) {
        int k = from;
        int start = scan.doc.sentenceAt(from).from();
        while (k - 1 >= start && from - k < 3 && scan.token(k - 1).isLatin() && !scan.token(k - 1).isCapitalised()
                && !Scan.isStopword(scan.token(k - 1))) {
            k--;
        }
        Place p = scan.place(k - 1);
        return k < from && p != null && p.to() == k ? k : from;
    }

    private boolean inBrackets(Place p) {
        return p.from() > 0 && scan.token(p.from() - 1).is("(") && p.to() < scan.doc.size()
                && scan.token(p.to()).is(")");
    }

    Place nearby(Mention m) {
        Document.Sentence s = scan.doc.sentenceAt(m.from);
        Place best = null;
        int distance = Integer.MAX_VALUE;
        for (int i = s.from(); i < s.to(); i++) {
            Place p = scan.place(i);
            boolean event = m.type == ActorType.EVENT;
            // a place in the name itself was weighed by own(); one in another name says nothing of this actor, but a
            // city in a body's name is where that body holds the event the sentence names («Государственный театр
            // кукол Алматы планирует провести … фестиваль»), if no place outside names says otherwise
            boolean named = p != null && scan.taken(i) && (i < m.from || i >= m.to);
            // "in the Presidium of the National Academy of Sciences of Tajikistan, a round table was held": a state
            // in the name of the venue the sentence puts the event in counts as a city there does
            if (p == null || p.country() == null || p.from() != i || event && listed.contains(p)
                    || scan.taken(i) && !(named && event && (p.city() != null || inVenue(i, s.from())))) {
                continue;
            }
            boolean fits = (event || !p.destination() && (locative(p) || p.city() != null
                    || m.type == ActorType.PERSON && FromPlaces.comeFrom(scan, i))) && !FromPlaces.afterName(scan, i, m);
            // «в Рахманиновском зале Московской … консерватории состоялся … концерт»: a venue the sentence puts the
            // event in names where it is, like a place after «в»
            boolean venue = named && event && inVenue(i, s.from());
            int d = (i < m.from ? m.from - p.to() : i - m.to) + (event && !locative(p) && !venue ? EVENT_NOT_AT : 0)
                    + (named && !venue ? 2 * EVENT_NOT_AT : 0);
            if (fits && !inBrackets(p) && d >= 0 && d < distance) {
                best = p;
                distance = d;
            }
        }
        return best;
    }

    /** Whether the taken name holding token i opens after «в», "in" or "at". */
    private boolean inVenue(int i, int sentenceStart) {
        int k = i;
        while (k - 1 >= sentenceStart && scan.taken(k - 1)) {
            k--;
        }
        // "in the Presidium of the National Academy …": a part of the body named before it
        int part = k;
        while (part - 1 >= sentenceStart && k - part < 4 && (OF_THE.contains(scan.token(part - 1).lower())
                || scan.token(part - 1).isCapitalised() && scan.token(part - 1).isLatin())) {
            part--;
        }
        return k - 1 >= sentenceStart && AT.contains(scan.token(k - 1).lower())
                || part < k && part - 1 >= sentenceStart && AT.contains(scan.token(part - 1).lower());
    }

    /** The plain locative («Тәжікстанда»), which says where, not the attributive one («Тәжікстандағы»). */
    static boolean plainLocative(String kase) {
        return KK_LOCATIVE.contains(kase) && !kase.endsWith("ғы") && !kase.endsWith("гі");
    }

    boolean locative(Place p) {
        if (p.adjective()) {
            return false; // "at the Indian Center …": a nationality opens a name after "at", it is no place
        }
        int k = p.from() - 1;
        if (k > 1 && scan.token(k).lower().equals("of") && scan.token(k - 1).lower().equals("republic")) {
            k -= 2; // "in the Republic of Turkey", "in the Islamic Republic of Afghanistan"
            k = k > 0 && scan.token(k).isCapitalised() && !scan.token(k).lower().equals("the") ? k - 1 : k;
        }
        if (k > 0 && scan.token(k).lower().equals("the")) {
            k--;
        }
        if (k >= 0 && scan.token(k).is(".") && k > 0) {
            k--;
        }
        if (k >= 0 && AT.contains(scan.token(k).lower())) {
            return true;
        }
        String last = scan.token(p.to() - 1).lower();
        return scan.doc.sentenceAt(p.from()).lang() == Lang.KK && KK_LOCATIVE.contains(Morph.kkCase(last, 3));
    }
}
