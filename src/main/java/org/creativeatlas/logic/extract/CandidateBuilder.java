package org.creativeatlas.logic.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.creativeatlas.model.ActorType;

/** Turns merged mentions into candidates: affiliation, country and city, an event's date, passages, confidence. */
final class CandidateBuilder {

    private final Scan scan;
    private final List<Mention> mentions;
    private final CountryResolver places;
    private final EventDates dates;
    /** The nation whose days of culture the text reports, or whose visit its lead tells of; or null. */
    private final String guest;
    /** Whether the guest's days of culture frame the text, rather than its lead telling of a visit. */
    private final boolean framed;
    /** The country the guest's days are held in, where the text says so. */
    private final String host;
    /** Each person named in a list, to the one named just before them. */
    private final Map<Mention, Mention> listedAfter = new IdentityHashMap<>();
    private final RoleHeadReferences roleHeads;

    CandidateBuilder(Scan scan, List<Mention> mentions) {
        this.scan = scan;
        this.mentions = mentions;
        this.places = new CountryResolver(scan);
        this.dates = new EventDates(scan);
        this.roleHeads = new RoleHeadReferences(scan, mentions);
        Place frame = GuestNation.frame(scan);
        KazakhNationDays.Visit lead = frame == null ? LeadVisit.of(scan, mentions, places) : null;
        this.framed = frame != null;
        this.guest = frame != null ? frame.country() : lead != null ? lead.guest() : null;
        this.host = frame != null ? GuestNation.host(scan, frame) : lead != null ? lead.host() : null;
    }

