package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;

/**
 * Centres of a nation's culture («"Ынтымақ" өзбек этно-мәдени бірлестігі», "Korean ethnocultural centre"): they
 * gather a nation where it lives, so the nation's word in their name says nothing of their country.
 */
final class EthnicBodies {

    /** Stems of the words for a nation's cultural centre or society, in English, Russian and Kazakh. */
    private static final List<String> ETHNIC = List.of("ethnocultural", "ethno-cultural", "этнокультурн",
            "этно-культурн", "национально-культурн", "этномәдени", "этно-мәдени", "ұлттық-мәдени",
            // «Кыргызское землячество НИУ МГСУ»: compatriots gathered away from home
            "землячеств", "диаспор", "diaspora");

    private EthnicBodies() {
    }

    /** «Қазақ ұлттық мәдени орталығы», «Казахский национальный культурный центр»: the two words, unhyphened. */
    private static boolean nationalCulture(String word, String next) {
        return word.equals("ұлттық") && next.equals("мәдени")
                || word.startsWith("национальн") && next.startsWith("культурн");
    }

    /** Whether tokens from..to name one: «"Өзбек" этномәдени орталығы», «Корейский этнокультурный центр». */
    static boolean is(Scan scan, int from, int to) {
        boolean gathering = false;
        boolean nationsCulture = false;
        for (int i = from; i < to; i++) {
            String word = scan.token(i).lower();
            if (ETHNIC.stream().anyMatch(word::startsWith) || i + 1 < to && nationalCulture(word, scan.token(i + 1).lower())) {
                return true;
            }
            if (i + 2 < to && culturalCentre(scan, i)) {
                return true;
            }
            gathering |= GATHERINGS.contains(word);
            Place p = scan.place(i);
            nationsCulture |= p != null && p.adjective() && p.to() < to && scan.token(p.to()).isLatin()
                    && CULTURE.contains(scan.token(p.to()).text());
            // "Kyrgyz Community Center" in Chicago, «Таджикская община»: a nation's community is its people abroad
            if (p != null && p.from() == i && p.to() < to && nationality(scan, p)
                    && COMMUNITY.stream().anyMatch(scan.token(p.to()).lower()::startsWith)) {
                return true;
            }
        }
        return gathering && nationsCulture;
    }

    /** Stems of the word for "cultural" and of the words for a centre or society after it. */
    private static final List<String> CULTURAL = List.of("культурн", "cultural", "мәдени");
    private static final List<String> CENTRES = List.of("центр", "center", "centre", "орталы", "обществ", "society");

    /**
     * «русским культурным центром «Гармония»» in Bishkek, "the Kazakh Cultural Center in Cologne": a nation's word
     * before "cultural centre" names the nation it gathers, not a state's mission («Российский центр науки и
     * культуры»).
     */
    private static boolean culturalCentre(Scan scan, int i) {
        Place p = scan.place(i);
        boolean nation = p != null && p.to() == i + 1 && nationality(scan, p) || stemNation(scan.token(i).lower()) != null;
        String next = scan.token(i + 1).lower();
        String after = scan.token(i + 2).lower();
        return nation && !scan.token(i).lower().startsWith("российск")
                && CULTURAL.stream().anyMatch(next::startsWith) && CENTRES.stream().anyMatch(after::startsWith);
    }

    /** "Society of Turkmen culture", "Center of Turkmen language and culture": a nation's culture kept abroad. */
    private static final Set<String> GATHERINGS = Set.of("society", "center", "centre",
            "association", "club", "house");
    private static final Set<String> CULTURE = Set.of("culture", "language");
    private static final List<String> COMMUNITY = List.of("community", "общин");

    /** A nation's word rather than a state's name: «Өзбек», «узбекский», "Korean" (not «Узбекистан»). */
    static boolean nationality(Scan scan, Place p) {
        String word = scan.token(p.from()).lower();
        // «Әзірбайжан этномәдени орталығы»: a Kazakh country name right before the word for ethnocultural is a nation
        String next = p.to() < scan.doc.size() ? scan.token(p.to()).lower() : "";
        boolean nationWord = ETHNIC.stream().anyMatch(next::startsWith)
                && scan.doc.sentenceAt(p.from()).lang() == Lang.KK && Gazetteer.get(word) != null;
        return p.to() - p.from() == 1 && p.city() == null
                && (p.adjective() || word.matches(".*[сц]к(ий|ая|ое|ого|ой|их|ую|ому|им|ими|ом)") || nationWord
                || stemNation(word) != null);
    }

    /** The country of the nation's stem a word begins with («өзбек», «таджикский»), not a state's name; or null. */
    private static String stemNation(String word) {
        for (java.util.Map.Entry<String, String> e : PEOPLES.entrySet()) {
            if (word.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return word.contains("стан") ? null : NationalBodies.stemNation(word, 0);
    }

    /** Peoples whose centres gather them abroad, by the stem of their word in Russian («русским», «корейского»). */
    private static final java.util.Map<String, String> PEOPLES = java.util.Map.of("русск", "RU", "корейск", "KR",
            "немецк", "DE", "татарск", "RU");

    /** The nation an ethnocultural body in tokens from..to gathers, or null. */
    static String gathered(Scan scan, int from, int to) {
        if (!is(scan, from, to)) {
            return null;
        }
        for (int i = from; i < to; i++) {
            Place p = scan.place(i);
            if (p != null && p.country() != null && nationality(scan, p)) {
                return p.country();
            }
            String nation = stemNation(scan.token(i).lower()); // «өзбек», «таджикский» in lower case are no place
            if (nation != null) {
                return nation;
            }
        }
        return null;
    }
}
