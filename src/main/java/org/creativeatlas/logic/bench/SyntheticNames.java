package org.creativeatlas.logic.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Names and texts that look like the sector's own: Kazakh, Russian and English, with the Kazakh letters
 * (ә ғ қ ң ө ұ ү һ і), some names written in capitals as official registers do, and abbreviations.
 * Deterministic for a given {@link Random}.
 */
final class SyntheticNames {

    private static final List<String> KK_ADJ = List.of("Ұлттық", "Қазақ", "Шығармашылық", "Халықаралық", "Өңірлік",
            "Жастар", "Қазіргі", "Дәстүрлі", "Цифрлық", "Тәуелсіз");
    private static final List<String> KK_FIELD = List.of("өнер", "дизайн", "қолөнер", "музыка", "кино", "сәулет",
            "мұра", "театр", "сән", "медиа", "ойын");
    private static final List<String> KK_NOUN = List.of("орталығы", "академиясы", "қауымдастығы", "университеті",
            "хабы", "қоры", "мұражайы", "одағы", "зертханасы", "үйі");
    private static final List<String> RU_ADJ = List.of("Национальный", "Международный", "Творческий", "Молодёжный",
            "Региональный", "Современный", "Независимый", "Республиканский");
    private static final List<String> RU_NOUN = List.of("центр", "фонд", "союз", "хаб", "институт", "кластер", "музей",
            "колледж");
    private static final List<String> RU_FIELD = List.of("искусств", "дизайна", "ремёсел", "музыки", "кино",
            "архитектуры", "наследия", "театра", "моды", "медиа", "игр");
    private static final List<String> EN_ADJ = List.of("National", "International", "Creative", "Youth", "Regional",
            "Contemporary", "Independent", "Digital");
    private static final List<String> EN_FIELD = List.of("Arts", "Design", "Crafts", "Music", "Film", "Architecture",
            "Heritage", "Theatre", "Fashion", "Media", "Games");
    private static final List<String> EN_NOUN = List.of("Centre", "Foundation", "Union", "Hub", "Institute", "Cluster",
            "Museum", "Lab");
    private static final List<String> EVENTS_KK = List.of("форумы", "фестивалі", "көрмесі", "дөңгелек үстелі",
            "байқауы", "конференциясы");
    private static final List<String> EVENTS_EN = List.of("Forum", "Festival", "Exhibition", "Round Table",
            "Competition", "Conference", "Week");
    private static final List<String> GIVEN = List.of("Айгерим", "Нұрлан", "Әсел", "Ғалым", "Жанар", "Ерлан", "Дәурен",
            "Гүлнар", "Бақыт", "Өмірзақ", "Айдана", "Тимур", "Зарина", "Рустам", "Шахноза", "Фаррух", "Мадина",
            "Азамат");
    private static final List<String> GIVEN_LATIN = List.of("Aigerim", "Nurlan", "Assel", "Galym", "Zhanar", "Yerlan",
            "Dauren", "Gulnar", "Bakyt", "Omirzak", "Aidana", "Timur", "Zarina", "Rustam", "Shakhnoza", "Farrukh",
            "Madina", "Azamat");
    private static final List<String> FAMILY = List.of("Сәрсенбаев", "Нұрғалиев", "Қасымов", "Өтегенов", "Жұмабаев",
            "Исмаилов", "Юсупов", "Рахимов", "Токтогулов", "Абдуллаев", "Ахметов", "Оспанов", "Бекмұханбетов",
            "Құрманов");
    private static final List<String> FAMILY_LATIN = List.of("Sarsenbayev", "Nurgaliyev", "Kassymov", "Otegenov",
            "Zhumabayev", "Ismailov", "Yusupov", "Rakhimov", "Toktogulov", "Abdullayev", "Akhmetov", "Ospanov",
            "Bekmukhanbetov", "Kurmanov");
    private static final List<String> ROLES = List.of("Директор", "Ректор", "Куратор", "Продюсер", "Құрылтайшы",
            "Director", "Researcher", "Curator", "Programme manager", "Designer", "Министр культуры");
    private static final List<String> SENTENCES = List.of(
            "Қазақстанның шығармашылық индустрияларын дамытуға арналған ұлттық бағдарламаның қатысушысы.",
            "Поддерживает молодых дизайнеров и ремесленников через гранты, резиденции и выставки.",
            "Runs courses, residencies and showcases for independent musicians and film-makers.",
            "Жас суретшілер мен қолөнершілерге арналған оқыту бағдарламалары және көрмелер.",
            "Организатор ежегодного форума креативной экономики Центральной Азии.",
            "Partner of the regional network of creative hubs since its foundation.",
            "Ұлттық мұраны цифрландыру және қазіргі өнерді насихаттау жобалары.");

    private final Random random;

    SyntheticNames(Random random) {
        this.random = random;
    }

    /** A Kazakh organisation name, one in ten in capitals, e.g. "ҰЛТТЫҚ ДИЗАЙН ОРТАЛЫҒЫ". */
    String kazakhOrganisation(String city) {
        String name = (random.nextInt(3) == 0 ? city + " " : "") + pick(KK_ADJ) + " " + pick(KK_FIELD) + " "
                + pick(KK_NOUN);
        return random.nextInt(10) == 0 ? name.toUpperCase(Locale.ROOT) : name;
    }

    String russianOrganisation(String city) {
        return pick(RU_ADJ) + " " + pick(RU_NOUN) + " " + pick(RU_FIELD) + " «" + city + "»";
    }

    String englishOrganisation(String city) {
        return city + " " + pick(EN_ADJ) + " " + pick(EN_FIELD) + " " + pick(EN_NOUN);
    }

    /** Initials in capitals, as Kazakh and Russian abbreviations are written (e.g. ҰДО). */
    static String abbreviation(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s«»]+")) {
            if (!word.isEmpty()) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return out.toString();
    }

    /** A person's name in Cyrillic and its Latin spelling, e.g. "Әсел Қасымова" and "Assel Kassymova". */
    List<String> person() {
        int given = random.nextInt(GIVEN.size());
        int family = random.nextInt(FAMILY.size());
        boolean feminine = random.nextBoolean();
        return List.of(GIVEN.get(given) + " " + FAMILY.get(family) + (feminine ? "а" : ""),
                GIVEN_LATIN.get(given) + " " + FAMILY_LATIN.get(family) + (feminine ? "a" : ""));
    }

    String role() {
        return pick(ROLES);
    }

    String kazakhEvent(String city, int year) {
        return city + " " + pick(KK_ADJ).toLowerCase(Locale.ROOT) + " " + pick(KK_FIELD) + " " + pick(EVENTS_KK)
                + " " + year;
    }

    String englishEvent(String city, int year) {
        return "Central Asian " + pick(EN_FIELD) + " " + pick(EVENTS_EN) + " " + city + " " + year;
    }

    /** One or two sentences, or null for about a third of actors. */
    String description() {
        int n = random.nextInt(3);
        return n == 0 ? null : n == 1 ? pick(SENTENCES) : pick(SENTENCES) + " " + pick(SENTENCES);
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
