package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Short and long forms of a body meet through the merge keys whichever comes first and however long the name. */
class MentionMergerTest {

    @Test
    void twoMissionsOfTheSameStatesEachInTheOthersAreTwoBodies() {
        assertEquals(List.of(1, 1), sizes("Embassy of the Republic of Tajikistan in Japan",
                "Embassy of Japan in the Republic of Tajikistan"));
        assertEquals(List.of(1, 1), sizes("Embassy of Japan in the Republic of Tajikistan",
                "Embassy of the Republic of Tajikistan in Japan"));
        // Tajik National University, on its delegation to Japan
        List<Candidate> found = ExtractorFixture.run("The Embassy of the Republic of Tajikistan in Japan has been "
                + "operating since November 28, 2007. The Embassy of Japan in the Republic of Tajikistan – since "
                + "January 26, 2002.");
        ExtractorFixture.find(found, ActorType.ORGANISATION, "Embassy of Japan in the Republic of Tajikistan");
        ExtractorFixture.find(found, ActorType.ORGANISATION, "Embassy of the Republic of Tajikistan in Japan");
    }

    @Test
    void aBodyNamedAfterSomeoneIsOneWhetherTheirFirstNameIsWrittenOrItsInitial() {
        assertEquals(List.of(2), sizes("Киргизский национальный музей изобразительных искусств им. Гапара Айтиева",
                "Киргизский национальный музей изобразительных искусств им. Г. Айтиева"));
        assertEquals(List.of(1, 1), sizes("Музей им. Гапара Айтиева", "Музей им. Абая Айтиева"));
        // the Russian decorative art exhibition at the museum in Bishkek, 2017
        List<Candidate> found = ExtractorFixture.run("31 июля 2017 г. в Киргизском национальном музее "
                + "изобразительных искусств им. Гапара Айтиева открылась выставка «Декоративно-прикладное искусство "
                + "России. Авторские работы. XX – XXI век».\nНа торжественном открытии выставки с приветствиями "
                + "выступили Чрезвычайный и Полномочный Посол Российской Федерации в Киргизской Республике Андрей "
                + "Крутько, директор Киргизского национального музея изобразительных искусств им. Г. Айтиева  "
                + "Юристанбек Шыгаев, главный советник Всероссийского музея декоративно-прикладного и народного "
                + "искусства Галина Андреева.");
        assertEquals(1, found.stream().filter(c -> c.name().startsWith("Киргизский национальный музей")).count());
    }

    @Test
    void aPersonIsShownByTheNominativeNotByALongerDeclinedForm() {
        // a Moscow university's conference for Alykul Osmonov's centenary: the headline declines his name
        List<Candidate> found = ExtractorFixture.run("В московском вузе пройдет конференция к юбилею Алыкула Осмонова\n\n"
                + "Международная конференция, посвященная столетию со дня рождения известного кыргызского поэта, "
                + "драматурга и переводчика Алыкула Осмонова пройдет в 2015 году в Московском государственном "
                + "лингвистическом университете.");
        ExtractorFixture.find(found, ActorType.PERSON, "Алыкул Осмонов");
        assertEquals(0, found.stream().filter(c -> c.name().equals("Алыкула Осмонова")).count());
    }

    @Test
    void aShortFormJoinsItsLongFormWhicheverComesFirst() {
        assertEquals(List.of(2), sizes("Ministry of Economy", "Ministry of National Economy of Kazakhstan"));
        assertEquals(List.of(2), sizes("Ministry of National Economy of Kazakhstan", "Ministry of Economy"));
        assertEquals(List.of(2), sizes("Union of Designers", "Almaty Union of Designers"));
    }

    @Test
    void aNameOfManyWordsStillMeetsItsShortForms() {
        String longName = "Association of Cinema Theatre Music Dance Design Fashion Crafts Games and Media Producers";
        assertEquals(List.of(3), sizes(longName, "Association of Games", "Media Producers"));
        assertEquals(List.of(2), sizes("Association of Games", longName));
        assertEquals(List.of(2), sizes("Media Producers", longName));
    }

