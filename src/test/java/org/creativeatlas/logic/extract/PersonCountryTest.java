package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Whose a person is, from published sentences where the title, a form of address or a lead-in says it. */
class PersonCountryTest {

    @Test
    void aHeadlineEndingInOneCountryLeavesTheNextLinesTitleItsOwnState() {
        List<Candidate> found = run("Фоторепортаж. Как проходил Первый форум ректоров вузов Кыргызстана и России\n"
                + "Президент Кыргызской Республики Сооронбай Жээнбеков сегодня, 27 марта, принял участие в Первом "
                + "форуме ректоров вузов Кыргызской Республики и Российской Федерации.");
        assertEquals("KG", find(found, ActorType.PERSON, "Сооронбай Жээнбеков").country());
    }

    @Test
    void aNationsAdjectiveBeforeAMusiciansTitleGivesTheirCountry() {
        List<Candidate> found = run("В трех фестивальных концертах примут участие мастера казахстанской и зарубежной "
                + "сцены: вокалист Дарига Назарбаева; знаменитый российский органист Рубин Абдуллин; ведущий "
                + "отечественный пианист Тимур Урманчев; уроженец Казахстана, востребованный на крупнейших мировых "
                + "площадках, дирижер Ренат Салаватов; молодые оперные звезды Медет Чотабаев и Андрей Трегубенко; "
                + "государственный академический симфонический оркестр Казахстана; государственная хоровая капелла "
                + "имени Байкадамова; фольклорно-этнографический ансамбль «Сазген сазы».");
        Candidate organist = find(found, ActorType.PERSON, "Рубин Абдуллин");
        assertEquals("RU", organist.country());
        assertEquals("знаменитый российский органист", organist.role());
        assertEquals("вокалист", find(found, ActorType.PERSON, "Дарига Назарбаева").role());
    }

    @Test
    void aNationsDaysNamedDeepInAReportMakeNoGuestsOfThePeopleItLists() {
        List<Candidate> found = run("On April 21-25 Tashkent hosted the Fine Arts Festival marking the Healthy Child "
                + "Year. The Academy of Arts of Uzbekistan (AAUz), the Art Exhibitions Directorate, the Artists Union of "
                + "the AAUz, and the Central Exhibition Hall (CEH) organized the festival that ran in the exhibition "
                + "venues in the capital Tashkent and other places in Uzbekistan. During the week, all guests, "
                + "participants and admirers of arts from abroad, the capital city and the country’s provinces had a "
                + "chance to see the unique works created by masters.\n"
                + "At the opening ceremony the People’s Artist of Uzbekistan Akmal Nuridinov, Chair of the Academy of "
                + "Arts, noted that the priority objective of the event, which has become traditional, is to "
                + "demonstrate creative potential in the fine arts domain, as well as to promote further development of "
                + "children’s art and help young people learn to appreciate art and beauty. This year the Fine Arts "
                + "Festival went beyond the national boundaries to become an international forum: it encompassed the "
                + "Japanese Culture Days and an exhibition of Guseyn Ahverdiev, People’s Artist of Azerbaijan.\n"
                + "On the opening day in Tashkent over a hundred works by fifty artists from Kokand, Ferghana, Namangan, "
                + "Nukus, Khorezm, Andijan, Rishtan, Qarshi, Samarqand and Bukhara were demonstrated. Among the "
                + "participants were fine art masters Muhammadjon Tajimirzaev and Doniyor Sohibov from Namangan; "
                + "Sarsenbai Baibosinov from Nukus; Azamat Satarov from Qarshi, and others. Works from Tashkent were "
                + "presented by masters pursuing different styles and genres of fine art, namely Alisher Mirzaev, "
                + "Faizulla Ahmadaliev, Babur Ismailov, Babur Muhammedov, Valeriy Yenin, Bayat Mukhtarov, Ibragim "
                + "Valihojaev, Alisher Alikulov, Tohir Karimov and others.");
        assertEquals("UZ", find(found, ActorType.PERSON, "Alisher Mirzaev").country());
        assertEquals("UZ", find(found, ActorType.PERSON, "Muhammadjon Tajimirzaev").country());
    }

    @Test
    void aListOfAMissionsStaffIsOfTheStateItStandsForAndADatelinesTownIsNoBody() {
        List<Candidate> found = run("ASHKHABAT, 14 February – IP “TURKMENinform”. The Ashkhabad Museum of Fine Arts "
                + "holds a photo exhibition of works of Turkmen photocorrespondents and officials of the Embassy of "
                + "Russian Federation in Turkmenistan. The exhibition organised by the Ministry of Culture and "
                + "Tele-radiobroadcasting of Turkmenistan together with the Russian Embassy is timed to the Day of "
                + "National Flag of Turkmenistan (February 19) and the Diplomat’s Day (celebrated in Russia on February "
                + "10).\n"
                + "Visitors can see works of the Russian Embassy officials Olga Sokol, Evgeny Levkoev, Vladimir "
                + "Nestoyanov and Alexander Kuznetsov devoted to everyday life and holidays of Turkmenistan, Turkmen "
                + "historical monuments, its nature and people.");
        assertEquals("RU", find(found, ActorType.PERSON, "Olga Sokol").country());
        assertEquals("RU", find(found, ActorType.PERSON, "Evgeny Levkoev").country());
        assertEquals("RU", find(found, ActorType.PERSON, "Alexander Kuznetsov").country());
        assertFalse(ExtractorFixture.has(found, ActorType.ORGANISATION, "ASHKHABAT"));
    }

