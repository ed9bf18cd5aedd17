package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.named;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * A body's parent named after "of"; honorifics, initials and roles set off after a name; eponyms after a town or a
 * rank; "the university" of a university's own page; Russian programmes, projects, plays and unions; regions of
 * Kazakhstan; the Kazakh acronym of the Academy of Sciences.
 */
class ParentBodiesProgrammesAndPlaysTest {

    private static final String MINSK = "MINSK. KAZINFORM Kazakh Ambassador to Belarus Askar Beissenbayev took part in "
            + "the ceremony of donating books, published on the eve of the 30th anniversary of Independence of "
            + "Kazakhstan, to the Kazakh Literature and Culture Centre of the National Library of Belarus, the Kazakh "
            + "Embassy in Belarus reports.\n\nAddressing those present the Kazakh diplomat highlighted that for many "
            + "years of cooperation the National Library of Belarus became a reliable partner of the Kazakh Embassy. In "
            + "2020 the National Library hosted discussions of historians, cultural experts, literary experts, students, "
            + "on life and legacy of the great thinkers of Kazakhstan, Al Farabi and Abai.\n\nDuring the ceremony "
            + "director general of the National Academic Library of Kazakhstan in Nur-Sultan Umitkhan Munalbayev and the "
            + "director of the National Library of Belarus Roman Motulsky signed the agreement on cooperation in "
            + "librarianship.";

    @Test
    void aLongNameHoldingAShortFormIsNotTheBodyTheShortFormWasOf() {
        List<Candidate> found = run(MINSK);
        assertTrue(has(found, ActorType.ORGANISATION, "National Library of Belarus"));
        assertTrue(has(found, ActorType.ORGANISATION, "National Academic Library of Kazakhstan in Nur-Sultan"));
        assertEquals("National Library of Belarus", find(found, ActorType.PERSON, "Roman Motulsky").affiliation());
    }

    @Test
    void aStateClosingANameAfterOfIsWhereTheBodyStands() {
        assertEquals("BY", find(run(MINSK), ActorType.ORGANISATION,
                "Kazakh Literature and Culture Centre of the National Library of Belarus").country());
    }

    @Test
    void aNationsAdjectiveOpeningTheParentBodyGivesTheCountry() {
        List<Candidate> found = run("Director of the Research Institute of Iranian Studies and Central Asia of the "
                + "Austrian Academy of Sciences, Professor Florian Schwartz visited Samarkand State University.");
        assertEquals("AT", find(found, ActorType.ORGANISATION,
                "Research Institute of Iranian Studies and Central Asia of the Austrian Academy of Sciences").country());
        assertEquals("AT", find(found, ActorType.PERSON, "Florian Schwartz").country());
    }

    private static final String TURAN = "The Round-table discussions were opened with welcoming words by Vice-Rector "
            + "for Strategic Development and Science of Turan University, prof. D.I. Razakova, Head of the Chair of "
            + "Regional Studies and International Relations Dr. Zh.M. Tolen and Director of the Center for Regional "
            + "Studies prof. A.K. Kamalov.";

    @Test
    void anHonorificBeforeInitialsIsNoPartOfTheName() {
        List<Candidate> found = run(TURAN);
        assertTrue(has(found, ActorType.PERSON, "Dr. Zh.M. Tolen"));
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Relations Dr")));
        assertTrue(find(found, ActorType.PERSON, "Dr. Zh.M. Tolen").role().contains("Chair of Regional Studies"));
    }

    @Test
    void aRoleSetOffAfterAnInitialledNameEndsBeforeTheNextHonorific() {
        assertEquals("Head of the Chair of Regional Studies and International Relations",
                find(run(TURAN), ActorType.PERSON, "D.I. Razakova").role());
    }

