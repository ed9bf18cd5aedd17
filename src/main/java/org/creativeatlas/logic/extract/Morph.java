package org.creativeatlas.logic.extract;

import java.util.List;
import java.util.Set;

/** Russian and Kazakh endings: which may follow a stem, and what a word's ending says about it. */
final class Morph {

    /** Endings a Russian noun stem may take (all cases, both numbers). */
    static final Set<String> RU_NOUN = Set.of("", "а", "я", "о", "е", "у", "ю", "ы", "и", "ь", "й", "ом", "ем", "ём",
            "ой", "ей", "ам", "ям", "ах", "ях", "ами", "ями", "ов", "ев", "ию", "ия", "ии", "ью", "иями", "иях");
    /** Masculine plural endings: "Центры", "Центров". */
    static final Set<String> RU_PLURAL = Set.of("ы", "ов", "ам", "ами", "ах");
    /** Kazakh case (and possessive-then-case) suffixes, longest first where it matters. */
    static final List<String> KK_CASE = List.of("ндағы", "ндегі", "менен", "ымен", "імен", "дағы", "дегі", "тағы",
            "тегі", "ның", "нің", "дың", "дің", "тың", "тің", "нда", "нде", "нан", "нен", "дан", "ден", "тан", "тен",
            "мен", "бен", "пен", "на", "не", "ға", "ге", "қа", "ке", "да", "де", "та", "те", "ны", "ні", "ды", "ді",
            "ты", "ті", "ын", "ін", "н", "а", "е", "");
    private static final List<String> RU_ADJECTIVE = List.of("ыми", "ими", "ого", "его", "ому", "ему", "ый", "ий",
            "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ей");
    /** The letters before an adjective's «-ей»: a soft or hushing stem. */
    private static final String SOFT_ADJECTIVE = "нщшчжь";
    private static final List<String> RU_GENITIVE = List.of("ого", "его", "ой", "ей", "ых", "их", "ий", "ов", "ев",
            "а", "я", "ы", "и");
    /** Adjectives and participles in the nominative, never in a genitive tail: «…, посвящённая», «…, управляющий». */
    private static final List<String> RU_NOMINATIVE_ADJECTIVE = List.of("ая", "яя", "ое", "ые", "щий", "вший");
    /** Genitive plurals with no ending, common in the tails of names («институт культуры и искусств»). */
    private static final Set<String> RU_BARE_GENITIVE = Set.copyOf(Resources.words("ru-bare-genitives.txt"));
    private static final List<String> RU_VERB = List.of("ла", "ло", "ли", "ть", "ет", "ют", "ит", "ят", "ся", "сь",
            "на", "но", "ны", "ал", "ил", "ел", "нута", "крыта", "нята", "чата");

    /** The past and future of «быть», too short for the endings above and ending like genitives («были»). */
    private static final Set<String> RU_SHORT_VERB = Set.of("был", "была", "было", "были", "будет", "будут");

    private Morph() {
    }

    /** The adjective ending of a Russian word ("ского" → "ого"), or null. */
    static String ruAdjectiveEnding(String lower) {
        for (String e : RU_ADJECTIVE) {
            if (lower.length() > e.length() + 2 && lower.endsWith(e)) {
                // «последней», «общей», «третьей»; «победителей», «гостей» are nouns
                return e.equals("ей") && SOFT_ADJECTIVE.indexOf(lower.charAt(lower.length() - 3)) < 0 ? null : e;
            }
        }
        return null;
    }

    /** An English possessive, "Astana’s", with either apostrophe. */
    static boolean enPossessive(String lower) {
        return lower.endsWith("’s") || lower.endsWith("'s");
    }

    /** A possessive, with its apostrophe or without ("Union of Russias Writers"), of a place. */
    static boolean enOwner(String lower) {
        return enPossessive(lower) || lostApostrophe(lower);
    }

    /** "Union of Russias Writers": a place's possessive on a page that lost its apostrophes. */
    static boolean lostApostrophe(String lower) {
        if (lower.length() < 5 || !lower.endsWith("s") || lower.charAt(0) > 'z' || Gazetteer.get(lower) != null) {
            return false;
        }
        // "Tajiks" is the people, not Tajik's
        Gazetteer.Entry place = Gazetteer.get(lower.substring(0, lower.length() - 1));
        return place != null && !place.adjective();
    }

    /** Looks like a genitive (or genitive-plural) noun or adjective, as in the tail of «Фонд развития культуры». */
    static boolean ruGenitiveLike(String lower) {
        if (RU_BARE_GENITIVE.contains(lower)) {
            return true;
        }
        if (lower.length() < 3 || ruVerbLike(lower)) {
            return false;
        }
        return ruGenitiveEnding(lower);
    }

