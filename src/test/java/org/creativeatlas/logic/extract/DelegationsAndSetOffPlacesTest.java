package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * A delegation of a body named in the Kazakh genitive, Tatarstan's Rais, a title set off before "Mr.", a page that lost
 * its apostrophes, the kind of a body before its name, a state set off after a body's name, a body said to have
 * opened in a town, a body's head inside an event's title, a headline's verb after a name, and a centre of a nation's
 * language in lower case, a festival of an art that other names have as a head, a kurultai, and a legal form before a
 * quoted name with a head of its own, Osh in its cases and the United States in the genitive.
 */
class DelegationsAndSetOffPlacesTest {

    private static final String RUDAKI = "The Poet of Poets Rudaki Turns 1150\n\nOn June 4, a host of festive events "
            + "were devoted to the anniversary of Abu Abdullah Rudaki, the founder of Tajik-Persian classical literature. "
            + "A scientific conference commemorating the date was held at the Central House of Writers. It was organized "
            + "by the Embassy of Tajikistan, institutes of the Russian Academy of Sciences (RAN) based in Moscow and St. "
            + "Petersburg, the International Community of Writers Unions and the Union of Russias Writers.\n\nThen, a "
            + "festive evening, among the organizers of which was also the All-Russia public organization Union of "
            + "Tajiks in Russia, took place. Addressing the ambassadors of CIS countries, Tajikistans Ambassador A.S. "
            + "Dostiyev informed the audience that the 1150th anniversary of the great poet Rudaki is celebrated "
            + "worldwide under a UNESCO decision.";

    @Test
    void theMembersOfABodysDelegationNamedInTheGenitiveAreOfItsState() {
        List<Candidate> found = run("7 маусымда Қазақстан Республикасының Ұлттық кітапханасына Біріккен Араб "
                + "Әмірліктерінің Ұлттық кітапханасы мен мұрағатының делегациясы құрамында: бас директор (Министрдің "
                + "орынбасары дәрежесімен) Абдулла Маджид Әл Али мырза, Президенттік мұрағат басқармасының басшысы Фатима "
                + "Мұхаммад әл-Мухайри ханым, баспа бөлімінің меңгерушісі Фатима Әли әл-Дармаки ханым, коммуникациялар "
                + "бөлімінің басшысы Мұхаммед Әли әл-Мазки әл-Шамси сыпайылық сапармен келді.");
        assertEquals("AE", find(found, ActorType.PERSON, "Фатима Әли әл-Дармаки").country());
        assertEquals("AE", find(found, ActorType.PERSON, "Мұхаммед Әли әл-Мазки әл-Шамси").country());
    }

    @Test
    void tatarstansRaisIsATitle() {
        List<Candidate> found = run("Татарстан Қазақстанмен ғылыми және білім беру ынтымақтастығын дамытуға мүдделі\n"
                + "Қазақстанның Қазандағы Бас консулы Ерлан Ысқақов пен Әл-Фараби атындағы Қазақ ұлттық университетінің "
                + "ректоры Жансейіт Түймебаев Татарстан Раисі Рустам Миннихановпен кездесті.");
        Candidate rais = find(found, ActorType.PERSON, "Рустам Минниханов");
        assertEquals("RU", rais.country());
        assertEquals("Татарстан Раисі", rais.role());
    }

    @Test
    void aTitleSetOffBeforeAFormOfAddressIsTheNextPersons() {
        List<Candidate> found = run("Signing of the consortium agreement\n\nThe participants welcomed the Commissioner "
                + "of the Ministry of Foreign Affairs on foreign policy in the field of science, education, research and "
                + "culture, Mr. Cecere, Ambassador of the Republic of Kazakhstan, Mr. Karimov, Head of the Department of "
                + "transnational education and cooperation programmes of the German Academic Exchange Service (DAAD) Mr. "
                + "Geifes and Project Manager DKU Mr. Höller.");
        Candidate karimov = find(found, ActorType.PERSON, "Mr. Karimov");
        assertEquals("Ambassador of the Republic of Kazakhstan", karimov.role());
        assertEquals("KZ", karimov.country());
    }

    @Test
    void aPageThatLostItsApostrophesStillNamesWhoseAmbassadorAndUnion() {
        List<Candidate> found = run(RUDAKI);
        Candidate ambassador = find(found, ActorType.PERSON, "A.S. Dostiyev");
        assertEquals("TJ", ambassador.country());
        assertEquals("Tajikistans Ambassador", ambassador.role());
        assertTrue(has(found, ActorType.ORGANISATION, "Union of Russias Writers"), names(found).toString());
        assertTrue(has(found, ActorType.ORGANISATION, "Union of Tajiks in Russia"), names(found).toString());
    }

    @Test
    void aBodysKindBeforeItsNameAndAHeadlinesVerbNameNoActor() {
        List<Candidate> found = run(RUDAKI);
        assertFalse(has(found, ActorType.ORGANISATION, "All-Russia public organization"), names(found).toString());
        assertTrue(found.stream().noneMatch(c -> c.name().contains("Turns")), names(found).toString());
    }

