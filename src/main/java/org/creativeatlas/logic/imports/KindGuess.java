package org.creativeatlas.logic.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creativeatlas.model.ActorType;
import org.creativeatlas.model.TextFold;

/**
 * A first guess at an actor's kind from the generic words of its name (университет, festival, көрме), in English,
 * Russian and Kazakh; the reviewer corrects it. Kinds are tried in order, so a ministry's museum department stays
 * government. Stems match at the start of a word, so Kazakh and Russian endings (паркі, университетінің) are
 * covered. No match gives null: better empty than wrong.
 */
final class KindGuess {

    private static final Map<ActorType, Map<String, List<String>>> STEMS = Map.of(
            ActorType.ORGANISATION, ordered(
                    "government", List.of("ministr", "министер", "министрлі", "akimat", "акимат", "әкімдік",
                            "әкімшілі", "department", "департамент", "committee", "комитет", "government",
                            "правительств", "үкімет", "mayor", "мэри"),
                    "university", List.of("universit", "университет", "academy", "академи", "institute", "институт",
                            "college", "колледж", "conservator", "консерватор", "school", "школ", "мектеб", "мектеп"),
                    "association", List.of("association", "ассоциац", "қауымдаст", "union", "союз", "одағ",
                            "federation", "федерац", "alliance", "альянс", "chamber", "палата"),
                    "museum", List.of("museum", "музей", "мұражай", "gallery", "галере"),
                    "media", List.of("media", "медиа", "tv", "тв", "news", "новост", "газет", "radio", "радио",
                            "journal", "журнал"),
                    "international", List.of("unesco", "юнеско", "international", "междунар", "халықаралық"),
                    "ngo", List.of("foundation", "fund", "фонд", "қоры", "қор", "ngo", "нко", "үеұ"),
                    "company", List.of("company", "компани", "group", "групп", "llc", "ltd", "тоо", "жшс", "studio",
                            "студи", "corporation", "корпорац"),
                    "creative_hub", List.of("hub", "хаб", "park", "парк", "cluster", "кластер", "coworking",
                            "коворкинг")),
            ActorType.PLATFORM, ordered(
                    "accelerator", List.of("accelerat", "акселерат", "incubat", "инкубат"),
                    "online_course", List.of("course", "курс", "mooc"),
                    "network_of_centres", List.of("network", "сеть", "желі"),
                    "portal", List.of("portal", "портал", "platform", "платформ"),
                    "hub_programme", List.of("programme", "program", "программ", "бағдарлам"),
                    "offline_venue", List.of("centre", "center", "центр", "орталығ", "space", "пространств",
                            "library", "библиотек", "кітапхан"),
                    "informal_learning", List.of("club", "клуб", "circle", "кружок")),
            ActorType.EVENT, ordered(
                    "round_table", List.of("round table", "roundtable", "круглый стол", "круглого стола",
                            "дөңгелек үстел"),
                    "conference", List.of("conferen", "конферен", "summit", "саммит", "congress", "конгресс"),
                    "festival", List.of("festival", "фестивал", "week", "недел", "апталығ"),
                    "forum", List.of("forum", "форум"),
                    "exhibition", List.of("exhibition", "expo", "выставк", "экспо", "көрме", "fair", "ярмарк"),
                    "training", List.of("training", "тренинг", "workshop", "воркшоп", "семинар", "seminar",
                            "master class", "мастер-класс", "bootcamp", "school", "школ"),
                    "visit", List.of("visit", "визит", "сапар"),
                    "competition", List.of("competition", "contest", "award", "hackathon", "хакатон", "конкурс",
                            "премия", "байқау", "сайыс")));

    private static final int SHORT = 3;

    private KindGuess() {
    }

    /** The kind code the name suggests for an actor of the type, or null. */
    static String of(ActorType type, String name) {
        String folded = " " + TextFold.fold(name).replaceAll("[^\\p{L}\\p{Nd}-]+", " ") + " ";
        for (Map.Entry<String, List<String>> kind : STEMS.getOrDefault(type, Map.of()).entrySet()) {
            for (String stem : kind.getValue()) {
                // a short stem only as a whole word: "тв" must not find "творческий"
                if (folded.contains(stem.length() <= SHORT ? " " + stem + " " : " " + stem)) {
                    return kind.getKey();
                }
            }
        }
        return null;
    }

    /** Kinds in the order they are tried. */
    private static Map<String, List<String>> ordered(Object... kindsAndStems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < kindsAndStems.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> stems = (List<String>) kindsAndStems[i + 1];
            out.put((String) kindsAndStems[i], stems);
        }
        return out;
    }
}