    /** Ends like a genitive, whatever else it may be: a capitalised word («Закона») is no verb. */
    static boolean ruGenitiveEnding(String lower) {
        if (lower.length() < 3 || RU_NOMINATIVE_ADJECTIVE.stream().anyMatch(lower::endsWith)) {
            return false;
        }
        for (String e : RU_GENITIVE) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    static boolean ruVerbLike(String lower) {
        if (lower.length() < 5) {
            return RU_SHORT_VERB.contains(lower);
        }
        for (String e : RU_VERB) {
            // a short participle ends in -ана, -ена, never -она or -мена, which end nouns («района», «обмена»)
            if (lower.endsWith(e) && !lower.endsWith("ия") && !lower.endsWith("ения") && !lower.endsWith("она")
                    && !lower.endsWith("мена")) {
                return true;
            }
        }
        return false;
    }

    /** Ends as a Kazakh noun with the third person's possessive (кеңесі, жазушысы, қорықтары). */
    static boolean kkPossessive(String lower) {
        return lower.endsWith("ы") || lower.endsWith("і");
    }

    /** The Kazakh case suffix ending the word, if its remainder is at least {@code minStem} long; "" if none. */
    static String kkCase(String lower, int minStem) {
        for (String s : KK_CASE) {
            if (!s.isEmpty() && lower.length() - s.length() >= minStem && lower.endsWith(s)) {
                return s;
            }
        }
        return "";
    }

    /**
     * Words whose ending only looks like a case: adjectives in -ды/-ді that name a kind of theatre or school, not an
     * object or a past verb («сазды драма театры», «көптілді білім беру институты»), «сауда» (trade), no locative («Анкара сауда палатасы»), and
     * «ауданы», a district's possessive, no accusative in «-ны» («Жаңақорған ауданы әкімдігінің»).
     */
    private static final Set<String> KK_NOT_CASES = Set.of("сазды", "дарынды", "көптілді", "сауда", "ауданы");

    private static final Set<String> KK_OBLIQUE = Set.of("ндағы", "ндегі", "менен", "ымен", "імен", "дағы", "дегі",
            "тағы", "тегі", "нда", "нде", "нан", "нен", "дан", "ден", "тан", "тен", "мен", "бен", "пен", "на", "не", "ға",
            "ге", "қа", "ке", "да", "де", "та", "те", "ны", "ні");

    /**
     * A Kazakh word that qualifies the noun after it although its ending would break a name: a locative made an
     * adjective («Өзбекстандағы Төтенше және Өкілетті Елшісі»), or a participle whose object before it has no case
     * («еңбек сіңірген әртісі»; «фильмде ойнаған актриса» is a clause, not a title).
     */
    static boolean kkAttributive(String lower, String before) {
        if (lower.length() <= 5) {
            return false;
        }
        boolean participle = lower.endsWith("ған") || lower.endsWith("ген") || lower.endsWith("қан")
                || lower.endsWith("кен");
        return lower.endsWith("дағы") || lower.endsWith("дегі") || lower.endsWith("тағы") || lower.endsWith("тегі")
                || participle && before != null && kkCase(before, 3).isEmpty();
    }

    /** Kazakh words that end a clause (past verbs) or carry a case other than the genitive cannot sit inside a name. */
    private static final List<String> KK_PLURALS = List.of("лар", "лер", "дар", "дер", "тар", "тер");

    /** The stem of a Kazakh word in the bare plural («депутаттар» → «депутат»), or null if it is none. */
    static String kkPluralStem(String lower) {
        for (String plural : KK_PLURALS) {
            if (lower.endsWith(plural)) {
                return lower.substring(0, lower.length() - plural.length());
            }
        }
        return null;
    }

    private static final Set<String> KK_GENITIVE_LOCATIVE = Set.of("ның", "нің", "дың", "дің", "тың", "тің", "дағы",
            "дегі", "тағы", "тегі", "ндағы", "ндегі");

    private static final java.util.regex.Pattern KK_GENITIVE = java.util.regex.Pattern.compile(".+[нтд][ыі]ң");

    /** «француздың», «Мэннің»: a Kazakh word in the genitive, however short its stem. */
    static boolean kkGenitive(String lower) {
        return KK_GENITIVE.matcher(lower).matches();
    }

    /** «ҚР-ның», «Харьковтағы»: a Kazakh word in the genitive or in the locative of what is there. */
    static boolean kkGenitiveOrLocative(String lower) {
        return KK_GENITIVE_LOCATIVE.contains(kkCase(lower, 2));
    }

    /** A Kazakh word in the bare plural, no case or possessive after it («іс-шаралар», not «театрлары»). */
    static boolean kkBarePlural(String lower) {
        return KK_PLURALS.stream().anyMatch(lower::endsWith);
    }

    private static final Set<String> KK_ABLATIVE = Set.of("дан", "ден", "тан", "тен", "нан", "нен");

    /** A Kazakh word in the ablative, "from" («Монғолиядан»). */
    static boolean kkAblative(String lower) {
        return KK_ABLATIVE.contains(kkCase(lower, 3));
    }

    static boolean kkBreaksName(String lower) {
        // «баспахана», «шеберхана», «кітапхана»: a house of something ends like a dative and is none
        if (lower.length() < 4 || KK_NOT_CASES.contains(lower) || lower.endsWith("хана")) {
            return false;
        }
        return KK_OBLIQUE.contains(kkCase(lower, 3)) || lower.endsWith("ды") || lower.endsWith("ді")
                || lower.endsWith("ған") || lower.endsWith("ген")
                || (lower.endsWith("қан") || lower.endsWith("кен")) && !lower.equals("үлкен"); // жатқан, not "big"
    }
}
