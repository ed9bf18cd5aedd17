package org.creativeatlas.logic.extract;

import java.util.Map;
import java.util.Set;
import org.creativeatlas.model.ActorType;

/** Bodies whose own words say whose they are: Kazakhstan's legal forms and local executives, national compounds. */
final class NationalBodies {

    /** Nationality stems that open the one-word names of state bodies and companies of the region. */
    static final Map<String, String> NATIONAL_STEMS = Map.ofEntries(Map.entry("қазақ", "KZ"),
            Map.entry("казах", "KZ"), Map.entry("kazakh", "KZ"), Map.entry("қырғыз", "KG"), Map.entry("кыргыз", "KG"),
            Map.entry("kyrgyz", "KG"), Map.entry("өзбек", "UZ"), Map.entry("узбек", "UZ"), Map.entry("uzbek", "UZ"),
            Map.entry("тәжік", "TJ"), Map.entry("таджик", "TJ"), Map.entry("tajik", "TJ"), Map.entry("түрікмен", "TM"),
            Map.entry("туркмен", "TM"), Map.entry("turkmen", "TM"));

    /**
     * Legal forms only Kazakhstan's law has, in Kazakh and in Russian (a non-profit joint-stock company, a limited
     * liability partnership, state enterprises): a body written with one after its name is Kazakhstan's.
     */
    private static final Set<String> KZ_LEGAL_FORMS = Set.of("КЕАҚ", "КеАҚ", "ЖШС", "РМК", "РМҚК", "МКҚК", "КМҚК", "ШЖҚ",
            "ТОО", "НАО", "РГП", "РГКП", "ГККП", "КГКП", "КММ", "РММ", "КГУ", "РГУ", "КГП");

    /** Legal forms only Russia's law has: autonomous non-profit, federal and regional state institutions. */
    private static final Set<String> RU_LEGAL_FORMS = Set.of("АНО", "ФГБУ", "ФГБОУ", "ФГАОУ", "ФГБУК", "ГБУК", "МБУК",
            "ФГУП", "ГАУК", "ГБУ");

    private static final String RUSSIAN = "рос";
    /** "Federal" in Russian, Kazakh and English, and the Russian and English for "All-Russian". */
    private static final java.util.List<String> FEDERAL = java.util.List.of("федеральн", "федералд", "federal",
            "всероссийск", "общероссийск", "all-russia");

    private static final java.util.List<String> BRANCHES = java.util.List.of("филиал", "представительств", "отделени",
            "branch");

    /** Kazakhstan's local executives and assemblies, in Russian and in Kazakh. */
    private static final Set<String> LOCAL_EXECUTIVES = Set.of("акимат", "маслихат", "әкімдіг", "мәслихат");
    /**
     * Kazakh words for a region's, a city's and a district's (облыстық кітапхана): in a Kazakh paper a body of that
     * level whose name names no place is one of Kazakhstan's, as the region abroad would be named («Ош облыстық …»).
     */
    private static final Set<String> KK_LOCAL_LEVELS = Set.of("облыстық", "қалалық", "аудандық", "oblystyq", "qalalyq",
            "aýdandyq");

    private final Scan scan;

    NationalBodies(Scan scan) {
        this.scan = scan;
    }

    /**
     * A body under a legal form only Kazakhstan's law has, written after its name or before it (ГККП «…»), or a
     * local executive only Kazakhstan has (акимат, маслихат; әкімдігі, мәслихаты), or a Kazakh body of a region's or
     * a city's level.
     */
    private boolean kazakhstanBody(int from, int to) {
        if (legalForm(KZ_LEGAL_FORMS, from, to)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            String word = scan.token(i).lower();
            if (LOCAL_EXECUTIVES.stream().anyMatch(word::startsWith)
                    || KK_LOCAL_LEVELS.contains(word) && scan.doc.sentenceAt(i).lang() == Lang.KK) {
                return true;
            }
        }
        return false;
    }

