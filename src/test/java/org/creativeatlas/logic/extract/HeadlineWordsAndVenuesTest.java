package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.named;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * A headline's words never describe the first line's body; a president's office is at home; a consul general named by
 * title alone heads the text's one mission and works there; a nation's community centre abroad; the states of the Union and China's
 * provinces; an exhibition's title opening the next sentence; a head to itself; an event's kind before its title; a
 * foreign ministry's short English name; people listed after a colon; a body's acronym with its eponym; the state after
 * an eponym; a year of a state's culture; a military rank before an eponym; a town in brackets inside a title; a
 * ministry's office in a region; a band in an oblique case; a name in Latin letters in brackets and a second
 * spelling; a foreign name quoted in Latin Kazakh; a festival's country in brackets; someone's words retelling an
 * event; a painter's work; a Latin word typed with a Cyrillic letter; a state whose name ends as an ablative does; an
 * event's kind after "the"; where a sentence says an event was held; a council's sitting.
 */
class HeadlineWordsAndVenuesTest {

    @Test
    void aHeadlinesPlaceDoesNotDescribeTheBodyOpeningTheFirstLine() {
        List<Candidate> found = run("Leading universities of Kyrgyzstan and Russia sign historic agreement\n\n"
                + "Kyrgyz-Russian Slavic University (KRSU) has signed an agreement with the leading universities of the "
                + "Russian Federation – St. Petersburg (SPbPU) and Moscow State Institute of International Relations "
                + "(MGIMO).");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Kyrgyz-Russian Slavic University").country());
    }

    @Test
    void aPresidentsOfficeIsAtHomeNotAStatesOfficeAbroad() {
        List<Candidate> found = run("Solemn and important agreements for KRSU were signed in Bishkek.\n\nIgor Maslov, Chief "
                + "of the Russian President's Office for Cultural and Interregional Relations with Foreign Countries:\n\n"
                + "– The signing of the agreement is the result of a long and detailed negotiation process aimed at "
                + "strengthening relations between Kyrgyzstan and Russia in the field of education and science.");
        Candidate office = found.stream().filter(c -> c.name().startsWith("Russian President's Office")).findFirst()
                .orElseThrow();
        assertEquals("RU", office.country());
    }

    private static final String CHICAGO = "First ethnocultural exhibition of Kyrgyzstan opened in Chicago\n\nThe first "
            + "ethnocultural exhibition of Kyrgyzstan opened in Chicago. The press service of the Ministry of Foreign "
            + "Affairs reported.\n\n«The event attracted the attention of both representatives of the Kyrgyz diaspora in "
            + "the United States and all lovers of culture and art,» the ministry noted.\n\nConsul General Bolotbek "
            + "Borbiev told that in the future the exhibition will become a museum that will glorify the rich culture and "
            + "history of the Kyrgyz people for the younger generation in the United States.\n\nThe event was organized "
            + "by the Kyrgyz public association Kyrgyz Community Center with the support of the Consulate General of "
            + "Kyrgyzstan in Chicago.";

    @Test
    void aConsulGeneralNamedByTitleAloneHeadsTheTextsOneMission() {
        Candidate consul = find(run(CHICAGO), ActorType.PERSON, "Bolotbek Borbiev");
        assertEquals("KG", consul.country());
        assertEquals("Consulate General of Kyrgyzstan in Chicago", consul.affiliation());
    }

    @Test
    void aNationsCommunityCentreGathersItsPeopleAbroad() {
        assertEquals("US", find(run(CHICAGO), ActorType.ORGANISATION, "Kyrgyz Community Center").country());
    }

    @Test
    void aStateOfTheUnionInAUniversitysNamePlacesIt() {
        List<Candidate> found = run("Kazakhstan Advances Research Partnership with American, South Korean Universities\n\n"
                + "ASTANA – Kazakhstan signed major agreements with leading U.S. universities to launch three new research "
                + "projects and expand partnerships. During a working visit to the United States, Kazakh Minister of "
                + "Science and Higher Education Sayasat Nurbek announced that Arizona State University will open a second "
                + "branch at Mukhtar Auezov South Kazakhstan University in 2026.\n\nA new technical university is also "
                + "being planned in Zhezkazgan with the Colorado School of Mines and Kazakhmys Corporation, reported "
                + "Kazinform on April 24.");
        assertEquals("US", find(found, ActorType.ORGANISATION, "Arizona State University").country());
        assertEquals("US", find(found, ActorType.ORGANISATION, "Colorado School of Mines").country());
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Mukhtar Auezov South Kazakhstan University").country());
    }