    List<Candidate> build() {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type == ActorType.PERSON && m.affiliation == null) {
                m.affiliation = affiliation(m, i);
            }
        }
        for (int i = 1; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention before = mentions.get(i - 1);
            // "Alisher Karimov, Laureate of Daryn State Youth Prize Rukhiya Baidukenova": a person's own title
            // between them leaves them in one list
            int start = m.roleFrom >= before.to && m.roleFrom < m.from ? m.roleFrom : m.from;
            if (m.type == ActorType.PERSON && before.type == ActorType.PERSON && before.to < m.from
                    && scan.doc.listJoined(afterBracket(before.to, start), start, 3)) {
                listedAfter.put(m, before);
            }
        }
        List<MentionMerger.Group> groups = SameEvents.fold(scan, MentionMerger.merge(mentions));
        Map<String, MentionMerger.Group> bodies = new HashMap<>();
        for (MentionMerger.Group g : groups) {
            if (g.type() != ActorType.PERSON) {
                g.variants().forEach(v -> bodies.putIfAbsent(v, g));
            }
        }
        java.util.Set<String> bodyKeys = new java.util.HashSet<>();
        bodies.values().forEach(g -> bodyKeys.add(g.best().key()));
        List<Candidate> out = new ArrayList<>();
        for (MentionMerger.Group g : groups) {
            // Two capitalised words the document names as an organisation elsewhere are not a person; the agency
            // that publishes the story is not one of its actors.
            boolean body = g.type() != ActorType.PERSON && !Bylines.only(scan, g.mentions);
            if (body || g.type() == ActorType.PERSON && !bodyKeys.contains(g.best().key())) {
                out.add(candidate(g, bodies));
            }
        }
        return out;
    }

    private Candidate candidate(MentionMerger.Group g, Map<String, MentionMerger.Group> bodies) {
        Mention best = g.best();
        CountryResolver.Located where = located(g, bodies);
        String role = null;
        String affiliation = null;
        for (Mention m : g.mentions) {
            role = role != null ? role : role(m);
            affiliation = affiliation != null ? affiliation : m.affiliation;
        }
        // a body met under a short form is named as its candidate is («Ұлттық кітапхана» of «ҚР Ұлттық кітапханасы»)
        MentionMerger.Group body = affiliation != null ? bodies.get(affiliation) : null;
        affiliation = body != null ? body.best().name : affiliation;
        List<String> variants = new ArrayList<>(new TreeSet<>(g.variants()));
        variants.remove(best.name);
        TreeSet<Candidate.Span> spans = new TreeSet<>((a, b) -> a.start() != b.start()
                ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        int top = 0;
        for (Mention m : g.mentions) {
            spans.add(new Candidate.Span(scan.token(m.from).start(), scan.token(m.to - 1).end()));
            top = Math.max(top, m.priority);
        }
        double confidence = Math.min(0.95, 0.4 + 0.1 * top + 0.05 * (spans.size() - 1));
        String date = g.type() == ActorType.EVENT ? dates.near(g.mentions) : null;
        return new Candidate(g.type(), best.name, variants, where.country(), where.city(), role, affiliation, date,
                List.copyOf(spans), confidence);
    }

    /**
     * The name's own place, else (for people) that of the first of a list they are named in ("заслуженные деятели
     * Казахстана Абдуахат Муратбаев, Нұрлан Шилібаев, а также Ерғали Палымбетов"), else, for people listed after a
     * lead-in or a delegation that names one nation, that nation ({@link ListNation}, {@link DelegationNation}),
     * else their organisation's (for a diplomatic mission, the state it stands for), else, for a visitor to days of
     * culture, the guest nation, else the context of the first mention.
     */
    private CountryResolver.Located located(MentionMerger.Group g, Map<String, MentionMerger.Group> bodies) {
        for (Mention m : g.mentions) {
            CountryResolver.Located own = places.own(m);
            if (own != null) {
                return own;
            }
        }
        for (Mention m = listedAfter.get(g.mentions.get(0)); m != null; m = listedAfter.get(m)) {
            CountryResolver.Located own = places.own(m);
            // "the Russian Embassy officials Olga Sokol, Evgeny Levkoev, …": a list of a mission's staff
            String mission = own == null ? represented(m.affiliation, bodies) : null;
            own = mission != null ? new CountryResolver.Located(mission, null) : own;
            // "Students of the Tajik National Conservatory Toshiev Idibek (Rubob), Khasanov Jovidon …": a list under
            // one body's title are of the state the body's own name places it in
            MentionMerger.Group body = own == null && m.affiliation != null ? bodies.get(m.affiliation) : null;
            own = body != null ? places.own(body.best()) : own;
            if (own != null) {
                return own;
            }
        }
        for (Mention m : g.type() == ActorType.PERSON ? g.mentions : List.<Mention>of()) {
            String nation = ListNation.of(scan, m.from);
            nation = nation != null ? nation : ColonListNation.of(scan, m.from);
            nation = nation != null ? nation : DelegationNation.of(scan, m.from);
            nation = nation != null ? nation : DelegationNation.representing(scan, m.to);
            nation = nation != null ? nation : DelegationNation.closingList(scan, m.to);
            if (nation != null) {
                // "Akmatova Gulmira, Bishkek": the item's own city is kept where it is the nation's
                CountryResolver.Located near = places.context(m);
                return new CountryResolver.Located(nation, nation.equals(near.country()) ? near.city() : null);
            }
        }
        String side = g.type() == ActorType.ORGANISATION ? DelegationNation.of(scan, g.mentions.get(0).from) : null;
        if (side != null) {
            return new CountryResolver.Located(side, null); // «Қазақстан тарапынан Мәдениет және ақпарат министрлігі»
        }
        MentionMerger.Group body = g.type() == ActorType.PERSON && g.best().affiliation != null
                ? bodies.get(g.best().affiliation) : null;
        String represented = g.type() == ActorType.PERSON ? represented(g.best().affiliation, bodies) : null;
        if (represented != null) {
            return new CountryResolver.Located(represented, null);
        }
        if (body != null) {
            return located(body, bodies);
        }
        // a mission of the guest nation stands in the host's country: no visitor, nor are its compatriots living there
        // a visit only the lead tells of leaves those the sentence places where it places them
        if (guest != null && GuestNation.visits(g.best()) && places.represented(g.best()) == null
                && !EthnicBodies.is(scan, g.best().from, g.best().to)
                && (framed || places.nearby(g.mentions.get(0)) == null)) {
            return new CountryResolver.Located(guest, null);
        }
        CountryResolver.Located context = places.context(g.mentions.get(0));
        // the venues and events of a visit are the host's, whatever the date line says (a Bishkek agency's report
        // of days of Kyrgyz culture in Astana), unless a place of the host's own is nearer
        boolean hosted = host != null && GuestNation.held(g.best()) && !host.equals(context.country());
        return hosted ? new CountryResolver.Located(host, null) : context;
    }

    /** The state the mission a person works for stands for, or null if the body is none or no mission. */
    private String represented(String affiliation, Map<String, MentionMerger.Group> bodies) {
        MentionMerger.Group body = affiliation != null ? bodies.get(affiliation) : null;
        return body != null ? places.represented(body.best()) : null;
    }

    /** Past a short bracket right after a name ("Toshiev Idibek (Rubob), Khasanov Jovidon"), else {@code at}. */
    private int afterBracket(int at, int limit) {
        if (at >= limit || !scan.token(at).is("(")) {
            return at;
        }
        for (int k = at + 1; k < Math.min(limit, at + 5); k++) {
            if (scan.token(k).is(")")) {
                return k + 1;
            }
        }
        return at;
    }

    private Map<String, Set<String>> bodiesByWord;

    /** How many tokens after a person "on behalf of" is looked for: the rest of a list of people and their titles. */
    private static final int BEHALF_REACH = 40;

    /** How far from a person, in mentions, their organisation is looked for. */
    private static final int NEAR = 12;

    /** The organisation named inside a person's role, or right before it, or "of" one right after the name. */
    private String affiliation(Mention person, int index) {
        if (person.roleFrom < 0) {
            person.roleFrom = person.roleTo = person.from;
        }
        int of = person.to < scan.doc.size() && scan.token(person.to).lower().matches("of|from") ? person.to + 1 : -1;
        if (of > 0 && of < scan.doc.size() && scan.token(of).lower().equals("the")) {
            of++;
        }
        int reach = bracketBefore(person.roleFrom);
        List<Mention> near = mentions.subList(Math.max(0, index - NEAR), Math.min(mentions.size(), index + NEAR));
        String behalf = onBehalfOf(person, near);
        if (behalf != null) {
            return behalf; // whom the person acts for, before a unit their title names
        }
        String before = null;
        for (Mention m : near) {
            boolean organisation = m.type == ActorType.ORGANISATION || m.type == ActorType.PLATFORM;
            if (organisation && m.from >= person.roleFrom && m.from < person.roleTo) {
                return m.name; // a body inside the role is the one it names, whatever came before
            }
            // «Садыбакашова Асел Гран-при (СШ №80), Рахатбекова Айназик - 1 место (СОШ №86)»: a body in brackets
            // after someone is theirs, not the next one's
            if (organisation && bracketed(m) && m.from > person.to && m.from - person.to <= BRACKET_REACH
                    && sameItem(person.to, m.from - 1)) {
                return m.name;
            }
            boolean close = m.from < person.roleFrom && (m.to >= reach - 3 || titledBody(m, person))
                    && !personBetween(near, m.to, person.roleFrom) && !bracketed(m);
            if (organisation && before == null && (close || m.from == of)) {
                before = m.name;
            }
        }
        if (before != null) {
            return before;
        }
        String back = KazakhHeadReferences.body(scan, person.roleFrom, mentions);
        back = back != null ? back : roleHeads.body(person);
        back = back != null ? back : headBefore(person.roleFrom);
        return back != null ? back : EnvoyMissions.body(scan, person, mentions);
    }

    private static final int BRACKET_REACH = 6;

    /** No comma, semicolon or «и» / "and" between: one item of a list. */
    private boolean sameItem(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = scan.token(k).lower();
            if (w.equals(",") || w.equals(";") || w.equals("и") || w.equals("and") || w.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private boolean bracketed(Mention m) {
        return m.from > 0 && scan.token(m.from - 1).is("(") && m.to < scan.doc.size() && scan.token(m.to).is(")");
    }

    /**
     * "Vali Yodgarov, Vice-Rector …, and Javlonbek Madatov, Head of …, participated on behalf of the National University
     * of Uzbekistan": a body the sentence's people act on behalf of, after them, is theirs.
     */
    private String onBehalfOf(Mention person, List<Mention> near) {
        Document.Sentence s = scan.doc.sentenceAt(person.from);
        for (int k = person.to; k + 3 < s.to() && k - person.to <= BEHALF_REACH; k++) {
            if (scan.token(k).lower().equals("behalf") && scan.token(k - 1).lower().equals("on")
                    && scan.token(k + 1).lower().equals("of")) {
                int at = scan.token(k + 2).lower().equals("the") ? k + 3 : k + 2;
                for (Mention m : near) {
                    if (m.from == at && m.type == ActorType.ORGANISATION) {
                        return m.name;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "theater director Muratbek Begaliev and center director Marjan Kataroski": a body's head noun in lower case before
     * a title stands for the one body of the text that the noun ends, if only one does.
     */
    private String headBefore(int role) {
        Token t = role > 0 ? scan.token(role - 1) : null;
        // a bare noun before the title ("center director"), not the end of a phrase ("Rector of the conservatory")
        boolean bare = role > 1 && !Set.of("the", "of", "a").contains(scan.token(role - 2).lower());
        Head head = bare && t.isLatin() && t.isWord() && !t.isCapitalised() ? Heads.of(t, Lang.EN) : null;
        if (head == null || head.type() != ActorType.ORGANISATION || !Titles.is(scan.token(role))) {
            return null;
        }
        Set<String> holding = bodiesByWord().get(t.lower());
        // one body's name holds the noun, at its end or before where it is ("… Center in Prilep"); a second body
        // holding it anywhere leaves the noun unclear
        if (holding == null || holding.size() != 1) {
            return null;
        }
        String name = holding.iterator().next();
        List<String> words = NameKey.words(name);
        int at = words.lastIndexOf(t.lower());
        return at == words.size() - 1 || words.get(at + 1).equals("in") ? name : null;
    }

    /** The organisations' names by each word they hold, made once. */
    private Map<String, Set<String>> bodiesByWord() {
        if (bodiesByWord == null) {
            bodiesByWord = new HashMap<>();
            for (Mention m : mentions) {
                if (m.type == ActorType.ORGANISATION) {
                    m.words().forEach(w -> bodiesByWord.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(m.name));
                }
            }
        }
        return bodiesByWord;
    }

    /**
     * "students of the Maya Kuliyeva Turkmen National Conservatory, a 5th-year student Aylar Annamuradova": a body
     * named after the plural of the person's title and "of", earlier in the sentence, is theirs.
     */
    private boolean titledBody(Mention body, Mention person) {
        int k = body.from - 1;
        k = k >= 0 && scan.token(k).lower().equals("the") ? k - 1 : k;
        if (k < 1 || !scan.token(k).is("of") || person.roleTo <= person.roleFrom
                || scan.doc.sentenceAt(k) != scan.doc.sentenceAt(person.from)) {
            return false;
        }
        return scan.token(k - 1).lower().equals(scan.token(person.roleTo - 1).lower() + "s");
    }

    /** «министра культуры … Мирбека Мамбеталиева и посла Венгрии»: another person ends what a role reaches back to. */
    private static boolean personBetween(List<Mention> near, int from, int to) {
        return near.stream().anyMatch(p -> p.type == ActorType.PERSON && p.from >= from && p.to <= to);
    }

    /**
     * «"Отандастар Қоры" КЕАҚ (бұдан әрі – Қоғам) президенті»: a bracket closing right before a role, as a short name
     * given for later use, parts it from its body by no more than a word; where the bracket opens, else {@code at}.
     */
    private int bracketBefore(int at) {
        if (at < 1 || !scan.token(at - 1).is(")")) {
            return at;
        }
        for (int k = at - 2; k >= Math.max(0, at - 8); k--) {
            if (scan.token(k).is("(")) {
                return k;
            }
        }
        return at;
    }

    private String role(Mention m) {
        if (m.roleFrom < 0 || m.roleTo <= m.roleFrom) {
            return null;
        }
        int last = m.roleTo - 1;
        while (last > m.roleFrom && !scan.token(last).isWord()) {
            last--;
        }
        Map<Integer, String> one = Titles.kazakhPlural(scan.token(last))
                ? Map.of(last, Titles.kazakhSingular(scan.token(last))) : Map.of();
        String role = Render.of(scan.doc, m.roleFrom, m.roleTo, one).replaceAll("^(?i)(an?|the)\\s+", "");
        // «… мырза, Президенттік … басшысы Фатима …»: a role read from after a list's comma starts at its first word
        return role.replaceAll("[,;:.\\s]+$", "").replaceAll("^[,;:\\s]+", "");
    }
}