    /**
     * «АНО «Институт перевода»», «ФГБУК …»: a body under a legal form only Russia's law has is Russia's; so is a federal
     * or an all-Russian one («федерального агентства по культуре», "Ural Federal University", «Всероссийский … институт
     * кинематографии»), as of the region and its neighbours only Russia is a federation, and a foreign federation's
     * body is written with its state.
     */
    private boolean russianBody(int from, int to) {
        if (legalForm(RU_LEGAL_FORMS, from, to)) {
            return true;
        }
        // «филиал Всероссийского … института кинематографии (ВГИК) в Ташкенте»: a branch stands where the text says
        if (BRANCHES.stream().anyMatch(scan.token(from).lower()::startsWith)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String word = scan.token(i).lower();
            if (FEDERAL.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state whose law alone has the body a name or a title names («"Отандастар қоры" КЕАҚ президенті», «глава
     * федерального агентства»), or null.
     */
    String stateOf(int from, int to) {
        return kazakhstanBody(from, to) ? "KZ" : russianBody(from, to) ? "RU" : null;
    }

    private boolean legalForm(Set<String> forms, int from, int to) {
        int before = from > 0 && scan.doc.quotes.closingOf(from - 1) > 0 ? from - 2 : from - 1;
        // the form may stand just outside the name or, as a marker of a quoted name («Қоғамдық келісім» КММ), inside it
        return to < scan.doc.size() && forms.contains(scan.token(to).text())
                || forms.contains(scan.token(to - 1).text())
                || forms.contains(scan.token(from).text()) && !universityNamedAfter(from, to)
                || before >= 0 && forms.contains(scan.token(before).text());
    }

    /** «КГУ им. И. Арабаева»: a university's acronym named after someone, though КГУ is also a legal form. */
    private boolean universityNamedAfter(int from, int to) {
        String next = from + 1 < to ? scan.token(from + 1).lower() : "";
        return next.equals("им") || next.equals("имени");
    }

    /**
     * «Қазақконцерт», «Казахфильм», «Узбеккино»: a body named by one word that a nationality opens is that country's;
     * a surname of that shape (Казахбаев) is no body's name.
     */
    String nationalCompound(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = scan.token(i);
            String lower = t.lower();
            if (!t.isCapitalised() || Surnames.looksLike(lower)) {
                continue;
            }
            // «Росконцерт», «Роскино»: Russia's state bodies open with «Рос»
            // (a body named after one, «Представительство Россотрудничества в …», is where it says)
            boolean russian = i == from && lower.startsWith(RUSSIAN) && lower.length() >= RUSSIAN.length() + 4
                    && lower.indexOf('-') < 0 && scan.place(i) == null;
            String stem = russian ? "RU" : stemNation(lower, 3);
            stem = stem != null ? stem : acronymState(t.text());
            String state = stem != null ? stem : camelState(t.text());
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /** The country of the nation's stem a word begins with, at least {@code rest} letters following it; or null. */
    static String stemNation(String lower, int rest) {
        for (Map.Entry<String, String> e : NATIONAL_STEMS.entrySet()) {
            if (lower.length() >= e.getKey().length() + rest && lower.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The opening letters of a state's acronyms, before the next capital: КазНУ, КыргГУ, ТаджНУ, УзГУМЯ, РосНОУ. */
    private static final Map<String, String> ACRONYM_STATES = Map.of("Каз", "KZ", "Қаз", "KZ", "Кырг", "KG", "Тадж",
            "TJ", "Узб", "UZ", "Уз", "UZ", "Туркм", "TM", "Рос", "RU");

    /** «КазНУ им. аль-Фараби», «ТаджНУ»: an acronym opening with a state's letters is that state's body. */
    private static String acronymState(String word) {
        for (Map.Entry<String, String> e : ACRONYM_STATES.entrySet()) {
            int n = e.getKey().length();
            if (word.length() > n + 1 && word.startsWith(e.getKey()) && Character.isUpperCase(word.charAt(n))
                    && Character.isUpperCase(word.charAt(word.length() - 1))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** "AzerbaijanFilm": a word that joins a state's name and a capitalised word is that state's body's name. */
    private static String camelState(String word) {
        for (int k = 4; k + 3 <= word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k)) && Character.isLowerCase(word.charAt(k - 1))) {
                Gazetteer.Entry e = Gazetteer.get(word.substring(0, k).toLowerCase(java.util.Locale.ROOT));
                return e != null && e.city() == null && !e.country().isEmpty() ? e.country() : null;
            }
        }
        return null;
    }

    /** "Association of Korean Universities": a nationality before bodies in the plural says whose bodies join. */
    static boolean ofBodies(Scan scan, Place p) {
        Token next = p.to() < scan.doc.size() ? scan.token(p.to()) : null;
        if (next == null || !next.isCapitalised() || !next.lower().endsWith("s")) {
            return false;
        }
        String word = next.text();
        String one = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y" : word.substring(0, word.length() - 1);
        Head head = Heads.of(new Token(one, 0, one.length()), Lang.EN);
        return head != null && head.type() == ActorType.ORGANISATION;
    }
}
