package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.creativeatlas.model.ActorType;

/**
 * Diplomatic missions and envoys: the state an embassy, a consulate or a foreign office stands for, which its staff
 * take, and the state an envoy's role names, which is not where he serves.
 */
final class Missions {

    private final Scan scan;
    /** Whether a place is where something is ("в Бишкеке", «Алматыда»), not whose it is. */
    private final Predicate<Place> locative;

    /** The one mission's state, read once per text: it holds for every envoy named by title alone. */
    private Place sole;
    private boolean soleRead;

    Missions(Scan scan, Predicate<Place> locative) {
        this.scan = scan;
        this.locative = locative;
    }

    /** Stems of the words for an envoy, in English, Russian and Kazakh (not "consultant", «консультант»). */
    private static final List<String> ENVOYS = List.of("ambassador", "envoy", "consul", "посол", "посла", "послу",
            "послом", "послы", "послов", "консул", "полпред", "елші", "представител", "representative", "дипмисси");
    /** How many tokens a description set off after a name may run before its end. */
    private static final int DESCRIBED = 12;

    /**
     * Whether a place names the state an envoy stands for («посла Венгрии», "Ambassador of Hungary", «Түркменстан
     * елшісі»): a state the text is not about, as an envoy serves abroad.
     */
    static boolean envoysState(Scan scan, Place p) {
        int before = p.from() - 1;
        while (before >= 0 && (scan.token(before).lower().equals("of") || scan.token(before).lower().equals("the"))) {
            before--;
        }
        boolean after = p.to() < scan.doc.size();
        // "The Embassy of the Republic of Korea in Turkmenistan": a mission's state, when its name says where it
        // stands, is not where the text's events are
        boolean mission = before >= 0 && missionWord(scan.token(before).lower()) && before < p.from() - 1
                && after && CountryResolver.AT.contains(scan.token(p.to()).lower());
        return before >= 0 && envoy(scan.token(before).lower()) || mission
                || after && envoy(scan.token(p.to()).lower());
    }

    /** Whether a word, in lower case, is one for an envoy ("ambassador", «посла», "representative"). */
    static boolean envoy(String word) {
        return ENVOYS.stream().anyMatch(word::startsWith) && !word.contains("consult") && !word.contains("консульт");
    }

    /**
     * "Baktygul Kalambetova – Ambassador of Kyrgyz Republic in UK", «Құдайберген Базарбаев, Қырғыз Республикасының
     * Қазақстан Республикасындағы Төтенше және өкілетті елшісі»: an envoy is of the state his role, or a description
     * set off after his name, names other than where he serves (after "in", "to", «в», or in the Kazakh locative or
     * dative); null if the person is no envoy.
     */
    Place envoyOf(Mention m) {
        int from = m.roleFrom;
        int to = m.roleTo;
        if (from < 0 || to <= from) {
            if (m.to >= scan.doc.size() || !FromPlaces.SET_OFF.contains(scan.token(m.to).text())) {
                return null;
            }
            from = m.to + 1;
            to = from;
            while (to < Math.min(scan.doc.size(), from + DESCRIBED) && scan.token(to).isWord()) {
                to++;
            }
        }
        boolean envoy = false;
        for (int i = from; i < to && !envoy; i++) {
            envoy = envoy(scan.token(i).lower());
        }
        // "the representative of the Society of Turkmen culture in Astrakhan": a nation's society abroad sends no envoy
        boolean ethnic = envoy && EthnicBodies.is(scan, from, to);
        for (int i = from; envoy && i < to; i++) {
            Place p = scan.place(i);
            if (p != null && p.from() == i && p.country() != null && p.city() == null && !p.destination()
                    && !locative.test(p) && !toward(p) && !(ethnic && EthnicBodies.nationality(scan, p))) {
                return p;
            }
        }
        // «глава дипмиссии Нурлан Онжанов», "Consul General Bolotbek Borbiev": a head of "the mission" with no state
        // named is that of the text's one
        return envoy && (to - from == 1 || to - from == 2 && (scan.token(to - 1).lower().startsWith("дипмисси")
                || GENERAL.contains(scan.token(from).lower()) || GENERAL.contains(scan.token(to - 1).lower())))
                ? soleMission() : null;
    }

    /** The word making a consul a consul general, before or after it ("Consul General", «Генеральный консул»). */
    private static final Set<String> GENERAL = Set.of("general", "генеральный", "генерального", "генеральному",
            "генеральным", "бас");

    /** How far from a word for a mission the state it stands for may be named ("the U.S. Embassy in …"). */
    private static final int MISSION_REACH = 3;

    /**
     * "Ambassador Klimow" in a text whose one mission is "the U.S. Embassy in Turkmenistan": an envoy named by his
     * title alone heads the one foreign mission the text names; the state it stands for, or null if it names none or
     * several.
     */
    private Place soleMission() {
        if (!soleRead) {
            sole = readSoleMission();
            soleRead = true;
        }
        return sole;
    }