    private static final String DELHI = "Indo-Uzbekistan joint exhibition inaugurated at National Museum\n\nNew Delhi, "
            + "Sep 25 : An exhibition dedicated to the upcoming state visit of Uzbekistan President Shavkat Mirziyoyev to "
            + "India was inaugurated at National Museum here on Tuesday.\n\nTitled \"India - Uzbekistan: Dialogue of "
            + "Cultures\", it was inaugurated by Arun Goel, Secretary, Ministry of Culture.\n\nGoel said the exhibition "
            + "is \"a beginning of several things to come\" in the near future. He said that \"people to people contact "
            + "makes Government to Government contact\" easier and that joint exhibitions like this would go a long way "
            + "in establishing \"strong bilateral ties\".";

    @Test
    void aSentenceOpeningWithTheTitleOfTheExhibitionNamedBeforeNamesIt() {
        assertTrue(has(run(DELHI), ActorType.EVENT, "India - Uzbekistan: Dialogue of Cultures"));
    }

    @Test
    void aHeadToItselfIsAMannerNotAName() {
        List<Candidate> found = run(DELHI);
        assertFalse(named(found, "Government to Government"), names(found).toString());
    }

    @Test
    void anEventsKindBeforeItsTitleIsNoNameOfItsOwn() {
        List<Candidate> found = run("On December 4, an Online International Scientific Conference entitled “Neutral "
                + "Turkmenistan UNESCO: International Cooperation in the Fields of History and Culture” was held in the "
                + "capital.Co-organized by the Magtymguly Institute of Language, Literature and National Manuscripts, the "
                + "forum aimed to recognize the importance of the status of neutrality.\n\nThe Oguzkhan University of "
                + "Engineering Technologies hosted the International Conference’s opening ceremony.");
        assertTrue(has(found, ActorType.EVENT, "Neutral Turkmenistan UNESCO: International Cooperation in the Fields of "
                + "History and Culture"), names(found).toString());
        assertFalse(has(found, ActorType.EVENT, "International Scientific Conference"), names(found).toString());
        assertFalse(has(found, ActorType.EVENT, "International Conference"), names(found).toString());
    }

