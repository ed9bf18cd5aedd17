package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Words that look like places and are not, and places abroad a body's name holds, in published sentences. */
class PlaceWordsTest {

    private static final String AKTAU = "Олардың қатарында Ресей тарих институтының бас ғалымы, профессор, тарих "
            + "ғылымдарының докторы Вадим Трепавлов (Мәскеу), Оксфорд университеті тарих факультетінің ғылыми "
            + "қызметкері Мари Фаверо-Думенжу (Лондон), Измир қаласы Эгей университетінің докторы Метин Экиджи, тарих "
            + "ғылымдарының кандидаты Ирина Егофеева (Алматы), Ә.Марғұлан атындағы археология институтының "
            + "полеонтропология зерттеу лабораториясының меңгерушісі Егор Китов (Алматы) сынды белгілі мамандар бар.";

    @Test
    void aSurnameAfterAnInitialOrBeforeNamedAfterIsNoTown() {
        List<Candidate> found = run(AKTAU);
        // Марғұлан is also Margilan's Kazakh name
        Candidate institute = find(found, ActorType.ORGANISATION, "Ә.Марғұлан атындағы археология институты");
        assertNotEquals("UZ", institute.country());
        assertNull(institute.city());
        found = run("On October 8, Tajik cultural figures will perform at the Tovstonogov Theater in St. Petersburg.");
        assertEquals("Saint Petersburg", find(found, ActorType.ORGANISATION, "Tovstonogov Theater").city());
    }

    @Test
    void aTownsNameBeforeASurnameIsAFirstName() {
        List<Candidate> found = run("А участниками презентации, помимо сотрудников посольства, стали члены Союза "
                + "писателей КР Акылбек Мамадалиев, Самара Насырова, Улан Болотов, руководитель действующего в Москве "
                + "литературного клуба \"Ранние журавли\" Максат Гапыров, Уулкан Амираева и другие творческие деятели.");
        find(found, ActorType.PERSON, "Самара Насырова");
        Candidate bolotov = find(found, ActorType.PERSON, "Улан Болотов");
        assertNull(bolotov.city());
        assertEquals("KG", bolotov.country());
    }