    private Place readSoleMission() {
        Place found = null;
        for (int i = 0; i < scan.doc.size(); i++) {
            if (!missionWord(scan.token(i).lower())) {
                continue;
            }
            Document.Sentence s = scan.doc.sentenceAt(i);
            for (int k = Math.max(s.from(), i - MISSION_REACH); k < Math.min(s.to(), i + MISSION_REACH + 1); k++) {
                Place p = scan.place(k);
                if (p != null && p.from() == k && p.country() != null && p.city() == null && !locative.test(p)
                        && !toward(p) && !CountryResolver.AT.contains(k > 0 ? scan.token(k - 1).lower() : "")) {
                    if (found != null && !found.country().equals(p.country())) {
                        return null;
                    }
                    found = p;
                }
            }
        }
        return found;
    }

    /**
     * «Российский центр науки и культуры», «руководитель РЦНК»: Russia's centres of science and culture abroad are
     * offices of its agency, so a mission too.
     */
    private boolean russianCentre(int from, int to) {
        for (int i = from; i < to; i++) {
            String word = scan.token(i).lower();
            if (word.equals("рцнк") || word.startsWith("российск") && i + 2 < to
                    && scan.token(i + 1).lower().startsWith("центр") && scan.token(i + 2).lower().equals("науки")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place follows "to" ("Ambassador to the Kyrgyz Republic"). */
    private boolean toward(Place p) {
        int k = p.from() - 1;
        k = k > 0 && scan.token(k).lower().equals("the") ? k - 1 : k;
        return k >= 0 && scan.token(k).lower().equals("to");
    }

    /** Stems of the words for a state's mission abroad, in Kazakh, Russian and English. */
    private static final List<String> MISSIONS = List.of("елшілі", "консулды", "өкілдіг", "посольств",
            "консульств", "представительств", "embassy", "consulate");
    /** Whether a word, in lower case, is one for a state's mission abroad («елшілігі», «посольство», "embassy"). */
    static boolean missionWord(String lower) {
        return MISSIONS.stream().anyMatch(lower::startsWith);
    }

    /**
     * Whether token i, in a name ending before {@code to}, is a word for a state's mission: not the office of a ministry
     * named right after it («Представительство МИД России в Астраханской области» is at home).
     */
    static boolean missionAt(Scan scan, int i, int to) {
        return missionWord(scan.token(i).lower()) && !(i + 1 < to && ShortMinistries.is(scan.token(i + 1)));
    }

    /** Words for an office, a state's abroad when its nationality names it ("Swiss Cooperation Office"). */
    private static final Set<String> OFFICES = Set.of("office", "бюро");

    /**
     * «Қазақстан Республикасындағы Тәжікстан Консулдығы», «Посольство Японии в КР», "Swiss Cooperation Office": the
     * state a mission stands for, a place in its name other than where it is; null if the body is no mission. Its
     * staff are of that state. Tokens {@code from} to {@code to} hold the body's name or a role naming it.
     */
    String represented(int from, int to) {
        String agency = StateRoles.of(scan, from, to);
        if (agency != null) {
            return agency; // «представительство Россотрудничества»: Russia's agency abroad, whose staff are Russia's
        }
        if (russianCentre(from, to)) {
            return "RU";
        }
        boolean mission = false;
        boolean office = false;
        for (int i = from; i < to; i++) {
            String word = scan.token(i).lower();
            mission |= missionAt(scan, i, to);
            // "the Russian President's Office for …" is a person's office at home, not one of a state abroad
            office |= OFFICES.contains(word) && !(i > from && Morph.enPossessive(scan.token(i - 1).lower()));
        }
        for (int i = from; (mission || office) && i < to; i++) {
            Place p = scan.place(i);
            if (p != null && p.from() == i && p.country() != null && p.city() == null && !locative.test(p)
                    && (mission || p.adjective())) {
                return p.country();
            }
        }
        return stateAbroad(from, to);
    }

    /**
     * "the Swiss Development Corporation in Tajikistan", "the Department of Foreign Economic Cooperation of Korea in
     * Tajikistan": a body of one state said to be in another is that state's office abroad (not a nation's society
     * there: "Ukrainian Society ‘Bereginya’ in Kyrgyzstan"); the first state, or null.
     */
    private String stateAbroad(int from, int to) {
        Place own = null;
        for (int i = from; i < to; i++) {
            Place p = scan.place(i);
            if (p == null || p.from() != i || p.country() == null || p.city() != null) {
                continue;
            }
            if (own == null && !locative.test(p)) {
                own = p;
            } else if (own != null && locative.test(p) && !p.country().equals(own.country())) {
                return EthnicBodies.is(scan, from, to) || !bodyBetween(from, i) ? null : own.country();
            }
            i = p.to() - 1;
        }
        return null;
    }

    /** Whether a body's head stands in tokens [from, to): "the Tajik singer in Switzerland" names no office. */
    private boolean bodyBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            Head h = Heads.of(scan.token(i), scan.doc.sentenceAt(i).lang());
            if (h != null && h.type() == ActorType.ORGANISATION) {
                return true;
            }
        }
        return false;
    }

    /** The state named after "to" inside a mission's name, or null. */
    Place sentTo(Mention m) {
        for (int i = m.from; i + 1 < m.to; i++) {
            int at = i + 2 < m.to && scan.token(i + 1).lower().equals("the") ? i + 2 : i + 1;
            Place p = scan.token(i).lower().equals("to") ? scan.place(at) : null;
            if (p != null && p.country() != null) {
                return p;
            }
        }
        return null;
    }
}