    @Test
    void aRussianCentreOfScienceAndCultureStandsWhereItIsAndItsHeadIsRussias() {
        List<Candidate> found = run("В Бишкеке прошел концерт русской вокальной музыки\n"
                + "На сцене Российского центра науки и культуры в столице Кыргызстана выступили лауреат международных "
                + "конкурсов Сергей Старожилов в сопровождении концертмейстера заслуженной артистки Кыргызской "
                + "Республики Айканыш Текеновой.\n"
                + "Артисты исполнили произведения русских композиторов Петра Чайковского, Цезаря Кюи, Модеста "
                + "Мусоргского, Михаила Глинки и др. Ведущий концерта актер Государственного национального русского "
                + "театра драмы им. Ч. Айтматова Станислав Касьянов рассказал зрителям о красоте и жанровой "
                + "самобытности русской вокальной музыки.\n"
                + "В завершении творческого вечера руководитель РЦНК Виктор Нефедов поблагодарил музыкантов за яркое "
                + "выступление и вручил им памятные подарки.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Российский центр науки и культуры").country());
        Candidate head = find(found, ActorType.PERSON, "Виктор Нефедов");
        assertEquals("RU", head.country());
        assertEquals("руководитель РЦНК", head.role());
        Candidate accompanist = find(found, ActorType.PERSON, "Айканыш Текенова");
        assertEquals("KG", accompanist.country());
    }

    @Test
    void anEmbassyToACountryIsNamedWithItAndStandsThere() {
        List<Candidate> found = run("Musical event organized by the Ministry of Culture of our country, the Embassy of "
                + "the Republic of Korea to Turkmenistan and the Ministry of Culture, Sport and Tourism of Korea, was held "
                + "in Magtumguly Music and Drama Theatre on March 25.");
        assertEquals("TM", find(found, ActorType.ORGANISATION, "Embassy of the Republic of Korea to Turkmenistan")
                .country());
        assertEquals("KR", find(found, ActorType.ORGANISATION, "Ministry of Culture, Sport and Tourism of Korea")
                .country());
    }

    @Test
    void englishTitlesWithTheCityOfAndToTheRepublicOfRunOnToTheirNames() {
        List<Candidate> found = run(" It was attended by the Secretary of State of the Republic of Kazakhstan Gulshara "
                + "Abdykalikova, akim of the city of Astana Aset Isekeshev, Ambassador Extraordinary and Plenipotentiary "
                + "of Uzbekistan to the Republic of Kazakhstan Saidikrom Niyozkhujaev, who emphasized that cooperation "
                + "based on centuries-old friendship and strategic partnership of the two countries has been "
                + "consistently developing at a new level.");
        Candidate akim = find(found, ActorType.PERSON, "Aset Isekeshev");
        assertEquals("akim of the city of Astana", akim.role());
        assertEquals("KZ", akim.country());
        assertEquals("UZ", find(found, ActorType.PERSON, "Saidikrom Niyozkhujaev").country());
    }

    @Test
    void aRussianRoleJoinedByAndKeepsBothTitlesAndTheStateTheyName() {
        Candidate head = find(run("Руководство Московского международного фестиваля искусств им. Н.Халмамедова "
                + "способствовало организации торжественного концерта при участии вокалиста Батыра Алиева, скрипичного "
                + "ансамбля «Арпеджио», заслуженной артистки РФ и председательницы жюри Международного конкурса «Звуки "
                + "дутара» Леонары Дмитерко."), ActorType.PERSON, "Леонары Дмитерко");
        assertTrue(head.role().startsWith("заслуженной артистки РФ и председательницы жюри"), head.role());
        assertEquals("RU", head.country());
    }

    @Test
    void aMissionsStaffAreOfTheStateItStandsForNotOfItsTown() {
        List<Candidate> found = run("Muhammad Egamzod, press secretary of the Tajik Embassy in Moscow, has told "
                + "Asia-Plus that Tajik book entitled “Shoironi Movarounnahr” (Poets of Movarounnahr) published in the "
                + "Tajik printing-house “Adib” was recognized winner of the nomination “My Universities.”");
        assertEquals("TJ", find(found, ActorType.PERSON, "Muhammad Egamzod").country());
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Tajik Embassy in Moscow").country());
    }

    @Test
    void aFormOfAddressAfterTheCommaLeavesTheTitleToTheNameAfterIt() {
        List<Candidate> found = run("On August 25, the opening ceremony of the Days of Culture of the Republic of "
                + "Tajikistan in the Republic of Kazakhstan was held with the participation of the Founder of Peace "
                + "and National Unity - Leader of the Nation, President of the Republic of Tajikistan, Honorable "
                + "Emomali Rahmon and the President of the Republic of Kazakhstan, Honorable Kassym-Jomart Tokayev.");
        Candidate tokayev = find(found, ActorType.PERSON, "Kassym-Jomart Tokayev");
        assertEquals("KZ", tokayev.country());
        assertEquals("President of the Republic of Kazakhstan", tokayev.role());
        assertEquals("TJ", find(found, ActorType.PERSON, "Emomali Rahmon").country());
    }

    @Test
    void anEnvoyInOurCountryKeepsTheTitleBeforeHisName() {
        List<Candidate> found = run("The chairman of the Academy of Arts of Uzbekistan Akmal Nuriddinov, Ambassador "
                + "Extraordinary and Plenipotentiary of the People's Republic of China in our country Sun Lizi, "
                + "Ambassador Extraordinary and Plenipotentiary of Slovakia Ivan Pavol and others noted the support.");
        Candidate envoy = find(found, ActorType.PERSON, "Sun Lizi");
        assertEquals("CN", envoy.country());
        assertEquals("Ambassador Extraordinary and Plenipotentiary of the People's Republic of China in our country",
                envoy.role());
        assertEquals("SK", find(found, ActorType.PERSON, "Ivan Pavol").country());
    }

    @Test
    void peopleListedAfterTheCountryTheyComeFromAreItsWhereverOneOfThemLives() {
        List<Candidate> found = run("Approximately half of the participants are from Uzbekistan, including "
                + "photographer Bekzod Boltaev, ceramic artist Abdulvahid Bukhoriy, multidisciplinary artist Daria "
                + "Kim, ethnographic and cultural documentary photographer Zilola Saidova and London-based artist "
                + "Aziza Kadyri.");
        assertEquals("UZ", find(found, ActorType.PERSON, "Bekzod Boltaev").country());
        assertEquals("UZ", find(found, ActorType.PERSON, "Abdulvahid Bukhoriy").country());
        found = run("The festival closed in Samarkand. The second place was awarded to the musical group ‘Atameken’ from Kazakhstan and representatives "
                + "of Uzbekistan – members of the Maqom Band -- Alisher Akhmedov and Fazilat Akhmedova.");
        assertEquals("UZ", find(found, ActorType.PERSON, "Alisher Akhmedov").country(),
                "a group's «from» is the group's, not the people's named after it");
    }

    @Test
    void aRepresentativeIsOfWhomHeRepresentsNotWhereHeServes() {
        List<Candidate> found = run("На концерте выступили руководитель Россотрудничества в Республике Узбекистан "
                + "Виктор Шулика и представитель Республики Татарстан в Республике Узбекистан Рамиль Шакиров.");
        assertEquals("руководитель Россотрудничества в Республике Узбекистан",
                find(found, ActorType.PERSON, "Виктор Шулика").role());
        Candidate envoy = find(found, ActorType.PERSON, "Рамиль Шакиров");
        assertEquals("представитель Республики Татарстан в Республике Узбекистан", envoy.role());
        assertEquals("RU", envoy.country());
    }

    @Test
    void aKazakhTitlesManComesBeforeTheOneWhoseWorkHeSpeaksOf() {
        List<Candidate> found = run("Тұсаукесерге қатысқан Қазақстанның Қырғыз еліндегі елшісі Кәрім Көкірекбаев "
                + "Шәкәрім Құдайбердіұлының үлкен қайраткер, ақын, философ екенін атап өтті.");
        Candidate envoy = find(found, ActorType.PERSON, "Кәрім Көкірекбаев");
        assertEquals("KZ", envoy.country());
        assertTrue(envoy.role().endsWith("Қазақстанның Қырғыз еліндегі елшісі"), envoy.role());
    }

    @Test
    void aPlaceThatIsAWholeQuotedNameWeighsLessInWhatTheStoryIsAbout() {
        List<Candidate> found = run("Минина и Пожарского чествовали в «Туркестане»\n\nВо Дворце искусств «Туркестан» "
                + "прошел грандиозный гала-концерт в честь 10-й годовщины Договора о союзнических отношениях между "
                + "Россией и Узбекистаном.\n\nГостей приветствовали руководитель Российского центра науки и культуры "
                + "в Ташкенте Виктор Шулика, директор Республиканского интернационального культурного центра Насреддин "
                + "Мухаммадиев.\n\nНа сцене блистали вокалисты первого состава "
                + "легендарного ансамбля «Ялла», звезды эстрады и театра Нормумин Султанов, Мансур Ташматов.");
        assertEquals("UZ", find(found, ActorType.PERSON, "Мансур Ташматов").country());
    }

    @Test
    void aBodyNamedInATitleCountsAsOneWordOfItAndTheNextTitleStaysTheNextPersons() {
        List<Candidate> found = run("Гостей приветствовали российский посол Владимир Тюрденев, руководитель Российского "
                + "центра науки и культуры в Ташкенте Виктор Шулика, директор Республиканского интернационального "
                + "культурного центра Насреддин Мухаммадиев.");
        assertEquals("руководитель Российского центра науки и культуры в Ташкенте",
                find(found, ActorType.PERSON, "Виктор Шулика").role());
        found = run("На открытии присутствовали мэр города Айбек Джунушалиев, уполномоченная по правам ребенка КР Асель "
                + "Чынбаева, президент CIOFF Венгрии и председатель Всемирной комиссии CIOFF по детским фольклорным "
                + "фестивалям Йозеф Стигетвари, а также другие почетные гости.");
        assertEquals("KG", find(found, ActorType.PERSON, "Асель Чынбаева").country());
    }

    @Test
    void theSecondOfTwoPeopleJoinedIsSomeoneTooInEnglishAndKazakh() {
        List<Candidate> found = run("Kassym-Jomart Tokayev and Emomali Rahmon visited a solemn concert held on the "
                + "occasion. During this period, the Leader of the Nation, President of the Republic of Tajikistan, "
                + "respected Emomali Rahmon, donated a painting.");
        // titles set off one after another before the name are one role (EnglishTitleRuns)
        assertEquals("Leader of the Nation, President of the Republic of Tajikistan",
                find(found, ActorType.PERSON, "Emomali Rahmon").role());
        found = run("Қасым-Жомарт Тоқаев пен Эмомали Рахмон Қазақстанның Тәжікстандағы мәдени күндерінің ашылуына "
                + "қатысты.");
        find(found, ActorType.PERSON, "Эмомали Рахмон");
        find(found, ActorType.EVENT, "Қазақстанның Тәжікстандағы мәдени күндері");
    }

    @Test
    void whoeverWorksForRussiasAgencyAbroadIsRussiasWhereverItsOfficeStands() {
        List<Candidate> found = run("Победителей поздравляли и министр культуры Кыргызстана Азамат Жаманкулов, "
                + "исполняющая обязанности руководителя представительства Россотрудничества в КР Екатерина Ерёмина, "
                + "члены жюри конкурса.");
        Candidate acting = find(found, ActorType.PERSON, "Екатерина Ерёмина");
        assertEquals("RU", acting.country(), "the agency is Russia's");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Представительство Россотрудничества в КР").country(),
                "its office stands in Kyrgyzstan");
        assertEquals("KG", find(found, ActorType.PERSON, "Азамат Жаманкулов").country());
        found = run("Руководитель Представительства Россотрудничества в Республике Узбекистан Ирина Старосельская "
                + "подчеркнула необходимость дальнейшего укрепления отношений.");
        assertEquals("RU", find(found, ActorType.PERSON, "Ирина Старосельская").country());
    }

    @Test
    void aParliamentsNameAfterAnEnvoysNameIsTheBodyNotASecondPerson() {
        List<Candidate> found = run("Жиынға Қазақстан Республикасының Қырғыз Республикасындағы Төтенше және "
                + "өкілетті елшісі Қайрат Нұрпейісов Жогорку Кенеш депутаттары, екі елдің белгілі мемлекет "
                + "қайраткерлері қатысты.");
        Candidate envoy = find(found, ActorType.PERSON, "Қайрат Нұрпейісов");
        assertEquals("KZ", envoy.country());
        assertTrue(envoy.role().endsWith("өкілетті елшісі"), envoy.role());
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Жогорку Кенеш").country());
        assertTrue(found.stream().noneMatch(c -> c.type() == ActorType.PERSON && c.name().contains("Кенеш")),
                found.toString());
    }

    @Test
    void aKazakhPapersHeadOfStateWithNoStateNamedIsKazakhstansWhereverTheStoryIs() {
        List<Candidate> found = run("Кеше Бішкек қаласында форум өтті. Мемлекет басшысы Қасым-Жомарт Тоқаевтың "
                + "Қырғызстанға мемлекеттік сапары қарсаңында өткен алқалы жиынға Қырғыз Республикасы Президентінің "
                + "кеңесшісі Сұлтан Раев қатысты.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Қасым-Жомарт Тоқаев").country());
        assertEquals("KG", find(found, ActorType.PERSON, "Сұлтан Раев").country());
    }

    @Test
    void aKazakhRoleRunsBackOverACommaBetweenTheFieldsOfOneMinistry() {
        List<Candidate> found = run("Жиынға ҚР Мәдениет және спорт министрі Арыстанбек Мұхамедиұлы, Түркия "
                + "Республикасының Мәдениет және туризм министрі Нуман Куртулмуш, Қырғыз Республикасының Мәдениет, "
                + "ақпарат және туризм министрі Сұлтанбек Жұмағұлов және ТҮРКСОЙ мүше елдердің өкілдері қатысты.");
        Candidate minister = find(found, ActorType.PERSON, "Сұлтанбек Жұмағұлов");
        assertEquals("Қырғыз Республикасының Мәдениет, ақпарат және туризм министрі", minister.role());
        assertEquals("KG", minister.country());
        assertEquals("Түркия Республикасының Мәдениет және туризм министрі",
                find(found, ActorType.PERSON, "Нуман Куртулмуш").role());
    }

    @Test
    void aStateInSomeonesTitleOutweighsTheTownTheSentencePlacesHimIn() {
        // Kazinform's edition in Arabic letters: «in Bishkek, on the eve of Kazakhstan's President's visit …»
        Candidate president = find(run("بىشكەك. قازاقپارات - 20- تامىزدا بىشكەكتە قازاقستان پرەزيدەنتى قاسىم-جومارت "
                + "توقايەۆتىڭ قىرعىزستانعا رەسمي ساپارى قارساڭىندا «الا- توو» كينوتەاترىندا قازاقستان كينوسى كۇندەرى "
                + "باستالدى، دەپ حابارلايدى Kazinform اگەنتتىگىنىڭ مەنشىكتى ءتىلشىسى."), ActorType.PERSON,
                "قاسىم-جومارت توقايەۆ");
        assertEquals("KZ", president.country());
    }

    @Test
    void guestsFromTheRepublicOfANationAreItsAndAKoreanNameKeepsItsThreeWords() {
        List<Candidate> found = run("As guests from the Republic of Korea, the event was also attended by Deputy "
                + "Foreign Minister Chae Yong Sam, Ambassador Kim Hee Sang, former Ambassadors of the Republic of Korea "
                + "to the Republic of Uzbekistan Choi Yong Ha, Jung Dae Wan and Lee Wook, Chairman of \"Eurasia Networks "
                + "Group\" Kim Chang Keon, President of the International Korean University in Ferghana (KIUF) Park "
                + "Chung Ho and others.");
        assertEquals("KR", find(found, ActorType.PERSON, "Chae Yong Sam").country());
        assertEquals("KR", find(found, ActorType.PERSON, "Kim Hee Sang").country());
    }

    @Test
    void istanbulIsSpelledTwoWaysInKazakh() {
        List<Candidate> found = run("Бұл іс-шараны Ыстамбул мәдениет басқармасы және Қазақ-түрік мәдени, ағарту-білім "
                + "зерттеу қоғамының төрағасы Ертолқын Гейратуллах ұйымдастырды.");
        assertEquals("TR", find(found, ActorType.ORGANISATION, "Ыстамбул мәдениет басқармасы").country());
    }

    @Test
    void thePeopleListedAfterANationsDelegationAreOfThatNation() {
        List<Candidate> found = run("More than 300 cinematographers, directors, well-known artists, and experts in the "
                + "field of cinema from 35 countries arrived in Tashkent to join the festival.\n\nAzerbaijani delegation "
                + "includes director of AzerbaijanFilm studio Nazim Huseynov, People's Artist Vagif Mustafayev, director "
                + "and film critic Ayaz Salayev, directors and producers Oleg Safaraliyev, Asif Rustamov, Ilgar Najaf, "
                + "People's Artists Gulyanag Mammadova, Gulyaz Mammadova.");
        assertEquals("AZ", find(found, ActorType.PERSON, "Ayaz Salayev").country());
        assertEquals("AZ", find(found, ActorType.PERSON, "Gulyaz Mammadova").country());
    }

    @Test
    void aRussianRoleSetOffByACommaBeforeAnotherIsThePersonsToo() {
        List<Candidate> found = run("На мероприятии присутствовали заместитель министра культуры Азербайджана, "
                + "народный артист Мурад Гусейнов, посол Туркменистана в Азербайджане Гурбанмаммет Эльясов, заместитель "
                + "министра культуры Туркменистана Нурсахет Ширимов, директор филармонии, народная артистка Айгюн "
                + "Самедзаде и другие официальные лица, представители общественности, культуры и науки города.");
        assertEquals("AZ", find(found, ActorType.PERSON, "Мурад Гусейнов").country());
        assertEquals("TM", find(found, ActorType.PERSON, "Нурсахет Ширимов").country());
    }

    @Test
    void aNationsAdjectiveOpeningTheTradeBeforeANameIsThePersonsButNotOneBeforeAVerb() {
        List<Candidate> found = run("The jury includes Chinese film director, screenwriter and producer Jia Zhangke, "
                + "South Korean film director Lee Chang-dong, leading German filmmaker Andreas Dresen, Belarusian actress "
                + "and film director Olga Dyhovichnaya and legendary Kazakh actor Asanali Ashimov.");
        assertEquals("CN", find(found, ActorType.PERSON, "Jia Zhangke").country());
        assertEquals("BY", find(found, ActorType.PERSON, "Olga Dyhovichnaya").country());
        found = run("Bishkek, Kyrgyzstan – Over 200 delegates and PEN members will gather in Bishkek next week for the "
                + "80th PEN International Congress, bringing together prominent writers, journalists and poets from "
                + "across the globe including Canadian writer Yann Martel, Russian-American journalist Masha Gessen, "
                + "Ukrainian novelist Andrei Kurkov, Argentinean novelist and translator Carlos Gamerro, OSCE "
                + "Representative on Freedom of the Media Dunja Mijatović and Kazakh poet Olzhas Suleimenov in "
                + "Kyrgyzstan’s capital city.");
        assertEquals("AR", find(found, ActorType.PERSON, "Carlos Gamerro").country());
        // Kazinform, on the Eurasian book fair in Astana: a trade that opens with a word of its field after a comma
        found = run("The youngest participants will also enjoy master classes \"How to write a book?\" by well-known "
                + "Kazakhstani writer Liliya Klaus and Russian writer, script writer and playwright Yevgeniya Dekina.");
        assertEquals("RU", find(found, ActorType.PERSON, "Yevgeniya Dekina").country());
        found = run("Дни культуры Казахстана прошли в Душанбе. Своё творчество таджикским зрителям представили "
                + "известные деятели культуры Димаш Кудайберген, Айгуль Улкенбаева, Темирлан Бейсембай (Ratovich), "
                + "группа El Voice, Фарух Тохтамуратов (Adam) и другие.");
        assertFalse("TJ".equals(find(found, ActorType.PERSON, "Димаш Кудайберген").country()));
    }

    @Test
    void aTatarTheatreIsRussiasWhereverItsGuestsComeFrom() {
        List<Candidate> found = run("Они начались 24–26 сентября 2018 г. с гастролей Узбекского национального "
                + "академического драматического театра, который представил драму «Испытания судьбы» Кучкара Наркабила "
                + "и моноспектакль «Материнское поле» Чингиза Айтматова на сцене Татарского государственного "
                + "академического театра имени Галиаскара Камала.");
        assertEquals("RU", find(found, ActorType.ORGANISATION,
                "Татарский государственный академический театр имени Галиаскара Камала").country());
        assertEquals("UZ", find(found, ActorType.ORGANISATION,
                "Узбекский национальный академический драматический театр").country());
    }

    @Test
    void aLineThatIsOnlyACountryHeadsTheFilmsAndDirectorsUnderIt() {
        List<Candidate> found = run("В конкурсе примут участие фильмы производства пяти республик Центральной Азии. "
                + "Всего заявлено 11 картин. По три фильма представят Казахстан, Кыргызстан и Узбекистан, по одной — "
                + "Таджикистан и Туркменистан:\nКазахстан:\n«Обучение Адемоки» Адильхана Ержанова\n«Братья» Дархана "
                + "Тулегенова\n«Степь» Максима Акбарова\nКыргызстан:\n«Белек» Дальмиры Тилепберген\n«Запах полыни» "
                + "Айбека Дайырбекова\n«О том, что помню» Актана Арым Кубата\nТаджикистан:\n«Фортуна» Мухиддина "
                + "Музаффара\nТуркменистан:\n«Дерево судьбы» Сахысалыка Байрамова\nУзбекистан:\n«Эволюция» Ёлкина "
                + "Туйчиева\n«Воскресенье» Шокира Халикова\n«Узбечка» Акбара Бектурдиева");
        assertEquals("KZ", find(found, ActorType.PERSON, "Адильхан Ержанов").country());
        assertEquals("TJ", find(found, ActorType.PERSON, "Мухиддин Музаффар").country());
        assertEquals("TM", find(found, ActorType.PERSON, "Сахысалык Байрамов").country());
        assertEquals("UZ", find(found, ActorType.PERSON, "Шокир Халиков").country());
    }

    @Test
    void thePeopleASentenceSaysRepresentAStateAreItsWhereverTheFestivalIs() {
        // Asia-Plus, on the Didor film festival in Dushanbe
        List<Candidate> found = run("Душанбе. 27 октября. «Азия-Плюс» — «Радость встречи -это великий дар. Встреча "
                + "это то, после чего потом что-то произрастает, поэтому название данного фестиваля подобранно как "
                + "нельзя более точно», — заявил накануне на церемонии открытия фестиваля «Дидор-2006» в "
                + "киноконцертном комплексе «Джоми» председатель международного жюри Наум Клейман.\nНа открытии "
                + "фестиваля зрителям были представлены участники «Дидор-2006», среди которых немало известных звезд "
                + "мирового кинематографа. В частности, Россию на фестивале представляют Вера Румянцева, Лариса "
                + "Садилова, Рустам Ахадов.");
        assertEquals("RU", find(found, ActorType.PERSON, "Вера Румянцева").country());
        assertEquals("RU", find(found, ActorType.PERSON, "Рустам Ахадов").country());
    }

    @Test
    void aRussianListWhoseItemsEachSayWhereThePersonIsFromNamesThemAll() {
        // Asia-Plus, on the Forum of Tajiks of the World in Dushanbe
        List<Candidate> found = run("Приехать на Форум изъявили желание известные деятели культуры и науки Саиджалол "
                + "Бадахшони из Великобритании, Масуд Миршохи из Франции, Манучехр Фарханги из Испании, Масуд Сипанд "
                + "из США, Алиасгар Шердуст из Ирана, а также режиссер Давлат Худойназаров.");
        assertEquals("FR", find(found, ActorType.PERSON, "Масуд Миршохи").country());
        assertEquals("ES", find(found, ActorType.PERSON, "Манучехр Фарханги").country());
        assertEquals("IR", find(found, ActorType.PERSON, "Алиасгар Шердуст").country());
    }

    @Test
    void aPersonNamedAfterABodyWhoseNameEndsInAStateIsNoPartOfItAndAMissionsStaffAreItsState() {
        // TMCARS, on an exhibition of Turkmen carpets in Bucharest
        List<Candidate> found = run("С приветственными речами выступили ответственный секретарь Национальной комиссии "
                + "Туркменистана по делам ЮНЕСКО Чинар Рустемова, государственный секретарь Министерства культуры "
                + "Румынии Диана Бачуна и Посол Туркменистана в Румынии Аннамаммет Аннаев.");
        assertEquals("RO", find(found, ActorType.PERSON, "Диана Бачуна").country());
        assertEquals("TM", find(found, ActorType.PERSON, "Аннамаммет Аннаев").country());
        find(found, ActorType.ORGANISATION, "Министерство культуры Румынии");
        // the Ryazan regional library, on a Tajik edition of Yesenin's poems
        found = run("Заведующая Центром культуры Посольства Республики Таджикистан в Российской Федерации Мухаррам "
                + "Кодирова поблагодарила всех, кто приложил усилия к изданию этой книги, и отметила важность подобных "
                + "культурных проектов.");
        assertEquals("TJ", find(found, ActorType.PERSON, "Мухаррам Кодирова").country());
    }

    @Test
    void peopleSaidToRepresentAStateAreItsWhereverTheFestivalIsHeld() {
        // NAQ.media, on Kyrgyz writers at Eurasian Creative Week in Khiva
        List<Candidate> found = run("Писательницы Бубуйра Бектенова и Наргиса Карасартова представили Кыргызстан на "
                + "8-м международном фестивале Eurasian Creative Week (XIII ECW) в Узбекистане.");
        assertEquals("KG", find(found, ActorType.PERSON, "Бубуйра Бектенова").country());
        assertEquals("KG", find(found, ActorType.PERSON, "Наргиса Карасартова").country());
    }

    @Test
    void theHeadOfARussianHouseAbroadIsRussias() {
        // Literaturny Dagestan, on the Russian stand at the Dushanbe book fair
        List<Candidate> found = run("В рамках официального открытия российского стенда экскурсию по экспозиции для "
                + "официальных гостей провел руководитель Русского дома в Душанбе Андрей Патрушев.");
        assertEquals("RU", find(found, ActorType.PERSON, "Андрей Патрушев").country());
    }

    @Test
    void bodiesGivenAsExamplesOfANationsKindAreItsAndSoAreTheirHeads() {
        // Eurasia Networks Group, on the 85th anniversary of Koreans in Uzbekistan, held in Tashkent
        List<Candidate> found = run("On November 6, large-scale events dedicated to the 85th anniversary of the "
                + "residence of ethnic Koreans in Uzbekistan were held in the capital's Palace of \"Drujba narodov\".\n"
                + "In the process of preparing and holding these events, South Korean companies "
                + "such as Eurasia Networks Group (Chairman Kim Chang Keon) and TDC Group (CEO Choi In Chang) provided "
                + "significant support, which organized the arrival and participation in the concert of famous "
                + "performers from the Republic Korea.\nAt the opening of the festive events, which were attended by "
                + "more than 4,000 guests from Uzbekistan and foreign countries, Tanzilla Narbayeva, Chairwoman of the "
                + "Senate of the Oliy Majlis of Uzbekistan, and Kim Jin Pyo, Speaker of the National Assembly of the "
                + "Republic of Korea, delivered a congratulatory speech.");
        assertEquals("KR", find(found, ActorType.ORGANISATION, "Eurasia Networks Group").country());
        assertEquals("KR", find(found, ActorType.ORGANISATION, "TDC Group").country());
        assertEquals("KR", find(found, ActorType.PERSON, "Kim Chang Keon").country());
    }

    @Test
    void herMajestysAmbassadorIsBritish() {
        // GOV.UK, on a Henry Moore exhibition in Tashkent
        List<Candidate> found = run("Her Majesty’s Ambassador Mr George Edgar hosted a traditional English tea party "
                + "to mark the opening of the exhibition.");
        assertEquals("GB", find(found, ActorType.PERSON, "George Edgar").country());
    }

    @Test
    void theHeadOfOneStatesBodyInAnotherIsOfTheFirst() {
        // The Ismaili, on Imamat Day in Dushanbe
        List<Candidate> found = run("Rudolf Schoch, Head of the Swiss Development Corporation in Tajikistan, praised "
                + "AKDN's approach towards development work: “Many organisations come to Tajikistan with projects "
                + "lasting for two to three years. In the case of the AKDN, it is a life-long engagement.");
        assertEquals("CH", find(found, ActorType.PERSON, "Rudolf Schoch").country());
        // Tajik National University, on a delegation of Korean universities
        found = run("The delegation was led by Secretary Alex Lee and Head of the Department of Foreign Economic "
                + "Cooperation of Korea in Tajikistan Jaebok Sim.");
        assertEquals("KR", find(found, ActorType.PERSON, "Jaebok Sim").country());
    }

    @Test
    void aStatesPossessiveOpeningAnEnvoysTitleToABodyIsWhoseTheEnvoyIs() {
        // TURKSOY, on a conference on Chingiz Aitmatov and UNESCO in Paris
        List<Candidate> found = run("The conference was attended by TURKSOY Secretary General Sultan Raev, UNESCO Assistant "
                + "Director-General Ernesto Ottone, Kyrgyzstan's Permanent Representative to UNESCO Ambassador "
                + "Sadyk Sher-Niyaz, Türkiye's Permanent Representative to UNESCO Ambassador Gülnur Aybet, the "
                + "President of the Academy of Sciences of Azerbaijan Prof. Dr. Isa Habibbeyli, Kazakhstan's "
                + "Permanent Representative to UNESCO Ambassador Askar Abdrakhmanov, Uzbekistan's Permanent "
                + "Representative to UNESCO Kamol Mukhtarov and Turkmenistan's Permanent Representative to UNESCO "
                + "Ambassador Maksat Chariev along with many diplomats, scholars, authors, and cultural "
                + "representatives from UNESCO member countries.");
        assertEquals("KG", find(found, ActorType.PERSON, "Sadyk Sher-Niyaz").country());
        assertEquals("TR", find(found, ActorType.PERSON, "Gülnur Aybet").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Askar Abdrakhmanov").country());
        assertEquals("TM", find(found, ActorType.PERSON, "Maksat Chariev").country());
    }

    @Test
    void aKazakhNationsWordBeforeItsNationalTitleOrClosingAListSaysWhoseThePeopleAre() {
        // Adebiportal, on a Kazakh poet's book presented in Bishkek
        List<Candidate> found = run("Ақынның қырғыз жерінде өткен алғашқы шығармашылық кешіне ҚР ұлттық Жазушылар одағы төрағасының "
                + "орынбасары К.Кадыракунов, қырғыз ұлт ақыны Г.Момунова, қырғыз ұлт жазушысы ақын А.Жақсылықов, "
                + "Ж.Саалаев, К. Көкүлов т.б. қырғыз ақындары, манасшы Талантаалы Бакчиев және Ербол Бейілхан "
                + "бастаған қазақ ақындары мен өлеңсүйер оқырмандар қатысты.");
        assertEquals("KG", find(found, ActorType.PERSON, "Г.Момунова").country());
        assertEquals("KG", find(found, ActorType.PERSON, "Ж.Саалаев").country());
        assertEquals("KG", find(found, ActorType.PERSON, "К. Көкүлов").country());
    }

    @Test
    void peopleListedUnderOneBodysTitleWithABracketAfterEachAreOfThatBodysState() {
        // the Ministry of Foreign Affairs of Tajikistan, on a concert of young Central Asian musicians in Berlin
        List<Candidate> found = run("Students of the Tajik National Conservatory Toshiev Idibek (Rubob), Khasanov "
                + "Jovidon (Ghijak) and Zokhidova Guljamol (Qonun) and other young musicians from Central Asia and "
                + "Germany performed on the prestigious stage of the Berlin Philharmonic.");
        assertEquals("TJ", find(found, ActorType.PERSON, "Khasanov Jovidon").country());
        assertEquals("TJ", find(found, ActorType.PERSON, "Zokhidova Guljamol").country());
    }

    @Test
    void aHostIsNoTravellerAndADirectorForACountryIsOfTheBodyHeDirects() {
        // Almaty Management University, on a British Council visit
        List<Candidate> found = run("On December 4, 2025, AlmaU hosted a meeting with representatives of the British Council – "
                + "Michael Holgate, Regional Director for Central Asia, and Robert Taylor, Country Director for "
                + "Kazakhstan, who were on a working visit to Almaty.\n"
                + "From AlmaU, the meeting was attended by:\n"
                + "• Sholpan Tazabek, Vice-Rector for Global Partnerships;\n"
                + "• Renata Kudaibergenova, Vice-Rector for Science and Commercialization;\n"
                + "• Kseniya Yuzhaninova-Karadenzli, Dean of the Graduate School of Business;\n"
                + "• Zhaniya Khaibullina, Head of the Center for Sustainable Development;\n"
                + "• Dayana Balgabekova, Director of the Institute of Education;\n"
                + "• Kamran Guseinov, Director of the Institute of International Relations.\n"
                + "During the meeting, the parties discussed current and prospective areas of cooperation "
                + "between AlmaU and the British Council, including the development of international "
                + "partnerships, research projects, initiatives in the creative industries, secondary and "
                + "higher education, as well as sustainability and climate-related projects. Robert Taylor also "
                + "presented the findings of the British Council’s new study, Next Generation Kazakhstan, "
                + "focused on the values, attitudes, and expectations of Kazakhstani youth.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "AlmaU").country());
        assertEquals("GB", find(found, ActorType.PERSON, "Michael Holgate").country());
        assertEquals("GB", find(found, ActorType.PERSON, "Robert Taylor").country());
    }
}