    @Test
    void aStateSetOffAfterABodysNameIsWhereItIs() {
        List<Candidate> found = run("Cooperation with the Center for the Preservation of Cultural Heritage of the "
                + "University of Chicago, USA\n\nOn December 18-19, the Council of National Museums of Central Asia was "
                + "held in Tashkent in cooperation with the Center for the Preservation of Cultural Heritage of the "
                + "University of Chicago, USA. At this event, the Vice-President of the Academy of Sciences of "
                + "Uzbekistan, Doctor of History, Professor B. Abduhalimov, the official of the US Embassy in Uzbekistan, "
                + "Sara Talalay, the head of the project, Professor Gil Stein and his team, representatives of the "
                + "National Museums of Kazakhstan, Kyrgyzstan, Tajikistan and A delegation led by the director of the "
                + "State Museum of History of Uzbekistan took part.");
        assertEquals("US", find(found, ActorType.ORGANISATION,
                "Center for the Preservation of Cultural Heritage of the University of Chicago").country());
    }

    @Test
    void aNationsInstituteThatOpenedInAlmatyIsInKazakhstan() {
        List<Candidate> found = run("ASTANA – The Italian-Kazakh Cultural Center for Creative Industry will be opened "
                + "in Kazakhstan this year, said Ambassador of Italy to Kazakhstan Marco Alberti during a Jan. 10 meeting "
                + "with Kazakh Minister of Culture and Information Aida Balayeva.\n\nIn turn, Alberti reiterated that the "
                + "first Italian Cultural Institute of Central Asia opened in Almaty last year.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Italian Cultural Institute of Central Asia").country());
    }

    @Test
    void aMuseumInAForumsTitleIsNoBody() {
        List<Candidate> found = run("В Иссык-Кульской области пройдет первый Национальный музейный форум\nБишкек, "
                + "07.09.21./Кабар/. В Иссык-Кульской области в рамках празднования 30-летия независимости Кыргызстана "
                + "с 8 по 11 сентября пройдет первый Национальный музейный форум «Устойчивый музей – драйвер развития "
                + "регионов», сообщают в Министерстве культуры, информации, спорта и молодежной политики КР.");
        assertFalse(has(found, ActorType.ORGANISATION, "Устойчивый музей"), names(found).toString());
        assertTrue(found.stream().anyMatch(c -> c.type() == ActorType.EVENT && c.name().contains("Устойчивый музей")),
                names(found).toString());
    }

    @Test
    void aCentreOfANationsLanguageIsABodyThoughInLowerCase() {
        List<Candidate> found = run("Chinese centre at Naryn\n\nBISHKEK, June 20 (Xinhua) -- A Chinese language and "
                + "culture center was launched at Naryn State University of Kyrgyzstan, the Chinese embassy in the "
                + "country said Monday.\n\nBISHKEK, (APP - UrduPoint / Pakistan Point News - 23rd Nov, 2023) -- The "
                + "opening ceremony of the renovated center of Chinese language and culture at Kyrgyz-Russian Slavic "
                + "University (KRSU) .");
        assertTrue(has(found, ActorType.ORGANISATION, "Chinese language and culture center"), names(found).toString());
        assertTrue(has(found, ActorType.ORGANISATION, "center of Chinese language and culture"),
                names(found).toString());
    }

    @Test
    void aFestivalOfOperettaAndMusicalTheatreIsOneName() {
        List<Candidate> found = run(" date 2025-09-23\nA delegation of the Tajik theatre is on a working visit to "
                + "Kazakhstan now.\n\nLeading soloists of the Tajik Opera, Maria Mirzoeva and Manuchehr Rakhmonov, "
                + "performed at the 14th DosStar Open Festival of Operetta and Musical Theatre, which brought together "
                + "artistes from Russia, Hungary, Uzbekistan and Azerbaijan.");
        assertTrue(has(found, ActorType.EVENT, "DosStar Open Festival of Operetta and Musical Theatre"),
                names(found).toString());
        assertFalse(has(found, ActorType.ORGANISATION, "Musical Theatre"), names(found).toString());
    }

    @Test
    void aKurultaiIsAnEventAndALegalFormBeforeAQuotedFoundationIsPartOfItsName() {
        List<Candidate> found = run("May 26-28, 2023, employees of the Institute, researchers of the Kazakh diaspora - "
                + "Botagoz Rakisheva, Gulden Ashkenova and Ainur Mazhitova took part in the Kurultai of Kazakhs of "
                + "Europe, held in Cologne (Germany). The organizer was the Kazakh Cultural Center in Cologne with the "
                + "support of NJSC “Otandastar Foundation” and the Embassy of Kazakhstan in Germany.");
        assertTrue(has(found, ActorType.EVENT, "Kurultai of Kazakhs of Europe"), names(found).toString());
        assertTrue(has(found, ActorType.ORGANISATION, "NJSC “Otandastar Foundation”"), names(found).toString());
        assertFalse(has(found, ActorType.ORGANISATION, "NJSC"), names(found).toString());
    }

    @Test
    void oshDeclinedAndTheUnitedStatesInTheGenitiveArePlaces() {
        List<Candidate> found = run("В Оше отремонтирован детский творческий центр\n\nВ городе Оше сегодня "
                + "состоялось открытие отремонтированного детского творческого центра «Келечек». Ремонт центра «Келечек» "
                + "является инициативой местного самоуправления города Оша при поддержке правительства Соединённых "
                + "Штатов Америки через Агентство США по международному развитию (USAID).");
        Candidate centre = found.stream().filter(c -> c.type() == ActorType.ORGANISATION && c.name().contains("Келечек"))
                .findFirst().orElseThrow(() -> new AssertionError(names(found).toString()));
        assertEquals("KG", centre.country());
        assertEquals("Osh", centre.city());
        assertEquals("US", find(found, ActorType.ORGANISATION, "Правительство Соединённых Штатов Америки").country());
        assertFalse(has(found, ActorType.PERSON, "Соединённых Штатов"), names(found).toString());
    }
}