    @Test
    void aRoleSetOffAfterANameWithAMiddleInitialIsTheirs() {
        List<Candidate> found = run("Reporter Information Agency “Jahon” talked with representatives of the Russian "
                + "delegation.\n\nEdward A. Barzov, vice president of the Interregional Charity Foundation “New Names”:\n\n"
                + "– I am very pleased to provide an opportunity to visit your country and to discover new talents.");
        Candidate barzov = find(found, ActorType.PERSON, "Edward A. Barzov");
        assertEquals("vice president of the Interregional Charity Foundation “New Names”", barzov.role());
        assertEquals("Interregional Charity Foundation “New Names”", barzov.affiliation());
    }

    @Test
    void aChineseSurnameInCapitalsAfterProfOpensTheName() {
        List<Candidate> found = run("Prof. YAO Tandong led a scientific delegation to Tajikistan in mid May, and "
                + "visited the Academy of Sciences of the Republic of Tajikistan (ASRT) on May 17, 2010.\nProf. Yao "
                + "introduced the TPE program to the President.");
        assertTrue(has(found, ActorType.PERSON, "YAO Tandong"));
        assertEquals(1, found.stream().filter(c -> c.type() == ActorType.PERSON).count());
    }

    @Test
    void anEponymMayFollowTheTownAndTheHonoreesRank() {
        List<Candidate> found = run("The conference was organized by the Ministry of Education and Science of the "
                + "Kyrgyz Republic, Osh Technological University named after Academician M. Adyshev and the Osh City "
                + "Hall.\n\nHere we have a full program, planned listening, workshops and a joint concert in the "
                + "Republican Specialized Music Academic Lyceum in Tashkent n.a. V.Uspensky.");
        assertTrue(has(found, ActorType.ORGANISATION, "Osh Technological University named after Academician M. Adyshev"));
        assertTrue(has(found, ActorType.ORGANISATION,
                "Republican Specialized Music Academic Lyceum in Tashkent n.a. V.Uspensky"));
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.PERSON));
    }

    @Test
    void theUniversityOfARoleIsTheOneTheTextNamesMost() {
        List<Candidate> found = run("KazNU will expand cooperation with German universities\n\nAl-Farabi Kazakh National "
                + "University. The delegation of the Free University of Berlin headed by Tobias Stuedemann, Director of "
                + "the East European Office, paid a special visit to Al-Farabi Kazakh National University.\n\nZhamila "
                + "Aitzhanova, Member of the Board - Vice-Rector for Scientific and Innovative Activities of the "
                + "university, held a meeting with the guests of honor.");
        Candidate vice = find(found, ActorType.PERSON, "Zhamila Aitzhanova");
        assertEquals("Al-Farabi Kazakh National University", vice.affiliation());
        assertEquals("KZ", vice.country());
    }

    @Test
    void aRoundTableWrittenWithAHyphenIsAnEvent() {
        List<Candidate> found = run("On March 1, 2023, the Round-table “Cultural Space of Central Asia” dedicated to the "
                + "300th anniversary of the birth of Magtymguly Fragi, a prominent Turkmen poet and thinker of the XVIII "
                + "century, was held at Turan University.");
        assertTrue(has(found, ActorType.EVENT, "Round-table “Cultural Space of Central Asia”"));
        assertFalse(has(found, ActorType.ORGANISATION, "Cultural Space of Central Asia"));
    }

    @Test
    void theKazakhAcronymOfTheAcademyOfSciencesIsABody() {
        List<Candidate> found = run("Қазылар алқасының құрамында халықаралық деңгейде мойындалған мамандар бар, ал "
                + "төрағасы — ҚР ҰҒА академигі Асқар Жұмаділдаев.");
        assertTrue(has(found, ActorType.ORGANISATION, "ҚР ҰҒА"));
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "ҚР ҰҒА").country());
    }

    @Test
    void anAllRussianInstituteIsInRussia() {
        List<Candidate> found = run("ДУШАНБЕ, 20.10.2023 /НИАТ «Ховар»/. Между Государственным образовательным "
                + "учреждением «Таджикский государственный институт культуры и искусств имени Мирзо Турсунзаде» и "
                + "Всероссийским государственным институтом кинематографии имени С. Герасимова (ВГИК) подписано новое "
                + "Соглашение о сотрудничестве.");
        assertEquals("RU", find(found, ActorType.ORGANISATION,
                "Всероссийский государственный институт кинематографии имени С. Герасимова").country());
    }

    private static final String BAIZAK = "20 сентября 2022 года в Байзакском районе Жамбылской области состоялся "
            + "фестиваль «Халықтар достағы», где активно участвовали представители ОО «Жамбылский филиал «Архыз» РОО "
            + "«Карачаевцев и балкарцев – Бирлик».\nСреди участников фестиваля – Аминат и Руслан Кудаевы и Ясмина "
            + "Есенкулова, представляющие ОО «Жамбылский филиал «Архыз» РОО «Карачаевцев и балкарцев – Бирлик».";

    @Test
    void aRegionOfKazakhstanPlacesWhatIsHeldThere() {
        List<Candidate> found = run(BAIZAK);
        assertEquals("KZ", find(found, ActorType.EVENT, "Фестиваль «Халықтар достағы»").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Ясмина Есенкулова").country());
    }

    @Test
    void twoPluralsJoinedInsideAUnionsNameStayInIt() {
        List<Candidate> found = run("Конференцию организовали Посольство Туркменистана в Турции, Университет социальных "
                + "наук Анкары и Союз инженеров и архитекторов тюркского мира.");
        assertTrue(has(found, ActorType.ORGANISATION, "Союз инженеров и архитекторов тюркского мира"));
        assertFalse(has(found, ActorType.ORGANISATION, "Союз инженеров"));
    }

    private static final String SHESCIENCE = "В Ташкенте завершил работу Первый Форум женщин-учёных стран Центральной "
            + "Азии и Азербайджана «SheSCIENCE 2025», сообщает МИЦ.\nПлощадка объединила свыше 60 исследовательниц из "
            + "шести стран, а международные организации представили участницам новые возможности сотрудничества в "
            + "рамках программ Horizon Europe и Erasmus+.";

    @Test
    void aRegionAndAStateJoinedInAnEventsNameStayInIt() {
        List<Candidate> found = run(SHESCIENCE);
        assertTrue(has(found, ActorType.EVENT,
                "Первый Форум женщин-учёных стран Центральной Азии и Азербайджана «SheSCIENCE 2025»"));
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("Азербайджана")));
    }

    @Test
    void latinNamesAfterTheWordForProgrammesArePlatforms() {
        List<Candidate> found = run(SHESCIENCE);
        assertTrue(has(found, ActorType.PLATFORM, "Horizon Europe"));
        assertTrue(has(found, ActorType.PLATFORM, "Erasmus+"));
        assertTrue(has(run("Гостей встретил руководитель программ Internews в Казахстане."), ActorType.ORGANISATION,
                "Internews"));
    }

    @Test
    void playsNamedWithTheLanguageTheyArePlayedInAreEvents() {
        List<Candidate> found = run("26 и 27 сентября в Ташкенте на сцене Узбекского национального академического "
                + "драматического театра были показаны легкая бытовая комедия на татарском языке «Кодалар – кодачалар» и "
                + "комедия-балаган на татарском языке «Әкәмәт – кәмит».");
        assertTrue(has(found, ActorType.EVENT, "легкая бытовая комедия «Кодалар – кодачалар»"));
        assertTrue(has(found, ActorType.EVENT, "комедия-балаган «Әкәмәт – кәмит»"));
    }

    @Test
    void aProfessorNamedBySurnameAloneInRussianIsSomeone() {
        List<Candidate> found = run("Сейчас в Кыргызстане находится профессор Чен, возглавляющий в этом университете "
                + "офис по международным связям.");
        assertEquals("профессор", find(found, ActorType.PERSON, "Чен").role());
    }

    private static final String ABAI = "14 августа 2014 года в библиотеке имени Абая состоялась презентация "
            + "дарственных произведений Абая.\nЭто важное событие совпало с днем рождения великого поэта-просветителя "
            + "Абая Кунанбаева. Библиотека Абая, активно поддерживая проект «Наш Абай» областной библиотеки А.С. "
            + "Пушкина г. Усть-Каменогорска создали «Духовный центр Абая».";

    @Test
    void aQuotedBodysNameRunsToItsClosingMark() {
        assertTrue(has(run(ABAI), ActorType.ORGANISATION, "Духовный центр Абая"));
    }

    @Test
    void aQuotedProjectIsAPlatform() {
        assertTrue(has(run(ABAI), ActorType.PLATFORM, "Наш Абай"));
    }

    @Test
    void initialsAndASurnameAfterALibraryNameWhomItIsNamedAfter() {
        List<Candidate> found = run(ABAI);
        assertTrue(has(found, ActorType.ORGANISATION, "Областная библиотека А.С. Пушкина г. Усть-Каменогорска"));
        assertFalse(has(found, ActorType.PERSON, "А.С. Пушкина"));
    }

    @Test
    void aShortFirstNameInTheGenitiveIsPutBack() {
        assertTrue(has(run(ABAI), ActorType.PERSON, "Абай Кунанбаев"));
    }

    @Test
    void anAcronymInBracketsAfterABodyIsThatBodysShortName() {
        List<Candidate> found = run("2025 жылғы 30 мамырда Астана қаласында өткен Astana International Forum 2025 "
                + "(AIF-2025) аясында Қазақстан Республикасы Президентінің жанындағы Ұлттық ғылым академиясының (ҚР ҰҒА) "
                + "Президенті Ақылбек Күрішбаев пен Болгария ғылым академиясының (БҒА) Президенті Эвелина Славчева "
                + "арасында маңызды екіжақты кездесу өтті.\nАкадемик А.Күрішбаев ҰҒА-ның тарихы мен оның "
                + "қалыптасуындағы Қаныш Сәтбаевтың рөліне тоқталып, 2024 жылғы желтоқсанда Академия ЖОҒАРЫ ҒЫЛЫМИ ҰЙЫМ "
                + "мәртебесін алғанын атап өтті.");
        assertTrue(has(found, ActorType.ORGANISATION,
                "Қазақстан Республикасы Президентінің жанындағы Ұлттық ғылым академиясы"));
        assertFalse(found.stream().anyMatch(c -> c.name().endsWith("ҰҒА")));
    }

    @Test
    void aQuotedHonourIsNoActor() {
        List<Candidate> found = run("Thanks to the joint efforts, the Confucius Institute of the Tajik National "
                + "University has been rated as a “Global Advanced Confucius Institute” and awarded the title of "
                + "“Excellent Test Center for the International Qualifying Test”.");
        assertEquals(List.of("Confucius Institute of the Tajik National University"),
                found.stream().map(Candidate::name).toList());
    }

    @Test
    void aProjectRunByABodysOfficeIsABodyButANetworkOfCentresIsAPlatform() {
        List<Candidate> found = run("Партнерами выступили Союз банков Кыргызстана, ГУ \"Тундук\", ГП \"Инфоком\" и "
                + "Проект \"Digital CASA- КР\" при Министерстве цифрового развития.\nВ Кыргызстане с участием Президента "
                + "КР официально запущен социально значимый проект \"Центры гражданского и цифрового образования\" при "
                + "ЦИК КР.");
        assertTrue(has(found, ActorType.ORGANISATION, "Проект \"Digital CASA- КР\""));
        assertTrue(has(found, ActorType.PLATFORM, "Центры гражданского и цифрового образования"));
        assertTrue(has(run("В Московском доме национальностей пройдет день киргизской культуры в рамках проекта «Москва "
                + "— город мира, дружбы и согласия» при поддержке Департамента национальной политики и межрегиональных "
                + "связей города Москвы."), ActorType.PLATFORM, "Москва — город мира, дружбы и согласия"));
    }
}