    @Test
    void aNationalityBeforeBodiesInThePluralSaysWhoseBodiesJoin() {
        List<Candidate> found = run("Tajik National University and Association of Korean Universities signed the "
                + "Memorandum of Understanding (MOU)\n\n"
                + "On August 26, 2022 a delegation of the Association of Korean Universities visited the Tajik National "
                + "University.");
        assertEquals("KR", find(found, ActorType.ORGANISATION, "Association of Korean Universities").country());
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "Tajik National University").country());
    }

    @Test
    void universitiesAbroadAreWhereTheirTownIs() {
        List<Candidate> found = run(AKTAU);
        Candidate ege = find(found, ActorType.ORGANISATION, "Измир қаласы Эгей университеті");
        assertEquals("TR", ege.country());
        assertEquals("Izmir", ege.city());
        assertEquals("TR", find(found, ActorType.PERSON, "Метин Экиджи").country());
        assertEquals("GB", find(found, ActorType.ORGANISATION, "Оксфорд университеті").country());
        assertEquals("GB", find(found, ActorType.PERSON, "Мари Фаверо-Думенжу").country()); // a research fellow
    }

    @Test
    void aKazakhCountryNameBeforeEthnoculturalIsTheNationTheCentreGathers() {
        List<Candidate> found = run("Іс-шараға Әзірбайжан Республикасының "
                + "Қазақстандағы Төтенше және өкілетті Елшісі Рашад Маммадов, Нұр-Сұлтан қаласындағы Әзірбайжан "
                + "этномәдени орталығының жетекшісі Видади Агаев пен Жолтай Алмашұлы, Бақытқожа Рүстемов, Дария "
                + "Жұмагельдинова, Григорий Шишов т.б. зиялы қауым өкілдері, ақын-жазушылар мен жас ақындар қатысты.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Әзірбайжан этномәдени орталығы").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Видади Агаев").country());
        assertEquals("AZ", find(found, ActorType.PERSON, "Рашад Маммадов").country());
    }

    @Test
    void aKazakhBodyOfARegionsLevelNamingNoPlaceIsKazakhstans() {
        List<Candidate> found = run("17 мамырда Қазақстан мен Өзбекстан арасындағы мәдени, әдеби, рухани сабақтастығы "
                + "аясында С. Торайғыров атындағы облыстық кітапханада «Достықтың дархан ұясы» атты өзбек "
                + "мәдениетінің күні өтті. 2018 жыл Қазақстанда Өзбекстан жылы деп жарияланды.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "С. Торайғыров атындағы облыстық кітапхана").country());
    }

    @Test
    void theAdministrationOfAPresidentIsABody() {
        List<Candidate> found = run("Раис Республики Татарстан Рустам Минниханов и руководитель Администрации "
                + "Президента Республики Узбекистан Саида Мирзиёева 1 декабря посетили концерт Национального "
                + "симфонического оркестра Узбекистана под управлением маэстро Алибека Кабдурахманова и ансамбля "
                + "российского композитора и пианиста Кирилла Рихтера Richter Trio.");
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Администрация Президента Республики Узбекистан")
                .country());
        assertEquals("Администрация Президента Республики Узбекистан",
                find(found, ActorType.PERSON, "Саида Мирзиёева").affiliation());
    }

    @Test
    void hungaryByItsKazakhNameAndTheHeadOfABodyOnlyKazakhstanHas() {
        List<Candidate> found = run("Кездесуге Қазақстанның Мажарстандағы Төтенше және Өкілетті елшісі Абзал "
                + "Сапарбекұлы, «Отандастар қоры» КеАҚ президенті Данияр Қадыров, сондай-ақ Лакителек Халық "
                + "университетінің профессоры әрі Мажарстан Парламентінің вице-спикері Шандор Лежак қатысты.");
        assertEquals("HU", find(found, ActorType.ORGANISATION, "Мажарстан Парламенті").country());
        assertEquals("HU", find(found, ActorType.PERSON, "Шандор Лежак").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Данияр Қадыров").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Абзал Сапарбекұлы").country());
    }

    @Test
    void russiasAgencyAbroadAndItsLegalFormsMakeItsPeopleRussias() {
        List<Candidate> found = run("Национальный павильон открыли российский посол в Таджикистане Семён Григорьев, глава "
                + "представительства Россотрудничества Андрей Патрушев и исполнительный директор АНО «Институт "
                + "перевода» Евгений Резниченко.");
        assertEquals("RU", find(found, ActorType.PERSON, "Андрей Патрушев").country());
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Институт перевода").country());
    }

    @Test
    void aStateClosesARussianBodysNameBeforeTheNextBodyJoinedByAnd() {
        List<Candidate> found = run("Организаторы фестиваля – акимат города Астана и Государственный театр драмы и "
                + "комедии им. Азербайджана Мамбетова при поддержке Министерства культуры и спорта Республики Казахстан "
                + "и международной организации тюркской культуры «ТЮРКСОЙ».");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Министерство культуры и спорта Республики Казахстан")
                .country());
        find(found, ActorType.ORGANISATION, "Международная организация тюркской культуры «ТЮРКСОЙ»");
        // Азербайджан Мамбетов, after «им.», was a director, not the country
        assertEquals("KZ", find(found, ActorType.ORGANISATION,
                "Государственный театр драмы и комедии им. Азербайджана Мамбетова").country());
    }

    @Test
    void aStatesNameJoinedToACapitalisedWordNamesThatStatesBody() {
        // Trend, on the Azerbaijani delegation at the Tashkent film festival
        List<Candidate> found = run("The 14th Silk Road Pearl Tashkent International Film Festival started in the "
                + "pavilion of the Uzbek Film Cinema Concern within the days of the cinema of the Shanghai Cooperation "
                + "Organization (SCO) countries, Azernews reports.\n\nMore than 300 cinematographers, directors, "
                + "well-known artists, and experts in the field of cinema from 35 countries arrived in Tashkent to join "
                + "the festival.\n\n"
                + "Azerbaijani delegation includes director of AzerbaijanFilm studio Nazim Huseynov, "
                + "People's Artist Vagif Mustafayev, director and film critic Ayaz Salayev, directors and producers Oleg "
                + "Safaraliyev, Asif Rustamov, Ilgar Najaf, People's Artists Gulyanag Mammadova, Gulyaz Mammadova.");
        assertEquals("AZ", find(found, ActorType.ORGANISATION, "AzerbaijanFilm studio").country());
    }
}