    @Test
    void aStatesForeignMinistryByItsEnglishShortName() {
        List<Candidate> found = run("ASTANA. KAZINFORM On May 25, the Embassy of Kazakhstan in Vienna held an Open Day "
                + "amid the 25th Anniversary of Kazakhstan and Austria diplomatic relations, Kazakh MFA press-service "
                + "reports.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Kazakh MFA").country());
    }

    private static final String TASHKENT = "ТАШКЕНТ, 26 сен — Sputnik. В Ташкенте выступили ведущие солисты России. "
            + "Благотворительный концерт под названием \"По страницам любимых опер и оперетт\" прошел сегодня на сцене ГАБТ "
            + "имени А. Навои, сообщает корреспондент Sputnik.\nВ программе концерта прозвучали фрагменты из оперы "
            + "\"Кармен\", \"Ромео и Джульетта\", \"Турандот\", \"Сицилийская вечерня\" в исполнении лучших голосов "
            + "российской оперы: Ивана Гынгазова, Венеры Гимадиевой, Полины Шамаевой, а также народного артиста "
            + "Узбекистана Рамиза Усманова и других.";

    @Test
    void thePeopleListedAfterAColonAreOfTheNationBeforeIt() {
        List<Candidate> found = run(TASHKENT);
        assertEquals("RU", find(found, ActorType.PERSON, "Полины Шамаевой").country());
        assertEquals("UZ", find(found, ActorType.PERSON, "Рамиз Усманов").country());
    }

    @Test
    void aBodysAcronymWithItsEponymIsABody() {
        assertEquals("UZ", find(run(TASHKENT), ActorType.ORGANISATION, "ГАБТ имени А. Навои").country());
    }

    private static final String XIAN = "В китайском Сиане прошел концерт туркменских деятелей культуры\n\nВ рамках Года "
            + "культуры Туркменистана в Китае 11 апреля в городе Сиань провинции Шэньси на северо-западе Китая прошел "
            + "концерт с участием туркменских деятелей искусств.\n\nВице-премьер правительства провинции Шэньси Сюй Минфэй "
            + "сообщил, что данное мероприятие можно рассматривать как новую отправную точку для расширения практического "
            + "сотрудничества с Туркменистаном.\n\nРуководитель Национального музыкально-драматического театра имени "
            + "Махтумкули Туркменистана Мырат Арадов отметил, что культурные связи между Туркменистаном и Китаем постоянно "
            + "углубляются.";

    @Test
    void aChineseProvincesGovernmentIsChinas() {
        assertEquals("CN", find(run(XIAN), ActorType.PERSON, "Сюй Минфэй").country());
    }

    @Test
    void theStateAfterAnEponymClosesTheBodysName() {
        assertEquals("TM", find(run(XIAN), ActorType.ORGANISATION,
                "Национальный музыкально-драматический театр имени Махтумкули Туркменистана").country());
    }

    @Test
    void aStatesYearOfCultureIsAnEvent() {
        assertEquals("CN", find(run(XIAN), ActorType.EVENT, "Год культуры Туркменистана в Китае").country());
    }

    private static final String ASTRAKHAN = "Сегодня в Каспийском институте морского и речного транспорта имени "
            + "генерал-адмирала Ф.М. Апраксина прошло музыкально-культурное мероприятие, посвящённое 34-й годовщине "
            + "Независимости Туркменистана.\n\nВ торжестве приняли участие Консул Туркменистана в Российской Федерации (г. "
            + "Астрахань) Гадам Иламанов, представители Министерства внешних связей Астраханской области, руководство "
            + "Представительства МИД России в Астраханской области, преподаватели и студенты института.";

    @Test
    void aMilitaryRankBeforeAnEponymStaysInTheName() {
        List<Candidate> found = run(ASTRAKHAN);
        assertTrue(has(found, ActorType.ORGANISATION, "Каспийский институт морского и речного транспорта имени "
                + "генерал-адмирала Ф.М. Апраксина"), names(found).toString());
        assertFalse(has(found, ActorType.PERSON, "Ф.М. Апраксина"), names(found).toString());
    }

    @Test
    void aTownInBracketsInsideATitleKeepsTheTitle() {
        Candidate consul = find(run(ASTRAKHAN), ActorType.PERSON, "Гадам Иламанов");
        assertEquals("TM", consul.country());
        assertEquals("Консул Туркменистана в Российской Федерации (г. Астрахань)", consul.role());
    }

    @Test
    void aMinistrysOfficeInARegionIsAtHome() {
        List<Candidate> found = run(ASTRAKHAN + "\n\nВыступая перед собравшимися, Консул Гадам Иламанов подчеркнул "
                + "значение Независимости для Туркменистана.");
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Представительство МИД России").country());
        assertEquals(null, find(found, ActorType.PERSON, "Гадам Иламанов").affiliation());
    }

    @Test
    void aBandInAnotherCaseKeepsItsKindInTheNominative() {
        List<Candidate> found = run(" date 2025-12-13\nВ Посольстве Венгрии в Бишкеке 12 декабря открылась выставка "
                + "работ международной творческой группы «Суйунчу».");
        assertTrue(has(found, ActorType.ORGANISATION, "Международная творческая группа «Суйунчу»"), names(found).toString());
    }

    @Test
    void aNameInLatinLettersInBracketsAndASecondSpellingAreOnePerson() {
        List<Candidate> found = run("18 апреля в  Берлине в здании МИД прошла лекция ректора Казахстанско-Немецкого "
                + "университета в Алматы профессора Йоханна Герлаха (Johann W. Gerlach). Эта встреча была организована "
                + "Казахстанско-немецким общественным объединением в Берлине.\n\nПрофессор Йохан Герлах, правовед по "
                + "образованию, перед тем как возглавить Казахстанско-Немецкий университет в Алматы, долгое время проработал "
                + "на руководящих постах в Свободном университете в Берлине.");
        assertEquals(1, found.stream().filter(c -> c.type() == ActorType.PERSON).count(), names(found).toString());
    }

    private static final String SCREENINGS = "Bul joba buǵan deıin de halyqaralyq deńgeıde baǵalanǵan. Týyndynyń Pýsan "
            + "halyqaralyq kınofestıvalinde álemdik premerasy, Týrın kınofestıvalinde eýropalyq premerasy ótti, «Bastaý» "
            + "festıvalinde (Qazaqstan) «Úzdik debıýt» júldesin aldy, Tegerandaǵy «Cinema Verite» festıvalinde «Úzdik "
            + "fılm» Gran-prıin ıelendi. Sondaı-aq «Bolzano Film Festival Bozen» (Italııa) jáne «ORAI Festival» (Abaı, "
            + "Qazaqstan) arnaıy kórsetilimderine usynyldy.";

    @Test
    void aForeignNameQuotedInLatinKazakhKeepsItsOwnWords() {
        List<Candidate> found = run(SCREENINGS);
        assertEquals("IT", find(found, ActorType.EVENT, "Bolzano Film Festival").country());
        assertTrue(has(found, ActorType.EVENT, "ORAI Festival"), names(found).toString());
    }

    @Test
    void aFestivalsCountryInBracketsAfterItsNamePlacesIt() {
        assertEquals("KZ", find(run(SCREENINGS), ActorType.EVENT, "«Bastaý» festıvali").country());
    }

    @Test
    void someonesWordsRetellingTheEventNameNoEvent() {
        List<Candidate> found = run("Астанада ШҚО симфониялық оркестрінің концерті өтті\n\n«Классикалық музыка кеші» "
                + "концерті «Астана балет» театрында өтті.\n\n«Бүгін елорда орталығында бірегей классикалық музыка кеші "
                + "өтті. Онда Шығыс Қазақстан облысының еңбек сіңірген қайраткерлері өздерінің барлық шеберліктерін "
                + "көрсетті», - деді Шығыс Қазақстан облысы әкімінің бірінші орынбасары Нұрымбет Сақтағанов.");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Бүгін")), names(found).toString());
    }

    @Test
    void theTitleOfAPaintersWorkNamesNoEvent() {
        List<Candidate> found = run("The canvases, including portraits and landscapes, reflect the social life of "
                + "Tajikistan. This exhibition is a continuation of the painter’s work entitled “Black and White.”");
        assertFalse(named(found, "Black and White"), names(found).toString());
    }

    @Test
    void aLatinNameTypedWithACyrillicLetterIsReadInLatin() {
        // the page has "Tipp" and a Cyrillic «е»
        List<Candidate> found = run("Signing of the consortium agreement\n\nThe participants were the universities "
                + "Technische Hochschule Wildau and Hochschule Zittau/Görlitz. President of TH Wildau, prof. Tipp\u0435, "
                + "Rectos prof. Albrecht (HS Zittau/Görlitz, Professor Heinemann (HS Schmalkalden) signed it.");
        assertTrue(has(found, ActorType.PERSON, "Tippe"), names(found).toString());
    }

    @Test
    void aStateWhoseNameEndsAsAnAblativeIsNoPlaceSomeoneCameFrom() {
        List<Candidate> found = run("Татарстан Қазақстанмен ғылыми және білім беру ынтымақтастығын дамытуға мүдделі\n"
                + "Қазақстанның Қазандағы Бас консулы Ерлан Ысқақов пен Әл-Фараби атындағы Қазақ ұлттық университетінің "
                + "ректоры Жансейіт Түймебаев Татарстан Раисі Рустам Миннихановпен кездесті.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Жансейіт Түймебаев").country());
    }

    @Test
    void anEventIsWhereItsSentenceSaysItWasHeld() {
        List<Candidate> found = run("China hosts ‘Tajikistan and the Silk Road Photo Exhibition’\n\nDushanbe A photo "
                + "exhibition called \"Tajikistan and the Silk Road,\" which was timed to coincide with the 27th anniversary "
                + "of the establishment of diplomatic relations between Tajikistan and China, was held on Sunday in the "
                + "Chinese city of Xi'an, Shaanxi Province.\n\nThe exhibition was organized at the initiative of the "
                + "Embassy of Tajikistan in China.");
        assertEquals("CN", find(found, ActorType.EVENT, "Tajikistan and the Silk Road").country());
    }

    @Test
    void aBodysSittingThatWasHeldIsAnEvent() {
        List<Candidate> found = run("On December 18-19, the Council of National Museums of Central Asia was held in "
                + "Tashkent in cooperation with the Center for the Preservation of Cultural Heritage of the University of "
                + "Chicago, USA.");
        assertTrue(has(found, ActorType.EVENT, "Council of National Museums of Central Asia"), names(found).toString());
    }
}
