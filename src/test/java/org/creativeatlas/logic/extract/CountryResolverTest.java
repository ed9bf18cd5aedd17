package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class CountryResolverTest {

    @Test
    void theVenuesAndEventsOfDaysOfCultureAreTheHostsWhateverTheDateLineSays() {
        List<Candidate> found = run("BISHKEK. KAZINFORM Days of Culture of Kyrgyzstan kicked off in Astana, KABAR "
                + "reports.\n\nThe first major event was the opening of the Days of Kyrgyz Cinema in the Keruen shopping "
                + "mall. On the same day, a forum was held at the National Academic Library. Kyrgyz singer Gulzada "
                + "Ryskulova performed.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "National Academic Library").country());
        assertEquals("KZ", find(found, ActorType.EVENT, "Days of Kyrgyz Cinema").country());
        assertEquals("KG", find(found, ActorType.PERSON, "Gulzada Ryskulova").country(), "a visitor is the guest's");
    }

    @Test
    void placeInTheNameWinsAndLocationBeatsNationality() {
        var found = run("Партнеры: Посольство Японии в КР, Посольство Германии, Программный офис ОБСЕ в г.Бишкеке.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Посольство Японии в КР").country());
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Посольство Германии").country());
        Candidate osce = find(found, ActorType.ORGANISATION, "Программный офис ОБСЕ в г.Бишкеке");
        assertEquals("Bishkek", osce.city());
        found = run("Support came from the Embassy of Japan and the Ministry of Culture of the Republic of Korea.");
        assertEquals("KR", find(found, ActorType.ORGANISATION, "Ministry of Culture of the Republic of Korea").country());
    }

    @Test
    void aLowerCaseNationBeforeAKazakhTitleSaysWhoseThePersonIs() {
        var found = run("Биылғы фестиваль Алматыда өтіп, қырғыз жазушысы Мар Байджиевтің 90 жылдығына арналды.");
        assertEquals("KG", find(found, ActorType.PERSON, "Мар Байджиев").country());
        found = run("Алматыда өткен фестивальге әлемге танымал неміс актрисасы Настасья Кински келді.");
        assertEquals("DE", find(found, ActorType.PERSON, "Настасья Кински").country());
    }

    @Test
    void anEnvoyIsOfTheStateHisRoleNamesByItsFormalNameInTheGenitive() {
        var found = run("Іс-шараға ҚР Парламенті Сенатының депутаты Алишер Сатвалдиев, ҚР Президенті Әкімшілігі "
                + "Қазақстан халқы Ассамблеясы Хатшылығының сектор меңгерушісі Қайрат Баймолдинов, Өзбекстан "
                + "Республикасының Қазақстандағы Төтенше және Өкілетті Елшісі Бахтиёр Ибрагимов, «Дўстлик» "
                + "қауымдастығының төрағасы Икрамжан Хашимжанов.");
        assertEquals("UZ", find(found, ActorType.PERSON, "Бахтиёр Ибрагимов").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Алишер Сатвалдиев").country());
    }

    @Test
    void aMissionIsWhereItStandsAndItsStaffAreOfTheStateItStandsFor() {
        var found = run("Шығыстану факультеті Таяу Шығыс және Оңтүстік Азия кафедрасы ирантану бөлімінің "
                + "ұйымдастыруымен «Ел бірлігі – ең асыл қасиет» атты тақырыпта Қазақстан Республикасындағы Тәжікстан "
                + "Консулдығының Бас консулы Баходур Назирге кездесу өтті.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Қазақстан Республикасындағы Тәжікстан Консулдығы")
                .country());
        Candidate consul = found.stream().filter(c -> c.type() == ActorType.PERSON).findFirst().orElseThrow();
        assertEquals("TJ", consul.country(), consul.name());
    }

    @Test
    void aMissionNamedOnlyByTheStateItStandsForIsWhereTheTextIs() {
        var found = run("Алматы қаласының «Авиценна» тәжік этномәдени бірлестігі «Сафар» Алматы мәдени орталығымен "
                + "бірлесіп, Тәжікстан Республикасы Елшілігінің қатысуымен Наурыз мейрамын кең көлемде атап өтті.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Тәжікстан Республикасы Елшілігі").country());
    }

    @Test
    void aStatesOfficeNamedByItsNationalityIsWhereItStands() {
        var found = run("Tashkent International Animation Forum will be held in the capital of Uzbekistan on April 18-22. "
                + "The forum will be held with the support of Uzbek Film Agency, Embassy of Israel, Swiss Cooperation "
                + "Office");
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Swiss Cooperation Office").country());
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Uzbek Film Agency").country());
    }

    @Test
    void anEventIsWhereItIsHeldNotWhoseCultureItShows() {
        var found = run("The First Bishkek International Film Festival was held from November 17 to 21, 2023.\n"
                + "The festival program included:\n– National Competition\n– Turkish Cinema Week\n– Retrospectives\n");
        assertEquals("KG", find(found, ActorType.EVENT, "Turkish Cinema Week").country());
        assertEquals("KG", find(found, ActorType.EVENT, "First Bishkek International Film Festival").country());
    }

    @Test
    void anEventIsInTheCityItsHostsNameHoldsWhenTheSentenceNamesNoOtherPlace() {
        var found = run("16:00, 11 октября 2025, Бишкек - 24.kg\nОшский театр кукол примет участие в фестивале.\n"
                + "По его данным, Государственный театр кукол Алматы планирует провести с 10 по 14 октября "
                + "I Международный фестиваль театров кукол.");
        Candidate festival = find(found, ActorType.EVENT, "I Международный фестиваль театров кукол");
        assertEquals("KZ", festival.country());
        assertEquals("Almaty", festival.city());
    }

    @Test
    void aPlaceAnEventsNameSaysItIsHeldInIsItsCountryAlsoInsideAQuotedSpeech() {
        var found = run("В Душанбе открылась выставка. \"Мы надеемся, что самобытная культура Таджикистана будет "
                + "широко представлена на Днях культуры Таджикистана в Белоруссии, которые пройдут в следующем году\", "
                + "- сказал Гедройц.");
        assertEquals("BY", find(found, ActorType.EVENT, "Дни культуры Таджикистана в Белоруссии").country());
    }

    @Test
    void aParliamentByItsOwnNameGivesItsCountryToItsCommitteeAndItsMembers() {
        var found = run("Эта инициатива реализуется по инициативе кыргызской дипмиссии в России при поддержке комитета "
                + "по международным делам Жогорку Кенеша и председателя этого комитета Каныбека Иманалиева, мэрии "
                + "Бишкека.");
        Candidate committee = find(found, ActorType.ORGANISATION, "Комитет по международным делам Жогорку Кенеша");
        assertEquals("KG", committee.country());
        assertEquals("KG", find(found, ActorType.PERSON, "Каныбек Иманалиев").country());
    }

    @Test
    void aKazakhChamberInTheGenitiveOfItsPossessiveIsKazakhstansWhereverTheEveningIsAbout() {
        var found = run("Түрікменстанның Қазақстандағы елшілігінің ұйымдастыруымен Түрікменстан әдебиетінің классигі, "
                + "ақын, философ Мақтымқұлының 300 жылдық мерейтойына арналған салтанатты кеш өтті. Іс-шараға "
                + "Өзбекстан, Түрікменстан, Тәжікстан, Әзербайжан, Беларусь, Қырғызстан республикаларының Төтенше және "
                + "өкілетті елшілері, Парламент Мәжілісінің депутаттары және зиялы қауым өкілдері қатысты.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Парламент Мәжілісі").country());
    }

    @Test
    void aKazakhEventNameWithACountryInTheLocativeIsHeldThere() {
        var found = run("Алдағы уақытта Ашхабадта арнайы гүлзарға ақын Абай ескерткішін тұрғызу жоспарланған. Енді, "
                + "міне, ел астанасында Қазақстан Республикасындағы Түрікменстанның мәдениет күндері басталып отыр.");
        assertEquals("KZ", find(found, ActorType.EVENT,
                "Қазақстан Республикасындағы Түрікменстанның мәдениет күндері").country());
        found = run("2024 жылдың 7-10 қазан күндері Ашхабад қаласында Қазақстан Республикасының Түрікменстандағы "
                + "мәдениет күндері өтеді.");
        Candidate days = find(found, ActorType.EVENT, "Қазақстан Республикасының Түрікменстандағы мәдениет күндері");
        assertEquals("TM", days.country());
        assertEquals("Ashgabat", days.city());
    }

    @Test
    void thePeopleOfAReportOnACountrysDaysOfCultureAbroadAreThatCountrysGuests() {
        var found = run("2024 жылдың 7-10 қазан күндері Ашхабад қаласында Қазақстан Республикасының Түрікменстандағы "
                + "мәдениет күндері өтеді, деп хабарлайды Egemen.kz ҚР Мәдениет және ақпарат министрлігіне сілтеме "
                + "жасап. Қазақстан киносы күндерінің ашылуы режиссер А.Сатаевтың қазақ хандары туралы "
                + "сыр шертетін «Ұлы дала таңы» атты тарихи туындысымен басталады. Сонымен қатар түрікмен "
                + "жұртшылығына «Паралимпиадашы» фильмі де жол тартады.");
        assertEquals("KZ", find(found, ActorType.PERSON, "А.Сатаев").country());
        found = run("Қасым-Жомарт Тоқаев пен Эмомали Рахмон Қазақстанның Тәжікстандағы мәдениет күндеріне арналған "
                + "салтанатты концертті тамашалады, деп хабарлайды Kznews.kz. Бауырлас тәжік халқы Димаш Құдайберген, Айгүл Үлкенбаева, Темірлан "
                + "Бейсембай (Ratovich), «El Voice» тобы, Фарух Тохтамуратов (Adam) сияқты мәдениет қайраткерлерінің "
                + "өнерін тамашалады. Қазақстанның мәдениет күндері аясында Душанбе, Худжанд және Бохтар қалаларында "
                + "мәдениетаралық байланыстарды кеңейтуді көздейтін бірқатар маңызды іс-шара өтеді.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Айгүл Үлкенбаева").country());
    }

    @Test
    void aPalaceTheDaysAreHeldInIsTheHostsWhoeverTheGuestsAre() {
        var found = run("Қасым-Жомарт Тоқаев пен Эмомали Рахмон Қазақстанның Тәжікстандағы мәдениет күндеріне арналған "
                + "салтанатты концертті тамашалады, деп хабарлайды Kznews.kz. «Кохи Борбад» сарайында өткен "
                + "гала-концертте Қазақстан мен Тәжікстанның өнер майталмандары, соның ішінде Astana ballet балет "
                + "труппасы мен симфониялық оркестрі, «Астана Опера» Мемлекеттік опера және балет театрының хоры, Hassak "
                + "этно-фольк тобы және тағы да басқа шығармашылық ұжымдар өнер көрсетті.");
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "«Кохи Борбад» сарайы").country());
        found = run("АСТАНА. KAZINFORM — Ташкентте «Орталық Азия: ортақ рухани-ағартушылық мұра — ортақ болашақ» атты "
                + "Халықаралық конгресс аясында Орталық Азия елдері мен Әзербайжан кино күндерінің салтанатты ашылуы "
                + "өтті. Бұл туралы еліміздің Мәдениет және ақпарат министрлігі хабарлады. Іс-шара Ұлттық киноөнер "
                + "сарайында ұйымдастырылып, оған Орталық Азия мемлекеттері мен Әзербайжанның ғылыми және мәдени орта "
                + "өкілдері, өнер қайраткерлері мен жас көшбасшылары қатысты.");
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Ұлттық киноөнер сарайы").country());
    }

    @Test
    void theDaysOfSeveralNationsHaveNoGuests() {
        var found = run("АСТАНА. KAZINFORM — Ташкентте «Орталық Азия: ортақ рухани-ағартушылық мұра — ортақ болашақ» атты "
                + "Халықаралық конгресс аясында Орталық Азия елдері мен Әзербайжан кино күндерінің салтанатты ашылуы "
                + "өтті. Бағдарлама аясында көрерменге қазіргі қазақстандық киноиндустрияның таңдаулы туындылары "
                + "ұсынылды. Атап айтсақ, «Жамбыл. Жаңа дәуір» тарихи фильмі, прокатта бір миллиард теңгеден астам табыс "
                + "жинаған «Qaitadan» драмасы, 2024 жылғы Паралимпиада ойындарының күміс жүлдегері Ерғали Шәмеев туралы "
                + "қысқаметражды «Үміт сәулесі», сондай-ақ өміріндегі қиындықтарды еңбек пен жігердің күшімен еңсерген "
                + "көкпаршы қыз Ева Жигалинаның өмірі негізінде түсірілген «Ева – Батыр қыз» көркем туындысы.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Ерғали Шәмеев").country());
    }

    @Test
    void aCountryClosingADescriptionAfterAPersonIsTheirs() {
        var found = run("В Бишкеке прошёл симпозиум. «Я очень восхищена всем увиденным», — делится Инквема Шарль, "
                + "мастер из Швеции.");
        assertEquals("SE", find(found, ActorType.PERSON, "Инквема Шарль").country());
    }

    @Test
    void aNationalityBeforeAPersonOrTheirTitleIsTheirs() {
        var found = run("«Қазылар алқасының арнайы жүлдесі» қазақстандық Әлішер Жәдігеровтың «Отау» картинасына бұйырды.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Әлішер Жәдігеров").country());
        found = run("В состав жюри фестиваля вошли председатель Союза писателей Таджикистана Низом Косим, артист театра "
                + "и кино из Ирана Ризо Киёниён и индийская писательница и переводчик Латика Падгаонкар.");
        Candidate writer = find(found, ActorType.PERSON, "Латика Падгаонкар");
        assertEquals("IN", writer.country(), writer.toString());
        assertEquals("TJ", find(found, ActorType.PERSON, "Низом Косим").country());
        assertEquals("IR", find(found, ActorType.PERSON, "Ризо Киёниён").country());
    }

    @Test
    void anAmbassadorIsOfTheCountryThatSendsHimNotTheOneHeIsSentTo() {
        Candidate p = find(run("British Ambassador to Kazakhstan Michael Gifford said that this conference can "
                + "contribute to the development of Astana."), ActorType.PERSON, "Michael Gifford");
        assertEquals("British Ambassador to Kazakhstan", p.role());
        assertEquals("GB", p.country());
        p = find(run("A sitting of the working group took place under the chairmanship of 1st Deputy PM Alikhan Smailov to "
                + "debate suggestions of the concerned state bodies."), ActorType.PERSON, "Alikhan Smailov");
        assertEquals("Deputy PM", p.role(), "\"to\" before a verb ends the name");
    }

    @Test
    void countryAbbreviationsOfRussianAndKazakhNews() {
        var found = run("Қонақтар қатарында — Олимпиада чемпионы Ольга Рыпакова, ҚР Сенат Төрағасының кеңесшісі Динара "
                + "Садвакасова, ҚР Энергетика министрінің кеңесшісі Әсел Серікпаева, «ҚазМұнайГаз» ҰК» АҚ өкілі және БАӘ "
                + "Елшілігінің дипломаты Айша Альмесмари болды.");
        assertEquals("AE", find(found, ActorType.PERSON, "Айша Альмесмари").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Динара Садвакасова").country());
        found = run("Об этом НИАТ «Ховар» сообщили в пресс-центре Министерства культуры РТ.");
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "Министерство культуры РТ").country());
    }

    @Test
    void belarusByItsOlderRussianNameToo() {
        var found = run("В Душанбе открылась выставка из фондов Национального художественного музея Республики Белоруссия.");
        assertEquals("BY", find(found, ActorType.ORGANISATION,
                "Национальный художественный музей Республики Белоруссия").country());
    }

    @Test
    void sentenceAndDocumentGiveTheCountryOfLocalBodies() {
        var found = run("Кыргызстан развивает креативную экономику.\nВ Бишкеке открылся Клуб молодых дизайнеров.\n"
                + "Ассоциация ремесленников провела ярмарку.");
        Candidate club = find(found, ActorType.ORGANISATION, "Клуб молодых дизайнеров");
        assertEquals("KG", club.country());
        assertEquals("Bishkek", club.city());
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Ассоциация ремесленников").country());
    }

    @Test
    void travellersComeFromTheOtherCountry() {
        var found = run("«Тұран» университетінің тобы Бішкек қаласына іссапар ұйымдастырды. Қырғызстанның "
                + "Креативтік Индустриялар Паркі мен Қазақстан арасындағы ынтымақтастық талқыланды. Қырғызстандағы "
                + "Ұлттық тарихи мұражайға барды.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "«Тұран» университеті").country());
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Креативтік Индустриялар Паркі").country());
    }

    @Test
    void aCountryInBracketsAfterAPersonIsTheirs() {
        var found = run("Бишкек, 24.06.22. Члены жюри объявили итоги конкурсов кинофестиваля «Умут».\n"
                + "- лучшая режиссура — «Дорога», режиссер Толомуш Жаныбеков;\n"
                + "- лучшая режиссура — «Филемон Бавкида», Инна Гусева (Россия);");
        assertEquals("KG", find(found, ActorType.PERSON, "Толомуш Жаныбеков").country());
        assertEquals("RU", find(found, ActorType.PERSON, "Инна Гусева").country());
    }

    @Test
    void aCityInThePossessiveBeforeANameIsItsPlace() {
        var found = run("It opens in 2020 in the city of Almaty. The centre, which is supported by Moscow’s Garage "
                + "Museum of Contemporary Art, has been founded by businessman Kairat Boranbayev.");
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Moscow’s Garage Museum of Contemporary Art").country());
        // a place in the possessive is inside a name, not its end
        found = run("DUSHANBE, 15.10.2019 – The Exhibition on Tajikistan’s Water Initiative is held in Bokhtar.");
        find(found, ActorType.EVENT, "Exhibition on Tajikistan’s Water Initiative");
    }

    @Test
    void peopleListedAfterOneWhoseCountryIsSaidShareIt() {
        var found = run("Выставка казахстанских художников открылась в Кыргызстане\n\nБИШКЕК. Накануне, в Бишкеке в "
                + "Кыргызском национальном музее открылась выставка «Достығымыз жарасқан».\n"
                + "Экспозиция включает работы членов Союза художников РК, среди них - заслуженные деятели Казахстана "
                + "Абдуахат Муратбаев, Нұрлан Шилібаев, Едіге Тұрлыбеков, а также Ерғали Палымбетов, Құралбек "
                + "Қосуақов, Анарәлі Тіленші.");
        for (String name : new String[] {"Абдуахат Муратбаев", "Нұрлан Шилібаев", "Ерғали Палымбетов",
                "Анарәлі Тіленші"}) {
            assertEquals("KZ", find(found, ActorType.PERSON, name).country(), name);
        }
    }

    @Test
    void languageOfEachParagraph() {
        assertEquals(Lang.KK, Lang.of("Қазақстандағы креативті индустрия", 0, 33));
        assertEquals(Lang.RU, Lang.of("Креативная индустрия в Казахстане", 0, 33));
        assertEquals(Lang.EN, Lang.of("Creative industries in Kazakhstan", 0, 33));
    }

    @Test
    void aNationalityInsideANameSaysWhoseArtNotWhere() {
        var found = run("The Minister of Culture noted special attitude towards Russian theatres in Tajikistan, including "
                + "Vladimir Mayakovsky State Russian Drama Theatre and Alexander Sergeevich Pushkin State Russian Musical "
                + "and Drama Theatre.");
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "Vladimir Mayakovsky State Russian Drama Theatre")
                .country());
        found = run("The event was attended by Director General of the Center for Uzbek National Art of Maqom Avazbek "
                + "Shomurodov.");
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Center for Uzbek National Art of Maqom").country());
    }

    @Test
    void aNationalityBeforeNationalOrStateNamesTheStateTheBodyBelongsTo() {
        var found = run("The Festival of Kazakh Culture will end on June 23 with Abai Opera to be performed by the Abai "
                + "Kazakh National Opera and Ballet Theatre at the stage of the State Academic Bolshoi Theatre of "
                + "Uzbekistan.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Abai Kazakh National Opera and Ballet Theatre")
                .country());
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "State Academic Bolshoi Theatre of Uzbekistan")
                .country());
    }

    @Test
    void aCountryWithAShortNameIsAPlaceWithoutCapitals() {
        var found = run("В состав жюри фестиваля вошли председатель Союза писателей Таджикистана Низом Косим, артист "
                + "театра и кино из Ирана Ризо Киёниён и индийская писательница и переводчик Латика Падгаонкар.");
        assertEquals("IR", find(found, ActorType.PERSON, "Ризо Киёниён").country());
    }

    @Test
    void aShortCountryNameOpeningASentenceOrBeforeANameIsAWordOrAFirstName() {
        var found = run("Того, кто победит в конкурсе, ждёт стажировка в Бишкеке. Фонд «Ала-Тоо» объявил конкурс.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Фонд «Ала-Тоо»").country());
        found = run("Chad Morris, director of the Creative Hub in Almaty, opened the festival.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Chad Morris").country());
        found = run("Концерт открыл министр культуры и информации РК Аида Балаева.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Аида Балаева").country());
        found = run("На выставке свой павильон представил Иран: фонд «Нур-Аташ» привёз ковры.");
        assertEquals("IR", find(found, ActorType.ORGANISATION, "Фонд «Нур-Аташ»").country());
    }

    @Test
    void aBodyNamedByOneWordANationalityOpensIsThatCountrys() {
        var found = run("«Түрікменстан» киноконцерт залында Роза Бағланова атындағы «Қазақконцерт» мемлекеттік "
                + "академиялық концерттік ұйымының «Saz&Soul: Шекарасыз әуендер» атты гастрольдік концерті "
                + "ұйымдастырылады.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION,
                "Роза Бағланова атындағы «Қазақконцерт» мемлекеттік академиялық концерттік ұйымы").country());
        assertEquals("TM", find(found, ActorType.ORGANISATION, "«Түрікменстан» киноконцерт залы").country());
    }

    @Test
    void aKazakhLegalFormBeforeABodyOrAnAkimatInItsNameMakesItKazakhstans() {
        var found = run("Бишкекский городской драматический театр открывает фестиваль в Бишкеке. 26 октября в 19:00 - "
                + "открытие фестиваля. Д. Фо, Ф. Раме. \"Жизнь без…\" ГККП \"Государственный академический русский "
                + "театр им. М. Горького\" акимата Астаны, Казахстан.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION,
                "Государственный академический русский театр им. М. Горького").country());
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Жизнь без")), found.toString());
        found = run("Коллектив туркменского Национального драматического театра им. Алп Арслана примет участие в "
                + "фестивале. Фестиваль проводится при поддержке акимата области Жетысу и туркменских коллег.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Акимат области").country());
    }

    @Test
    void aKazakhTextThatNamesNoCountryIsAboutKazakhstan() {
        var found = run("Мәжіліс депутаты Мақсат Толықбай Мәдениет және ақпарат министрлігінің өкіліне ауылдағы "
                + "креативті және шығармашыл жастарды қолдау шаралары туралы сауал қойды. Мәдениет және ақпарат "
                + "вице-министрі Евгений Кочетов ауылдық таланттарды қолдау шаралары туралы баяндады.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Евгений Кочетов").country());
        found = run("The deputy Maksat Tolykbay asked the Ministry of Culture and Information about rural youth.");
        assertEquals(null, find(found, ActorType.ORGANISATION, "Ministry of Culture and Information").country());
    }

    @Test
    void anEnvoyIsOfTheStateHisDescriptionNamesNotOfWhereHeServes() {
        var found = run("Opening of the exhibition was marked by participation of Baktygul Kalambetova – Ambassador of "
                + "Kyrgyz Republic in UK, representatives of international organizations.");
        assertEquals("KG", find(found, ActorType.PERSON, "Baktygul Kalambetova").country());
        found = run("Астанада қырғыз киносы күндері өтті.\nҚұдайберген Базарбаев, Қырғыз Республикасының Қазақстан\n"
                + "Республикасындағы Төтенше және өкілетті елшісі:\n- Соңғы уақытта Қырғыз Республикасы мен Қазақстан "
                + "арасындағы байланыстар нығайды.");
        assertEquals("KG", find(found, ActorType.PERSON, "Құдайберген Базарбаев").country());
    }

    @Test
    void aNationBeforeAPossessiveNounInABodysNameSaysWhoseLiteratureItKeepsNotWhereItIs() {
        var found = run("TAShKENT. KAZINFORM — 2025 jyly Ózbekstandaǵy birqatar qazaq jazýshysynyń kitaby jaryq kórdi. "
                + "Bul týraly Tashkentte ótken Qazaq ádebıeti keńesiniń esep berý jıynynda málim boldy. — Bul jumystar "
                + "qazaq-ózbek ádebı baılanystarynyń jańa deńgeıge kóterilgenin aıǵaqtaıdy, — dedi Qazaq ádebıeti "
                + "keńesiniń tóraǵasy Tursynáli Ahmetov.");
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Qazaq ádebıeti keńesi").country());
        assertEquals("UZ", find(found, ActorType.PERSON, "Tursynáli Ahmetov").country());
        // the nation's own bodies keep it
        found = run("Қазақ ұлттық өнер университетінің ұжымы Бішкекке барды.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Қазақ ұлттық өнер университеті").country());
    }

    @Test
    void thePeopleOfAListAreOfTheOneNationItsLeadInNames() {
        var found = run("Kyrgyz artisans win prizes at crafts festival in Uzbekistan\n\nThe 3rd International Crafts "
                + "Festival was held in the ancient city of Kokand (Uzbekistan). The Kyrgyz participants distinguished "
                + "themselves and were among the winners:\n\n• Nurzat Jeenbek kyzy—first place in the «Heir to an "
                + "Ancient Dynasty» category.\n• Muftiddin Bukardinov—third place in the «Best Craftsman» category.\n\n"
                + "The event was organized at the initiative of President of Uzbekistan Shavkat Mirziyoyev.");
        assertEquals("KG", find(found, ActorType.PERSON, "Nurzat Jeenbek kyzy").country());
        assertEquals("KG", find(found, ActorType.PERSON, "Muftiddin Bukardinov").country());
        assertEquals("UZ", find(found, ActorType.PERSON, "Shavkat Mirziyoyev").country());
        found = run("The exhibition will be open in Glasgow, Scotland.\n\nList of craftsmen, members of Kyrgyz "
                + "delegation:\n\n1. Akmatova Gulmira, Bishkek (clothes, accessories from terme, wool)\n\n"
                + "10. Osmoeva Altynai, London, (Clothes from wool)");
        assertEquals("KG", find(found, ActorType.PERSON, "Osmoeva Altynai").country());
        assertEquals("Bishkek", find(found, ActorType.PERSON, "Akmatova Gulmira").city());
    }

    @Test
    void theBodiesOfRussiasRepublicsAndOtherSpellingsOfTurkmenistanAreFound() {
        var found = run("Салтанатқа Татарстан Республикасының мәдениет министрі Ирада Аюпова мен Татарстан Жазушылар "
                + "одағының төрағасы Ркаил Зайдуллин қатысты. Түркіменстан Ғылым академиясы конференция өткізді.");
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Татарстан Жазушылар одағы").country());
        assertEquals("RU", find(found, ActorType.PERSON, "Ирада Аюпова").country());
        assertEquals("TM", find(found, ActorType.ORGANISATION, "Түркіменстан Ғылым академиясы").country());
    }

    @Test
    void anEnvoysRoleHoldsTheWholeNameOfHisStateBeforeTheTwoWordsOfTheHosts() {
        var found = run("Салтанатты жиында Өзбекстан Республикасының Ресей Федерациясындағы төтенше және өкілетті "
                + "елшісі Ботиржон Асадов, Ресей Сыртқы істер министрлігінің Новосибирск қаласындағы өкілі Николай "
                + "Афанасьев сөз сөйледі.");
        Candidate envoy = find(found, ActorType.PERSON, "Ботиржон Асадов");
        assertEquals("UZ", envoy.country());
        assertEquals("Өзбекстан Республикасының Ресей Федерациясындағы төтенше және өкілетті елшісі", envoy.role());
    }

    @Test
    void aBodyUnderAKazakhstanLegalFormWrittenAfterItsQuotedNameIsKazakhstans() {
        var found = run("Кездесуге облыстық Тәжік этномәдени бірлестігінің өкілдері, өнерпаз жастары, «Қоғамдық "
                + "келісім» КММ қызметкерлері және облыстық БАҚ тілшілері қатысты. Тәжікстан елшісі сөз сөйледі.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "«Қоғамдық келісім» КММ").country());
    }

    @Test
    void aNationsCulturalCentreIsWhereThatNationLivesNotInItsState() {
        var found = run("Сондай-ақ, Жамбыл облысы бойынша «Өзбек» этномәдени орталығының президенті Бахром Муминов "
                + "бүгінгі шара екі ел татулығының көрінісі екенін айтып өтті.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "«Өзбек» этномәдени орталығы").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Бахром Муминов").country());
        found = run("Концертке «Өзбек» музыкалық театры қатысты.");
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "«Өзбек» музыкалық театры").country(),
                "a nation's word still says whose a body is when the body is no cultural centre");
    }

    @Test
    void theBodyNamesTheHostOfDaysOfCultureWhenTheHeadlineLeavesItOut() {
        var found = run("Қатарда Қазақстанның мәдениет күндері мәресіне жетті\nАСТАНА. KAZINFORM — Қатар "
                + "Мемлекетінде Қазақстан Республикасының мәдениет күндері мәресіне жетті. Іс-шара аясында Доха "
                + "қаласының тұрғындары мен қонақтары еліміздің мәдени мұрасы, дәстүрлері мен заманауи өнерімен "
                + "танысуға мүмкіндік алды.\nНегізгі іс-шаралар Дарб әл-Сағи мәдени-тарихи орталығында өтті.");
        assertEquals("QA", find(found, ActorType.EVENT, "Қазақстан Республикасының мәдениет күндері").country());
        assertEquals("QA", find(found, ActorType.ORGANISATION, "Дарб әл-Сағи мәдени-тарихи орталығы").country());
    }

    @Test
    void aRegionsGovernmentInAnEnglishTitleSaysWhereItsHolderServes() {
        var found = run("Days of Kazakh culture kick off in Russia\nOpening the event, Deputy Governor of Atyrau region "
                + "Kairat Nurtayev and Deputy Chairman of the Kazakh Culture Committee Kumis Seitova highlighted the "
                + "importance of the celebrations.\nIn his part, Deputy Governor – Chairman of Astrakhan region’s "
                + "government Oleg Knyazev said that the two countries are connected with the close, allied, and "
                + "friendly relations.");
        Candidate knyazev = find(found, ActorType.PERSON, "Oleg Knyazev");
        assertEquals("RU", knyazev.country());
        assertEquals("Chairman of Astrakhan region’s government", knyazev.role());
        assertEquals("Deputy Governor of Atyrau region", find(found, ActorType.PERSON, "Kairat Nurtayev").role());
    }

    @Test
    void aVenueARussianSentenceHoldsSomethingInIsTheHostsOfDaysOfCulture() {
        var found = run("В Таджикистане 3-5 апреля пройдут Дни культуры Туркменистана\n\nКак сообщили в Министерстве "
                + "культуры Туркменистана, официальная церемония открытия творческой акции состоится 3 апреля в "
                + "Государственном академическом театре оперы и балета имени Садриддина Айни. Здесь же пройдет первое "
                + "мероприятие Дней культуры - концерт мастеров искусств Туркменистана.");
        assertEquals("TJ", find(found, ActorType.ORGANISATION,
                "Государственный академический театр оперы и балета имени Садриддина Айни").country());
        found = run("Касым-Жомарт Токаев и Эмомали Рахмон посетили торжественный концерт по случаю открытия Дней "
                + "культуры Казахстана в Таджикистане, сообщает Kazpravda.kz со ссылкой на Акорду\nНа гала-концерте, "
                + "прошедшем в государственном комплексе «Кохи Борбад», выступили мастера искусств Казахстана и "
                + "Таджикистана, в том числе симфонический оркестр и балетная труппа Astana ballet.");
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "Государственный комплекс «Кохи Борбад»").country());
    }

    @Test
    void aShortCountryNameOpeningABodysNameIsItsCountryUnlessItIsAFirstName() {
        var found = run("The exhibition was inaugurated by Tajikistan’s Minister of Culture, Matlubakhon Sattoriyon. "
                + "Organized by the Iran Book and Literature House, Iran’s stand features recently published titles.");
        assertEquals("IR", find(found, ActorType.ORGANISATION, "Iran Book and Literature House").country());
        found = run("The exhibition in Dushanbe was opened by Chad Morris, director of the Dushanbe Book Centre.");
        assertFalse(found.stream().anyMatch(c -> "TD".equals(c.country())), ExtractorFixture.names(found).toString());
    }

    @Test
    void theLeaderOfTheNationIsKazakhstansWhereverTheSentenceIs() {
        var found = run("Елбасы Н.Назарбаев 2013 жылы Әзербайжанның Габала қаласында өткен Түркітілдес мемлекеттердің "
                + "ынтымақтастық кеңесінің ІІІ cаммитінде Түркі академиясына түркі әлемі туралы халықаралық жиын "
                + "өткізуді жүктеген болатын.");
        Candidate leader = find(found, ActorType.PERSON, "Н.Назарбаев");
        assertEquals("KZ", leader.country());
        assertEquals("Елбасы", leader.role());
    }

    @Test
    void aNationalityOpeningANameAfterAtIsNoPlaceTheBodyIsWhereItsNameSays() {
        List<Candidate> found = run("This event, planned as part of the celebrations commemorating the Golden Jubilee "
                + "of His Highness the Aga Khan, will take place at the Indian Center for Cultural Relations in "
                + "Dushanbe.");
        Candidate centre = find(found, ActorType.ORGANISATION, "Indian Center for Cultural Relations in Dushanbe");
        assertEquals("TJ", centre.country());
        assertEquals("Dushanbe", centre.city());
    }

    @Test
    void aKazakhPapersOurRegionIsInKazakhstanHoweverOftenAGuestNationIsNamed() {
        List<Candidate> found = run("Тәжік орталығында болған бір күн\n\nБүгінгі таңда облысымызда 18 этносты "
                + "біріктіретін 50-ге жуық этномәдени бірлестік бар. Ал, өткен жылы олардың қатарын «Санги-Кабуд» "
                + "тәжік орталығы толықтырды. Атауын қазақшаға аударғанда «Көкшетау таулары» деген мағынаны "
                + "білдіретін бұл бірлестік 2017 жылдың қараша айында ашылған болатын.\n\n«Жас келсе – іске» "
                + "демекші, кәсіби спортшы, қазақ, араб, парсы тілдерін еркін меңгерген іскер жас Умар Шоназаровтың "
                + "жетекшілігімен тәжік ұлттық-мәдени орталығы ашылған күннен бастап-ақ жұмысқа қызу кірісіп кетті.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Умар Шоназаров").country());
    }

    @Test
    void aCentreOfANationsCultureIsNotInThatNationsStateWhileAnotherIsNamed() {
        var found = run("2018 жылдың 7 қазан күні «Ретро» саябақта «Ынтымақ» өзбек этно-мәдени бірлестігінің "
                + "ұйымдастыруымен «Өзбек мәдениет күні» өтті. Мерекелік шара «Ынтымақ» этно-мәдени бірлестігінің "
                + "төрағасы Амиров Акмаль Абдулхамидовичтің сөзімен басталды. Атырау облысы Қазақстан халқы "
                + "Ассамблеясының меңгерушісі Г.Шәкірова «Ынтымақ» өзбек этно-мәдени бірлестігінің алғашқы өткізіп "
                + "отырған мерекелік шарасының сәтті шығуына тілегін білдірді.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "«Ынтымақ» өзбек этно-мәдени бірлестігі").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Амиров Акмаль Абдулхамидович").country());
    }

    @Test
    void theCityOfARegionsDaysIsTheGuestsAndTheSentenceSaysWhereTheyAre() {
        var found = run("Душанбе, 04.06.2014. (НИАТ «Ховар», Раъно Нусратуллозода).- Дни образования, науки и культуры "
                + "Томской области пройдут в Таджикистане с 10 по 13 июня. Об этом сообщает Министерство культуры "
                + "Таджикистана.");
        assertEquals("TJ", find(found, ActorType.EVENT, "Дни образования, науки и культуры Томской области").country());
    }

    @Test
    void aCitysDaysAbroadAreAVisitOfItsCountry() {
        var found = run("В Москве завершились Дни культуры Астаны\n\nОрганизовали мероприятие акимат Астаны и "
                + "правительство Москвы при поддержке посольства Казахстана в России, сообщает Orda.kz.\n\nДля москвичей "
                + "на гала-концерте выступили Роза Рымбаева, оперные певцы Нуржамал Усенбаева и Сундет Байгожин, "
                + "оригинальный музыкальный дуэт домбры и балалайки в исполнении Ержана Токсабанова и Михаила "
                + "Кандаурова, фольклорный ансамбль «Сарыарка», камерный оркестр Государственной академической "
                + "филармонии им. Еркегали Рахмадиева и многие другие.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Роза Рымбаева").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Сундет Байгожин").country());
    }

    @Test
    void anEventIsWhereTheVenueTheSentencePutsItInIs() {
        var found = run("15 августа 2025 года в Рахманиновском зале Московской государственной консерватории им. "
                + "П.И.Чайковского состоялся торжественный туркмено-российский концерт под названием «Музыка мира, "
                + "музыка дружбы и братства», посвященный 80-летию Победы в Великой Отечественной войне, 30-летию "
                + "постоянного Нейтралитета Туркменистана, а также провозглашению 2025 года «Международным годом мира "
                + "и доверия».");
        assertEquals("RU", find(found, ActorType.EVENT,
                "Торжественный туркмено-российский концерт «Музыка мира, музыка дружбы и братства»").country());
    }

    @Test
    void aKazakhEventsCityAfterTheNumberItOpensWithIsWhereItIsHeld() {
        // Adebiportal, on Kazakh authors at the Ankara book fair
        List<Candidate> found = run("XVI Анкара кітап жәрмеңкесіне қазақстандық авторлар да қатысады\nҮстіміздегі "
                + "жылдың 22-31 қазан аралығында Түркия Республикасының астанасы – Анкара қаласындағы «ATO Congresium» "
                + "көрме орталығында «XVI Анкара кітап жәрмеңкесі» өтеді.");
        assertEquals("TR", find(found, ActorType.EVENT, "XVI Анкара кітап жәрмеңкесі").country());
    }

    @Test
    void aRussianNationsAdjectiveInLowerCaseInsideANameIsItsSubjectNotItsState() {
        // Tengrinews, on a festival of Central Asian theatres in Almaty
        List<Candidate> found = run("В фестивале примут участие Кыргызский государственный театр юного зрителя имени Кыдыкеевой, "
                + "Таджикский гостеатр музыкальной комедии имени Назарова, Творческо-производственное "
                + "объединение \"Узбектеатр\" совместно с государственным институтом искусств и культуры "
                + "Узбекистана, а также театры Казахстана - Казахский государственный академический театр для "
                + "детей и юношества имени Мусрепова, Северо-Казахстанский областной казахский "
                + "музыкально-драматический театр имени Муканова, Южно-Казахстанский областной русский "
                + "драматический театр, Государственный академический казахский музыкально-драматический театр "
                + "имени Куанышбаева, Актюбинский областной театр драмы имени Ахтанова, Республиканский "
                + "немецкий драматический театр и Музыкально-театральный центр Айгуль Иманбаевой, сообщила "
                + "пресс-служба министерства культуры и информации.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Республиканский немецкий драматический театр").country());
    }
}