    @Test
    void bodiesSharingOnlyTheirHeadWordStayApart() {
        assertEquals(List.of(1, 1), sizes("Ministry of Culture", "Ministry of Economy"));
        assertEquals(List.of(1, 1), sizes("Ministry of Culture and Sport", "Ministry of Culture and Information"));
        assertEquals(List.of(1, 1), sizes("Almaty Film Festival", "Almaty Music Festival"));
    }

    @Test
    void theBodyAnotherIsAttachedToIsNotItsShortForm() {
        String agency = "Агентство культурного наследия при Министерстве туризма и культурного наследия";
        assertEquals(List.of(1, 2), sizes(agency, "Министерство туризма и культурного наследия",
                "Министерство туризма и культурного наследия Республики Узбекистан"));
    }

    /** The group sizes, in the order the groups are made, of these names as far-apart organisation mentions. */
    private static List<Integer> sizes(String... names) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            mentions.add(new Mention(ActorType.ORGANISATION, names[i], i * 100, i * 100 + 20, 1));
        }
        return MentionMerger.merge(mentions).stream().map(g -> g.mentions.size()).toList();
    }

    @Test
    void aBodyIsNotTheShortFormOfItsOwnPart() {
        // Kazinform, on an exhibition at the National Museum in Astana
        var found = ExtractorFixture.run("Exhibition of contemporary art to be unveiled at National Museum\n\n"
                + "The exhibition will open at the National Museum of the Republic of Kazakhstan today. Head of the "
                + "Contemporary Art Center of the National Museum Roza Abenova said so at a press briefing.");
        ExtractorFixture.find(found, ActorType.ORGANISATION, "National Museum of the Republic of Kazakhstan");
        ExtractorFixture.find(found, ActorType.ORGANISATION, "Contemporary Art Center of the National Museum");
        // Kabar, on days of Kyrgyz cinema in Astana: the committee is named with its ministry in the genitive
        found = ExtractorFixture.run("В Астане 29 января 2026 года посольство Кыргызской Республики в Казахстане "
                + "совместно с Министерством культуры и информации РК открыло Дни кыргызского кино. С казахстанской "
                + "стороны с приветственным словом выступил заместитель председателя Комитета культуры Министерства "
                + "культуры и информации РК Сабит Барлыбаев, подчеркнув значимость культурного обмена и "
                + "профессиональный уровень кыргызских кинематографистов.");
        ExtractorFixture.find(found, ActorType.ORGANISATION, "Министерство культуры и информации РК");
        ExtractorFixture.find(found, ActorType.ORGANISATION, "Комитет культуры Министерства культуры и информации РК");
    }

    @Test
    void aNameWrittenWithAndWithoutACircumflexIsOneActor() {
        // the Aga Khan Development Network, on Central Asian music at the Louvre
        List<Candidate> found = ExtractorFixture.run(
                "Music of Central Asia at the Louvre: Alim and Fargana Qasimov, Tengir-Too and The Academy of "
                + "Maqam to perform\n\nGeneva, Switzerland, 31 March 2008 – Musicians from Azerbaijan, Kyrgyzstan "
                + "and Tajikistan supported by the Aga Khan Music Initiative in Central Asia will be performing at "
                + "the Louvre Auditorium on the 5, 6 and 13th of April.\n\nSpiritual music from Azerbaijan will be "
                + "performed by the world-renowned Alim and Fargana Qasimov on Saturday, 5 April 2008 at 2030, in "
                + "the Louvre’s Auditorium. Music rooted in the nomadic traditions of the Tien Shan (“Celestial "
                + "Mountains”) of the Kyrgyz Republic will be performed by Tengir-Too on Sunday, 6 April 2008 at "
                + "1730, in the Auditorium. Dushanbe-based Academy of Maqâm will perform traditional instrumental "
                + "pieces, lyrical songs and contemplative poetry that are bound together in a vast, yet "
                + "integrated artistic conception of great refinement and beauty. They will perform on Sunday, 13 "
                + "April at 1700, also in the Auditorium.");
        List<Candidate> academies = found.stream().filter(c -> c.name().startsWith("Academy of Maq")).toList();
        assertEquals(1, academies.size(), academies.toString());
        assertEquals("TJ", academies.get(0).country());
    }
}
