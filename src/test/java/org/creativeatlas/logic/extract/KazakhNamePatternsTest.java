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

/** How Kazakh news items write names of bodies, events and people, in sentences as published. */
class KazakhNamePatternsTest {

    @Test
    void aBodyOfANationsPeopleAbroadIsNamedByTheCountryItIsIn() {
        assertEquals("FR", find(run("Құрылтайды Франциядағы түрік қазақтары қауымдастығы, Париждегі дипломаттарымыз "
                + "және «Отандастар» қоры ұйымдастырды."), ActorType.ORGANISATION,
                "Франциядағы түрік қазақтары қауымдастығы").country());
        assertEquals("Австриядағы қазақ диаспорасы қауымдастығы", find(run(" Біз үшін бұл жерде өте маңызды, – "
                + "Австриядағы қазақ диаспорасы қауымдастығының төрағасы Ертұғрул Шолпан."), ActorType.PERSON,
                "Ертұғрул Шолпан").affiliation());
        find(run("Мұнымен қоса, «Достық керуенінің» өкілдері Өзбекстан Республикасының Интерхалықаралық мәдени "
                + "орталығын, Өзбекстандағы қазақ мәдени орталығын және өзге де тарихи-мәдени орталықта болып, сол "
                + "елдің азаматтарымен кездесулер өткізеді."), ActorType.ORGANISATION, "Өзбекстандағы қазақ мәдени "
                + "орталығы");
    }

    @Test
    void centralOpensANameAndFieldsListedWithCommasStayInIt() {
        Candidate head = find(run("Әуезов атындағы Әдебиет және өнер институтының директоры Кенжехан Матыжанов, "
                + "Орталық мемлекеттік архив директоры Сәбит Шілдебай қатысты."), ActorType.PERSON, "Сәбит Шілдебай");
        assertEquals("Орталық мемлекеттік архив", head.affiliation());
        find(run(" Ыстамбул қаласы Зейтінбурны ауданындағы Орталық мәдениет сарайында фильм көрсетілімі өтті."),
                ActorType.ORGANISATION, "Орталық мәдениет сарайы");
        Candidate academy = find(run("Бүгін Халықаралық әдебиет, өнер, мәдениет және әлеуметтік ғылымдар академиясының "
                + "(Өзбекстан Республикасы) академиктері, атап айтқанда Академия Президенті Абдулла Менгкобилов, "
                + "Вице-президенттері Нурали Халмуратович Кабулов, Сайфиддин Рафиддинов және Абдуманноп Зияев жұмыс "
                + "сапарымен келді."), ActorType.ORGANISATION,
                "Халықаралық әдебиет, өнер, мәдениет және әлеуметтік ғылымдар академиясы");
        assertEquals("UZ", academy.country());
    }

    @Test
    void aRegionsOwnBodyIsNamedInLowerCase() {
        List<Candidate> found = run("Шара ҚР Ақпарат және қоғамдық даму министрлігі мен облыс әкімдігі ішкі саясат "
                + "басқармасы және облыстық мәдениет, архивтер және құжаттама басқармасының қолдауымен және «Дүниежүзі "
                + "қазақтары қауымдастығы» қоғамдық бірлестігі мен «Отандастар қоры» коммерциялық емес акционерлік "
                + "қоғамының ұйымдастыруымен өтті.");
        find(found, ActorType.ORGANISATION, "облыстық мәдениет, архивтер және құжаттама басқармасы");
        find(found, ActorType.ORGANISATION, "ҚР Ақпарат және қоғамдық даму министрлігі");
    }

    @Test
    void twoBodiesJoinedByAndStayTwoAndAMissionKeepsWhereItIs() {
        List<Candidate> found = run("Осыдан бірнеше күн бұрын Алматы қаласындағы ҚР Ұлттық академиялық кітапханасында "
                + "Анкара қаласы Кечиөрен ауданының және Түркиядағы Қазақстан Елшілігінің ұйытқы болуымен түрік тіліне "
                + "аударылған қазақ жазушылары шығармаларының тұсаукесері өтті.");
        assertEquals("TR", find(found, ActorType.ORGANISATION, "Түркиядағы Қазақстан Елшілігі").country());
        found = run("2025 жылдың 10 маусымында ТҮРКСОЙ және Шыңғыс Айтматов институтының ұйымдастыруымен «Шыңғыс "
                + "Айтматов – түркі әлемінің болашағы» форумы аясында Қырғызстан-Түркия «Манас» университетінің (КТМУ) "
                + "ұйымдастыруымен «Шыңғыс Айтматовтың тұлғасы, жады және ортақ мәдениеті» атты жиын ұйымдастырылды.");
        find(found, ActorType.ORGANISATION, "ТҮРКСОЙ");
        find(found, ActorType.ORGANISATION, "Шыңғыс Айтматов институты");
        find(found, ActorType.ORGANISATION, "Қырғызстан-Түркия «Манас» университеті");
    }

    @Test
    void aKazakhListsPersonMayOpenWithTheCountryTheyComeFrom() {
        List<Candidate> found = run("Атап айтқанда, Қытайдан Қанатбек Зәйтоллаұлы, Анаргүл Бәделханқызы, Монғолиядан "
                + "Сәтжан Тілашқан секілді қандастарымыз өз өнерлерін ортаға салса, Мақсат Ақанов, Айбек Қалиев, "
                + "Қарлығаш Әубәкірова, Еркебұлан Қайназар, Әсем Ережеқызы, Бауыржан Қалиолла, Иран-Ғайып Күзембаев, "
                + "Ержеңіс Әбді, Ринат Зайытов, Жақсылық Орынбасар, Мейірбек Сұлтанқан сынды ақындар қазақ елінің атынан "
                + "сөз сайыстырады.");
        assertEquals("MN", find(found, ActorType.PERSON, "Сәтжан Тілашқан").country());
        assertEquals("CN", find(found, ActorType.PERSON, "Анаргүл Бәделханқызы").country());
    }

    @Test
    void tradeAndAHouseOfSomethingEndLikeCasesAndAreNone() {
        assertEquals("TR", find(run(" Дәстүр бойынша ол Анкара сауда палатасының «Congresium» залында өтеді."),
                ActorType.ORGANISATION, "Анкара сауда палатасы").country());
        List<Candidate> found = run("«Оқу әлеміндегі оқырман ұлт» симпозиумы аясында әлем кітапханалары еліміздегі бас "
                + "кітапханамыз ҚР Ұлттық академиялық кітапхана қорына тарихтан сыр шерткен, салт-дәстүрдің қайнар "
                + "көзіне айналған, оқырман мен тыңдаушыға арналған түрлі елдердің кітаптары мен аудиокітаптарын және "
                + "фотоальбомдарын табыс етті.");
        assertTrue(found.stream().anyMatch(c -> c.type() == ActorType.ORGANISATION
                && c.name().startsWith("ҚР Ұлттық академиялық кітапхана")), names(found).toString());
    }

    @Test
    void aMusicalDramaTheatreKeepsItsAdjectiveInDy() {
        find(run("12-15 mamyr kúnderi Muhtar Áýezov atyndaǵy Qazaq ulttyq drama teatry Túrkistan mýzykalyq drama "
                + "teatrynyń jáne Raıymbek Seıtmetov atyndaǵy Túrkistan qalasynyń sazdy drama teatrynyń sahnalarynda "
                + "qala turǵyndary men qonaqtaryn kútedi."), ActorType.ORGANISATION,
                "Raıymbek Seıtmetov atyndaǵy Túrkistan qalasynyń sazdy drama teatry");
    }

    @Test
    void titlesListedBeforeTheirKindOfWorkNameNoBody() {
        List<Candidate> found = run(" Биыл Түркі Академиясы Қазақстан Жазушылар одағымен бірігіп аталған көрмеде, яғни "
                + "24 сәуір күні осы шарада манасшы Мергенбай Медеров жырлаған «Манас» эпосының, Шыңғыс Айтматовтың "
                + "«Балалық шақ» шығармасының, сонымен қатар танымал қырғыз жазушысы, Қырғызстан президентінің "
                + "кеңесшісі Сұлтан Раевтың «Жанжаза» романы мен «Қазіргі қырғыз поэзиясы» секілді кітаптарды "
                + "таныстырды.");
        assertFalse(has(found, ActorType.ORGANISATION, "Қазіргі қырғыз поэзиясы"), names(found).toString());
        find(found, ActorType.ORGANISATION, "Қазақстан Жазушылар одағы");
        found = run("Atap aitqanda, «Gauhartas», «Qoştasqym kelmeidı», «Abai-Toǧjan» muzykalyq dramalary, «Mahabbat "
                + "jaǧalauy» dramasy jäne «Mahabbat bar ma?» lirikalyq komediiasy körermenderdıŋ ülken qyzyǧuşylyǧyn "
                + "tudyrdy.");
        assertTrue(found.isEmpty(), names(found).toString());
        found = run("Festıval aıasynda barlyǵy jeti aýyl usynylǵan, onda barlyq qatysam deýshiler sadaq atysýdan "
                + "jarystarǵa, «Aýdaryspaq», «Qyz qýý», «Asaý», «Qazaq kúresi» jáne basqa da oıyndarǵa qatysyp, ulttyq "
                + "tamaqtan dám tatyp, halyq sheberleriniń biregeı buıymdaryn tańdap ala alady.");
        assertTrue(found.isEmpty(), names(found).toString());
    }

    @Test
    void theLaunchOfAQuotedWorkIsAnEventNamedWithIt() {
        find(run("Ұлттық кітапханада «Жүз өлең» жобасы бойынша өзбек тіліне аударылып жарық көрген «Юз шеьр» кітабының "
                + "тұсаукесері өтті."), ActorType.EVENT, "«Юз шеьр» кітабының тұсаукесері");
        find(run("«Ұлы дала зары» фильмінің премьерасы Алматыда көрсетіліп, әрі қарай Түркия елінде жалғасты."),
                ActorType.EVENT, "«Ұлы дала зары» фильмінің премьерасы");
        List<Candidate> found = run("Бүгін Астанадағы Қазақстан Республикасының Ұлттық музейінде Түркіменстан Президенті "
                + "Гурбангулы Бердымухамедов қазақ тіліне тұңғыш рет аударылған «Ақалтеке тұлпары - мақтанышымыз бен "
                + "абыройымыз», «Көк тұлпарларының самғауы», «Тұлпардың шапшаң шабысы» атты кітаптарының тұсаукесеріне "
                + "қатысты.");
        Candidate launch = find(found, ActorType.EVENT, "«Ақалтеке тұлпары - мақтанышымыз бен абыройымыз», «Көк "
                + "тұлпарларының самғауы», «Тұлпардың шапшаң шабысы» атты кітаптарының тұсаукесері");
        assertEquals("Astana", launch.city());
        assertFalse(has(found, ActorType.ORGANISATION, "Көк тұлпарларының самғауы"), names(found).toString());
    }

    @Test
    void theAuthorBeforeABooksLaunchIsSomeone() {
        List<Candidate> found = run(" 25 qyrkýiekte Qazaqstan men Ázerbayjannyng últtyq kitaphanalary arasynda "
                + "memorandumgha qol qong, Elimira Ahundova kitabynyng túsaukeseri, sonymen qatar «Ázerbayjan "
                + "ónerining jauharlary» kórmesining ashyluy jәne by ansamblining konserti ótedi.");
        find(found, ActorType.PERSON, "Elimira Ahundova");
    }

    @Test
    void twoNationsJoinedByAHyphenOpenANameAtTheSentencesStart() {
        find(run("Тәжік-қазақ достық қоғамының төрағасы, қазір Душанбедегі Ресей-Тәжікстан славян университетінде "
                + "дәріс оқитын Әбдісаттар Нұрғалиев Азаттыққа берген сұхбатында ол елдегі қазақтардың тарихы жайлы "
                + "айтты."), ActorType.ORGANISATION, "Тәжік-қазақ достық қоғамы");
    }

    @Test
    void aFirstLadyIsTitledAndOfTheStateHerTitleNames() {
        Candidate lady = find(run("Құрметті қонақтардың арасында Сербияның Бірінші ханымы Тамара Вучич көрмені "
                + "тамашалап, көрменің бірегейлігіне өз таңданысын білдірді, көрме жұмысын өте жоғары бағалады."),
                ActorType.PERSON, "Тамара Вучич");
        assertEquals("RS", lady.country());
        assertEquals("Сербияның Бірінші ханымы", lady.role());
    }

    @Test
    void theNameABodyIsNamedAfterIsWholeInItsNameWithFirstNameAndInitials() {
        find(run("Еске салсақ, Нартай Бекежанов атындағы Қызылорда облыстық қазақ академиялық музыкалық драма "
                + "театрының ұжымы бұған дейін QITFEST халықаралық театр фестивалінде алтын жүлдені еншіледі."),
                ActorType.ORGANISATION,
                "Нартай Бекежанов атындағы Қызылорда облыстық қазақ академиялық музыкалық драма театры");
        // the initial «А.» is no conjunction «а»
        find(run("27 тамыз күні Қ.А.Ясауи атындағы ХҚТУ-нің Мәдениет сарайында отандық және шетелдік өнерпаздар "
                + "түркістандық көрермендер алдында алғаш рет өнер көрсетті."), ActorType.ORGANISATION,
                "Қ.А.Ясауи атындағы ХҚТУ-нің Мәдениет сарайы");
    }

    @Test
    void aPersonABodyIsNamedAfterIsNoActorThoughTheBodyHasNoHead() {
        List<Candidate> found = run("Бұл туралы Ш.Айманов атындағы Қазақфильм мәлім етті, деп хабарлады Elorda.info.");
        assertFalse(has(found, ActorType.PERSON, "Ш.Айманов"), names(found).toString());
        found = run("О́tken jyly Sh.Aımanov atyndaǵy «Qazaqfılm» AQ jaryqqa shyǵarǵan "
                + "«Qunanbaı» fılmi kórermennen óziniń joǵary baǵasyn alǵany belgili.");
        assertFalse(has(found, ActorType.PERSON, "Sh.Aımanov"), names(found).toString());
    }

    @Test
    void aHolidayNamedAsTheOccasionOfWhatTheTextReportsIsNoEvent() {
        List<Candidate> found = run("— Тәуелсіздік күніне орай «Ұлы дала қолөнершілер керуен көші» жәрмеңкесін "
                + "ұйымдастырып отырмыз.");
        assertFalse(names(found).stream().anyMatch(n -> n.contains(":Тәуелсіздік")), names(found).toString());
        found = run("Назарбаев Орталығы, елорда тұрғындары мен қонақтарына таныстыру үшін Халықаралық әйелдер күні "
                + "мерекесіне орай «Құлпырған көктем» атты суретші қыздардың шығармашылығына арналған көрме ұйымдастырды.");
        assertFalse(names(found).stream().anyMatch(n -> n.contains(":Халықаралық әйелдер")), names(found).toString());
    }

    @Test
    void aStateARoleNamesInTheGenitiveIsThePersonsCountryOverWhereThePostIs() {
        List<Candidate> found = run("Бішкекте гала-концерт өтті. Қазақ елінің атынан мемлекеттік сыйлықтың иегері, "
                + "Қазақстанның еңбек сіңірген әртісі Майра Мұхаммедқызы өнер көрсетті.");
        Candidate singer = find(found, ActorType.PERSON, "Майра Мұхаммедқызы");
        assertEquals("Қазақстанның еңбек сіңірген әртісі", singer.role());
        assertEquals("KZ", singer.country());
        found = run("Мерейтойға ҚР Өзбекстандағы Төтенше және Өкілетті Елшісі Дархан Сатыбалды, Өзбекстандағы "
                + "Республикалық Қазақ мәдени ортылығының (бұдан әрі – Орталық) басшысы Үсенов Серік қатысты.");
        Candidate envoy = find(found, ActorType.PERSON, "Дархан Сатыбалды");
        assertEquals("ҚР Өзбекстандағы Төтенше және Өкілетті Елшісі", envoy.role());
        assertEquals("KZ", envoy.country());
        assertEquals("UZ", find(found, ActorType.PERSON, "Үсенов Серік").country());
    }

    @Test
    void aShortNameInBracketsBetweenABodyAndATitleKeepsThePersonsAffiliation() {
        List<Candidate> found = run("Мерейтойға «Отандастар Қоры» КЕАҚ (бұдан әрі – Қоғам) президенті Абзал "
                + "Сапарбекұлы қатысты.");
        assertEquals("Отандастар Қоры", find(found, ActorType.PERSON, "Абзал Сапарбекұлы").affiliation());
    }

    @Test
    void aBodyWithALegalFormOfKazakhstansLawIsKazakhstansWhereverItsPeopleAre() {
        List<Candidate> found = run("Өзбекстандағы мерейтойға «Отандастар Қоры» КЕАҚ (бұдан әрі – Қоғам) президенті "
                + "Абзал Сапарбекұлы қатысты.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Отандастар Қоры").country());
        assertEquals("KZ", find(found, ActorType.PERSON, "Абзал Сапарбекұлы").country());
    }

    @Test
    void aPersonsNameWithNoCaseBeforeAnEventsHeadIsWhomTheEventIsNamedAfter() {
        List<Candidate> found = run("Алматыда 17-21 қараша күндері Шәкен Айманов халықаралық кинофестивалі өтеді.");
        find(found, ActorType.EVENT, "Шәкен Айманов халықаралық кинофестивалі");
        assertFalse(has(found, ActorType.PERSON, "Шәкен Айманов"), names(found).toString());
        find(run("Мемлекет басшысы Қасым-Жомарт Тоқаев халықаралық форумға қатысты."), ActorType.PERSON,
                "Қасым-Жомарт Тоқаев");
    }

    @Test
    void anInstrumentalBeforeANounInsideABodysNameSaysWithWhomItDeals() {
        List<Candidate> found = run("Мерейтойға Өзбекстан Республикасы Министрлер кабинеті құзырындағы Ұлтаралық "
                + "қатынастар және шет мемлекеттермен достық байланыстар комитетінің (бұдан әрі – Комитет) төрағасы "
                + "Рустамбек Курбанов қатысты.");
        String committee = "Ұлтаралық қатынастар және шет мемлекеттермен достық байланыстар комитеті";
        find(found, ActorType.ORGANISATION, committee);
        assertEquals(committee, find(found, ActorType.PERSON, "Рустамбек Курбанов").affiliation());
    }

    @Test
    void aSittingNumberedInFiguresIsNamedWithItsNumberAndItsBody() {
        List<Candidate> found = run("Түркістан қаласында ТҮРКСОЙ халықаралық ұйымы тұрақты Кеңесінің 35-ші отырысы "
                + "өтті.");
        find(found, ActorType.EVENT, "ТҮРКСОЙ халықаралық ұйымы тұрақты Кеңесінің 35-ші отырысы");
        assertFalse(named(found, "Ші отырысы"), names(found).toString());
    }

    @Test
    void anEventInCommonWordsThatTookPlaceRunsBackToWhatSaysWithWhomOrWhere() {
        List<Candidate> found = run("Бішкекте «Отандастар» қорының президенті Нұртай Абықаевтың төрағалығымен "
                + "Қырғызстанда тұратын қазақтардың кездесуі өтті, деп хабарлайды Almaty-akshamy.kz");
        assertEquals("KG", find(found, ActorType.EVENT, "Қырғызстанда тұратын қазақтардың кездесуі").country());
        found = run("Халықаралық Түркі мәдениеті ұйымының (ТҮРКСОЙ) бас хатшысы Дүйсен Қасейіновтің қатысуымен Түрксой "
                + "басылымдарын Қарағанды қаласы кітапханаларына табыстау рәсімі өтті.");
        find(found, ActorType.EVENT, "Түрксой басылымдарын Қарағанды қаласы кітапханаларына табыстау рәсімі");
        // a meeting with someone, and meetings, are no one event with a name
        found = run("Бішкек қаласына іссапар барысында Эльнура Казакбаевамен кездесу өтті. Сондай-ақ ҚКИП және КИА "
                + "басшылығы мен өкілдерімен жұмыс кездесулері өткізілді.");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.EVENT), names(found).toString());
        found = run("Шығыстану факультеті Таяу Шығыс және Оңтүстік Азия кафедрасы ирантану бөлімінің ұйымдастыруымен "
                + "Қазақстан Республикасындағы Тәжікстан Консулдығының Бас консулы Баходур Назирге кездесу өтті.");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.EVENT), names(found).toString());
        // a run that ends on a named event says it again, or names a part of it
        found = run("Астанада қала әкімдігінің қолдауымен алғашқы Saryarka short film festival қысқаметражды фильмдер "
                + "фестивалі өтті.");
        assertEquals(List.of("Saryarka short film festival"), events(found));
        found = run("Бүгін Төлепберген Әбдірашев атындағы ҚР Мемлекеттік академиялық симфониялық оркестрінің «ХХ-25» "
                + "атты фестивалінің ашылу концерті өтті.");
        assertFalse(events(found).contains("Ашылу концерті"), events(found).toString());
    }

    private static List<String> events(List<Candidate> found) {
        return found.stream().filter(c -> c.type() == ActorType.EVENT).map(Candidate::name).toList();
    }

    @Test
    void aBareHeadAfterLowerCaseAdjectivesIsANamesAfterACapitalOrANamedAfter() {
        List<Candidate> found = run("24.kz сайтының ақпаратына сәйкес, аталған кездесу Алыкул Осмонов атындағы ұлттық "
                + "кітапханада ұйымдастырылды.");
        find(found, ActorType.ORGANISATION, "Алыкул Осмонов атындағы ұлттық кітапхана");
        found = run("Салтанатты шараның ресми бөлімі Қырғыз ұлттық филармонияда жалғасты.");
        find(found, ActorType.ORGANISATION, "Қырғыз ұлттық филармония");
        // adjectives alone, or after a place in a case, make a common noun
        found = run("Кездесу Бішкекте ұлттық кітапханада өтті.");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.ORGANISATION), names(found).toString());
    }

    @Test
    void aPrizeIsNoActorNorIsTheQuotedTitleItIsCalledBy() {
        List<Candidate> found = run("Арада екі ай өткен соң, қырғыз ақындарының шақыруымен халықаралық «Алаш» әдеби "
                + "сыйлығының лауреаты Әділғазы Қайырбеков, «Ильхам» сыйлығы мен қырғыздың Молда Бағыш сыйлығының "
                + "иегері Дәулетбек Байтұрсынұлы Бішкекке барып қайтты.");
        find(found, ActorType.PERSON, "Әділғазы Қайырбеков");
        assertFalse(found.stream().anyMatch(c -> c.type() != ActorType.PERSON), names(found).toString());
        found = run("Festıvalǵa tórelik etetin qazylar alqasynyń tóraǵasy – belgili kınorejısser, Reseıdiń halyq "
                + "ártisi, KSRO Memlekettik syılyǵynyń laýreaty Aleksandr Proshkın.");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.EVENT), names(found).toString());
    }

    @Test
    void aQuotedTitleGivenByAttyOrTakyrybyndagyNamesTheEventWithAllTheWordsThatDescribeIt() {
        find(run("Назарбаев Орталығы Халықаралық әйелдер күні мерекесіне орай «Құлпырған көктем» атты суретші "
                + "қыздардың шығармашылығына арналған көрме ұйымдастырды."), ActorType.EVENT,
                "«Құлпырған көктем» атты суретші қыздардың шығармашылығына арналған көрме");
        find(run("Бүгін Отырар ауданында «Ұлы Жібек жолы бойындағы тоқыма және зергерлік өнер» тақырыбындағы "
                + "Халықаралық қолөнер шеберлері жәрмеңкесі ашылды, деп хабарлайды ERNUR.KZ."), ActorType.EVENT,
                "«Ұлы Жібек жолы бойындағы тоқыма және зергерлік өнер» тақырыбындағы Халықаралық қолөнер шеберлері "
                        + "жәрмеңкесі");
    }

    @Test
    void anEventsHeadAfterABodyInTheGenitiveIsNamedByWhoseItIs() {
        List<Candidate> found = run("Бішкекте Шанхай Ынтымақтастық Ұйымының саммиті аясында гала-концерт өтті.");
        assertEquals("KG", find(found, ActorType.EVENT, "Шанхай Ынтымақтастық Ұйымының саммиті").country());
        find(found, ActorType.ORGANISATION, "Шанхай Ынтымақтастық Ұйымы");
    }

    @Test
    void aNameBeforeACommaAndARoleClosedByItsTitleIsAPerson() {
        List<Candidate> found = run("Нұргүл Тау, ҚР Парламенті Мәжілісінің депутаты:\n– Шеберлердің еңбегі зор.");
        Candidate deputy = find(found, ActorType.PERSON, "Нұргүл Тау");
        assertEquals("ҚР Парламенті Мәжілісінің депутаты", deputy.role());
        assertEquals("ҚР Парламенті Мәжілісі", deputy.affiliation());
        found = run("Қонақтар қатарында — Олимпиада чемпионы Ольга Рыпакова, ҚР Сенат Төрағасының кеңесшісі Динара "
                + "Садвакасова болды.");
        assertEquals("Төрағасының кеңесшісі", find(found, ActorType.PERSON, "Динара Садвакасова").role());
        String role = find(found, ActorType.PERSON, "Ольга Рыпакова").role();
        assertFalse(role != null && role.contains("Төрағасының"), role);
    }

    @Test
    void twoCapitalisedWordsJoinedToAPersonByAConjunctionAreAPersonToo() {
        List<Candidate> found = run("Сейітжан Нұрсая мен Жұбанышбаева Айсезім эстрада вокал жанры бойынша жеңімпаз "
                + "атанды.");
        find(found, ActorType.PERSON, "Сейітжан Нұрсая");
        find(found, ActorType.PERSON, "Жұбанышбаева Айсезім");
        assertFalse(has(run("Қазақстан мен Өзбекстан арасындағы байланыс нығайды."), ActorType.PERSON,
                "Қазақстан"));
    }

    @Test
    void englishWordsInAKazakhSentenceEndingInAnEnglishHeadAreANameAsAWhole() {
        List<Candidate> found = run("Астанада қала әкімдігінің қолдауымен алғашқы Saryarka short film festival "
                + "қысқаметражды фильмдер фестивалі өтті.");
        assertEquals("KZ", find(found, ActorType.EVENT, "Saryarka short film festival").country());
    }

    @Test
    void aQuotedWorkAndItsKindBeforeAFestivalAreNoPartOfItsName() {
        List<Candidate> found = run("Белгілі қазақстандық режиссер Болат Қалымбетовтың «Мұқағали» фильмі XVIII Қазан "
                + "халықаралық мұсылман кинофестивалінің негізгі байқау бағдарламасында қазылар алқасының арнайы "
                + "сыйлығына ие болды.");
        find(found, ActorType.EVENT, "XVIII Қазан халықаралық мұсылман кинофестивалі");
        assertEquals(1, found.stream().filter(c -> c.type() == ActorType.EVENT).count(), names(found).toString());
    }

    @Test
    void aCapitalisedBareHeadRightBeforeATitleNamesTheBodyTheTitleIsOf() {
        List<Candidate> found = run("Қонақтар қатарында — Олимпиада чемпионы Ольга Рыпакова, ҚР Сенат Төрағасының "
                + "кеңесшісі Динара Садвакасова болды.");
        find(found, ActorType.ORGANISATION, "ҚР Сенаты");
        assertEquals("ҚР Сенаты", find(found, ActorType.PERSON, "Динара Садвакасова").affiliation());
    }

    @Test
    void consulatesSecretariatsFacultiesAndChairsAreBodiesWithTheirOwnHeads() {
        List<Candidate> found = run("Шығыстану факультеті Таяу Шығыс және Оңтүстік Азия кафедрасы ирантану бөлімінің "
                + "ұйымдастыруымен «Ел бірлігі – ең асыл қасиет» атты тақырыпта Қазақстан Республикасындағы Тәжікстан "
                + "Консулдығының Бас консулы Баходур Назирге кездесу өтті.");
        find(found, ActorType.ORGANISATION, "Қазақстан Республикасындағы Тәжікстан Консулдығы");
        find(found, ActorType.ORGANISATION, "Таяу Шығыс және Оңтүстік Азия кафедрасы");
        found = run("Іс-шараға ҚР Президенті Әкімшілігі Қазақстан халқы Ассамблеясы Хатшылығының сектор меңгерушісі "
                + "Қайрат Баймолдинов қатысты.");
        Candidate head = find(found, ActorType.PERSON, "Қайрат Баймолдинов");
        assertEquals("сектор меңгерушісі", head.role());
        assertEquals("Қазақстан халқы Ассамблеясы Хатшылығы", head.affiliation());
    }

    @Test
    void aStatesTitleRightBeforeItsOwnBodyIsPartOfTheBodysName() {
        find(run("Бұл жиынды ҚР Президенті Әкімшілігінің қолдауымен Халықаралық Түркі академиясы ұйымдастырып отыр."),
                ActorType.ORGANISATION, "ҚР Президенті Әкімшілігі");
    }

    @Test
    void aConcertOfABodyWhoseHeadIsInLowerCaseIsAnEventNamedByTheBody() {
        List<Candidate> found = run("Бүгін Түркістан облысында ТҮРКСОЙ Халықаралық ұйымы, Түркістан облысы әкімдігінің "
                + "ұйымдастыруымен Түрік кеңесінің 10 жылдығына орай ТҮРКСОЙ Жастар камералық оркестрінің концерті "
                + "Түркістан қаласында өтті.");
        find(found, ActorType.EVENT, "ТҮРКСОЙ Жастар камералық оркестрінің концерті");
        find(found, ActorType.ORGANISATION, "ТҮРКСОЙ Жастар камералық оркестрі");
    }

    @Test
    void theDaysOfANationsCinemaAreAnEventThoughWrittenInLowerCase() {
        List<Candidate> found = run("Астанада қырғыз киносы күндері өтті.");
        assertEquals("KZ", find(found, ActorType.EVENT, "Қырғыз киносы күндері").country());
    }

    @Test
    void aPlacesNameRightBeforeASurnameAfterATitleIsTheFirstName() {
        List<Candidate> found = run("Енді осы суретшілердің пленэр аясында салған жұмыстары көрмеге қойылып, "
                + "жұртшылыққа паш етілмек», -дейді ҚР Суретшілер одағының жауапты хатшысы Жамбыл Нәтбаев.");
        Candidate secretary = find(found, ActorType.PERSON, "Жамбыл Нәтбаев");
        assertEquals("жауапты хатшысы", secretary.role());
        assertEquals("ҚР Суретшілер одағы", secretary.affiliation());
    }

    @Test
    void aQuotedTitleBeforeTheWordForANewspaperOrAGroupNamesABody() {
        List<Candidate> found = run("Қырғызстанның мемлекеттік ресми газеті «Эркин Тоо» газетінің бөлім меңгерушісі "
                + "Карбалас Бакиров, «Бағыт» басылымының бас редакторының орынбасары Назгүл Осмонова айтқан болатын.");
        find(found, ActorType.ORGANISATION, "«Эркин Тоо» газеті");
        find(found, ActorType.ORGANISATION, "«Бағыт» басылымы");
        assertFalse(has(found, ActorType.PERSON, "Эркин Тоо"), names(found).toString());
        found = run("Бауырлас тәжік халқы Димаш Құдайберген, Айгүл Үлкенбаева, «El Voice» тобы сияқты мәдениет "
                + "қайраткерлерінің өнерін тамашалады.");
        find(found, ActorType.ORGANISATION, "«El Voice» тобы");
    }

    @Test
    void aPossessiveAfterWhoseItIsClosesAPhraseSoTheDaysAfterItOpenAtTheirOwnCapital() {
        List<Candidate> found = run("Мәдени іс-шаралардың шымылдығы Түрікменстан кино күндерімен ашылды.");
        find(found, ActorType.EVENT, "Түрікменстан кино күндері");
        found = run("«Ақ тілекпен Астана» экспозициясы Астана күндері мен Қазақстанның барлық өңірлерінде өткізілген "
                + "турне аясында ұйымдастырылды.");
        find(found, ActorType.EVENT, "Астана күндері");
        assertFalse(names(found).stream().anyMatch(n -> n.contains("экспозициясы Астана")), names(found).toString());
    }

    @Test
    void aParliamentsOwnNameBeforeATitleIsTheBodyAlsoOpeningTheSentence() {
        List<Candidate> found = run("Мәжіліс депутаты Мақсат Толықбай Мәдениет және ақпарат министрлігінің өкіліне "
                + "сауал қойды.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Мәжіліс").country());
        found = run("Айтматовты еске алуға Жогорку Кенеш спикері Дастан Жумабеков, жазушының туыстары, достары жиналды.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Жогорку Кенеш").country());
    }

    @Test
    void anEveningForAnAnniversaryIsNamedWithWhoseItIsAndAParkIsABody() {
        // jjtv.kz and arbatmedia.kz, on Makhtumkuli's 300th anniversary and Abai's bust in Dushanbe
        List<Candidate> found = run("Осыған орай, Астанада ақын, ойшыл Мақтымқұлының 300 жылдығына арналған "
                + "шығармашылық кеш өтті.");
        find(found, ActorType.EVENT, "Мақтымқұлының 300 жылдығына арналған шығармашылық кеш");
        found = run("Қазақстанның Тәжікстандағы мәдениет күндері аясында 21 тамыз күні Фирдауси атындағы мәдениет және "
                + "демалыс саябағында қазақ ақыны және ойшылы Абай Құнанбаевтың бюсті орнатылады.");
        find(found, ActorType.ORGANISATION, "Фирдауси атындағы мәдениет және демалыс саябағы");
    }

    @Test
    void aSummitNumberedInRomanLettersKeepsWhoseItIs() {
        // no-comment.kz, on the Abai bust in Kazan
        find(run("Іс-шара Қазақстан Президентінің 2024 жылғы 22-24 қазан аралығында өтіп жатқан БРИКС мемлекет "
                + "басшыларының XVI Саммитіне қатысу үшін Қазан қаласына жұмыс сапары аясында өткізілді."),
                ActorType.EVENT, "БРИКС мемлекет басшыларының XVI Саммиті");
    }

    @Test
    void theTurkicAcademyOpeningASentenceIsABody() {
        // on.kz, on the Makhtumkuli conference: «Түркі» is always written with a capital, so it opens names
        find(run("Түркі академиясының мұрындық болуымен ұйымдастырылған шараға Түркі кеңесі қолдау көрсеткен "
                + "болатын."), ActorType.ORGANISATION, "Түркі академиясы");
        find(run("Кітап Астанадағы Ұлттық қолжазба мен сирек кітаптар орталығының қорын толықтырды."),
                ActorType.ORGANISATION, "Ұлттық қолжазба мен сирек кітаптар орталығы");
    }

    @Test
    void anEnvoyNamedAfterADashIsOfHisStateAndAnEmbassyKeepsWhoseItIs() {
        // jjtv.kz and on.kz, on Makhtumkuli's anniversary in Astana
        List<Candidate> found = run("Оған елордалық зиялы қауым өкілдері қатысты. Түркменстан елшісі – Батыр "
                + "Реджеповтың айтуынша, Мақтымқұлы мерейтойы БҰҰ бастамасымен аталып өтуде.");
        Candidate envoy = find(found, ActorType.PERSON, "Батыр Реджепов");
        assertEquals("TM", envoy.country());
        assertEquals("Түркменстан елшісі", envoy.role());
        find(run("Шараға Түркі кеңесі, Түркменстанның Қазақстандағы елшілігі мен Түркіменстан Ғылым академиясымен "
                + "бірлесіп қолдау көрсеткен болатын."), ActorType.ORGANISATION,
                "Түркменстанның Қазақстандағы елшілігі");
    }

    @Test
    void aPlaceInThePlainLocativeSaysWhereAndOpensNoName() {
        // Karavan Info, on days of Mongolian culture in Dushanbe: «Тәжікстанда» ends the minister's name, not the days'
        List<Candidate> found = run("Ашылу салтанатында Тәжікстан Республикасының Мәдениет министрі Матлубахон "
                + "Сатториён Тәжікстанда Моңғолия мәдениет күндерін өткізу екі халық арасындағы достық және тарихи "
                + "байланысты нығайтуда маңызды рөл атқаратынын баса айтты.");
        assertEquals("TJ", find(found, ActorType.PERSON, "Матлубахон Сатториён").country());
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("Матлубахон Сатториён Тәжікстанда")),
                found.toString());
    }

    @Test
    void anAcronymOpeningASentenceOpensTheNameItStartsAndIsNoSecondActor() {
        var found = run("Мақтымқұлы Пырағы тек түркімен ұлтының ғана емес, шығыс позиясының жарық жұлдыздарының бірі. "
                + "ТҮРКСОЙ халықаралық түрік мәдениеті ұйымы 2014 жылды классик ақын Мақтымқұлы мен қырғыз ақыны "
                + "Тоқтағұл Сатылғановтың жылы деп жариялаған-тын.");
        find(found, ActorType.ORGANISATION, "ТҮРКСОЙ халықаралық түрік мәдениеті ұйымы");
        assertFalse(has(found, ActorType.ORGANISATION, "ТҮРКСОЙ"), names(found).toString());
        found = run("Түрксой ұйымы тарапынан жиналғандарға Ахмет Байтұрсынұлы медалі табысталды.");
        find(found, ActorType.ORGANISATION, "Түрксой ұйымы");
    }

    @Test
    void aNumberedSummitIsNamedByTheCouncilWhoseItIsWhateverScriptItsLettersAreTypedIn() {
        var found = run("Назарбаев 2013 жылы Әзербайжанның Габала қаласында өткен Түркітілдес мемлекеттердің "
                + "ынтымақтастық кеңесінің ІІІ cаммитінде Түркі академиясына түркі әлемі туралы халықаралық жиын "
                + "өткізуді және үстіміздегі жылы Түркияның Бодрум қаласында өткен Түркі кеңесінің IV саммитінде "
                + "түркі әлемі интеграциясының бағдарламасын жасауды жүктеген болатын.");
        find(found, ActorType.EVENT, "Түркі кеңесінің IV саммиті");
        find(found, ActorType.EVENT, "Түркітілдес мемлекеттердің ынтымақтастық кеңесінің ІІІ саммиті");
        find(found, ActorType.ORGANISATION, "Түркі академиясы");
        find(found, ActorType.ORGANISATION, "Түркі кеңесі");
    }

    @Test
    void aPronounOrACenturysNumeralOpensNoName() {
        var found = run("Әуезовтің анықтамасы бойынша шығыстың классикалық поэзиясы оның шығармашылығының және XIX - ХХ "
                + "ғасырлардың басындағы қазақ әдебиетінің қайнар көзі.");
        assertFalse(has(found, ActorType.ORGANISATION, "XIX"), names(found).toString());
        found = run("Өзі басқаратын Ұлттық кітапхананың бүгінде тек оқырман тарту жұмысымен шектелмей, халықаралық "
                + "және мемлекеттік шаралардың ұйытқысы болып отырғанын баяндады.");
        find(found, ActorType.ORGANISATION, "Ұлттық кітапхана");
    }

    @Test
    void whomAHeldEventIsDedicatedToBelongsToItsName() {
        var found = run("KAZINFORM — Париждегі ЮНЕСКО штаб-пәтерінде қырғыз жазушы, журналист, дипломат және мемлекет "
                + "қайраткері Шыңғыс Айтматовты еске алуға арналған конференция өтті, деп хабарлайды Kazinform.");
        find(found, ActorType.EVENT, "Шыңғыс Айтматовты еске алуға арналған конференция");
        find(found, ActorType.PERSON, "Шыңғыс Айтматов");
    }

    @Test
    void aConjunctionJoinsTheFieldsOfANameWhoseCapitalStandsFartherBack() {
        var found = run("Салтанатты шараны ҚР Мәдениет және спорт министрлігі Мәдениет комитетінің Төрағасы Күміс "
                + "Сейітова, Халықаралық түркі мәдениеті мен мұрасы қорының өкілі Талғат Мұханов және Отырар ауданының "
                + "әкімі Сәкен Сұлтанханов ашып берді.");
        find(found, ActorType.ORGANISATION, "Халықаралық түркі мәдениеті мен мұрасы қоры");
        assertEquals("Халықаралық түркі мәдениеті мен мұрасы қоры",
                find(found, ActorType.PERSON, "Талғат Мұханов").affiliation());
    }

    @Test
    void aCapitalisedAdjectiveWithNoSuffixBeforeABareHeadIsAName() {
        List<Candidate> found = run("Өзбекстанда Қазақстанның мәдениет күндері аясында Ташкенттегі Әлішер Науаи "
                + "атындағы Үлкен театр сахнасында «Абай» операсының көрсетілімі өтті.");
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Әлішер Науаи атындағы Үлкен театр").country());
        found = run("Олардың қатарында скрипкашы Марат Бисенғалиев, опера әншісі Талғат Мұсабаевтар үлкен концерт "
                + "қойып, болашақ жұлдыздарға шеберлік сабақтарын жүргізді."); // in lower case it only describes
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.EVENT), names(found).toString());
    }

    @Test
    void aPluralOfPeopleBetweenAPlaceAndABodysHeadIsPartOfItsName() {
        var found = run("Бүгін ҚР Ұлттық академиялық кітапханада Әзірбайжанның халық жазушысы, Әзірбайжан жазушылар "
                + "Одағының төрағасы, режиссёр, сценарист, қоғам қайраткері Анар Расулоглы Рзаевтың пен шығармашылық "
                + "кездесу кеші болып өтті.");
        assertEquals("AZ", find(found, ActorType.ORGANISATION, "Әзірбайжан жазушылар Одағы").country());
    }

    @Test
    void anAssemblyCountedByAnOrdinalIsAnEvent() {
        var found = run("6 Сәуір 10:53\n\nКореяда Азия қазақтарының екінші құрылтайы өтіп жатыр\n\nОңтүстік Кореяда "
                + "Азия елдеріндегі қазақтардың екінші құрылтайы өтіп жатыр.");
        find(found, ActorType.EVENT, "Азия қазақтарының екінші құрылтайы");
        assertFalse(has(found, ActorType.ORGANISATION, "Азия қазақтарының екінші құрылтайы"), names(found).toString());
    }

    @Test
    void aHouseOfFriendshipOrOfCultureIsABody() {
        var found = run("Ермек Аманшаев қонақты Қазақстан халық Ассамблеясының қалалық орталығы, Достық үйі және 2007 "
                + "жылы құрылған Астана қаласы өзбек этномәдени орталығының жұмысымен таныстырды.");
        find(found, ActorType.ORGANISATION, "Достық үйі");
        found = run("Қызылорда облыстық филармониясының ұйымдастыруымен 4 наурыз күні сағат 17.00-де А.Тоқмағамбетов "
                + "атындағы мәдениет үйінде Тұрмағамбет атындағы халық аспаптар оркестрінің «Шынайы шеберлік» атты "
                + "концерті өтеді.");
        find(found, ActorType.ORGANISATION, "А.Тоқмағамбетов атындағы мәдениет үйі");
    }

    @Test
    void aPluralHeadPairedWithTheSingularClosesOneMoreBodyAndAWordAfterNamedAfterIsTheBodys() {
        List<Candidate> found = run("Birinshi oryndy «Ámire» dramasyn qoıǵan Astana qalalyq Q.Qýanyshbaev atyndaǵy "
                + "qazaq memlekettik akademıalyq drama teatryna (800 myń teńge), ekinshi oryndy «Muqaǵalı men Farıza», "
                + "«Temir-Narkom» dramalary úshin N.Jantórın atyndaǵy Mańǵystaý oblystyq mýzykalyq drama teatry jáne "
                + "T.Ahtanov atyndaǵy Aqtóbe oblystyq drama teatrlary (600 myń teńge) jeńip aldy.Júldeli úshinshi oryn "
                + "«Bas», «Mustafa Shoqaı» dramalary úshin J.Shanın atyndaǵy shymkent qalalyq akademıalyq qazaq drama "
                + "teatry men Túrkistan qalalyq R.Seıtmetov atyndaǵy sazdy drama teatryna (400 myń teńge) buıyrdy.");
        find(found, ActorType.ORGANISATION, "T.Ahtanov atyndaǵy Aqtóbe oblystyq drama teatry");
        find(found, ActorType.ORGANISATION, "Túrkistan qalalyq R.Seıtmetov atyndaǵy sazdy drama teatry");
        find(found, ActorType.ORGANISATION, "N.Jantórın atyndaǵy Mańǵystaý oblystyq mýzykalyq drama teatry");
    }

    @Test
    void aBodyAttachedToAnotherIsNamedWithIt() {
        List<Candidate> found = run("Делегация құрамында Носирзода Жабор  – Тәжікстан Республикасының Ауыл шаруашылығы "
                + "министрінің бірінші орынбасары, Сафарда Бахтиёр – Индустрия жане жаңа технологиялар министрінің "
                + "орынбасары, Холмация Рустам – Тәжікстан Республикасы Үкіметі жанындағы Туризмді дамыту комитетінің "
                + "орынбасары бар.");
        find(found, ActorType.ORGANISATION, "Тәжікстан Республикасы Үкіметі жанындағы Туризмді дамыту комитеті");
        found = run("Іс-шараға Алматы қаласы Мәдениет басқармасының басшысы Ғани Майлыбаев, «Алматы қаласы "
                + "Орталықтандырылған кітапхана жүйесі» КММ директоры Мейрам Бектембаев, сондай-ақ Түркия Республикасы "
                + "Президенті жанындағы Мемлекеттік мұрағаттар дирекциясының директоры Угур Унал, Түркия "
                + "Республикасының Алматыдағы Бас консулы Али Рыза Ақынжы, Қазақстан Жазушылар одағы басқарма "
                + "төрағасының бірінші орынбасары Нұржан Қуантайұлы, М.Әуезов атындағы Әдебиет және өнер институтының "
                + "директоры Кенжехан Матыжанов, Орталық мемлекеттік архив директоры Сәбит Шілдебай қатысты.");
        assertEquals("TR", find(found, ActorType.ORGANISATION,
                "Түркия Республикасы Президенті жанындағы Мемлекеттік мұрағаттар дирекциясы").country());
    }

    @Test
    void aSentencesOpeningAdverbIsNoPartOfTheNameAfterIt() {
        // Abai.kz, in the informal Latin letters, on days of Azerbaijani culture in Astana
        List<Candidate> found = run("Ázerbayjan preziydenti Iliham Áliyevting Qazaqstangha resmy sapary barysynda "
                + "Memleket basshysy Qasym-Jomart Toqaev eki elding qarym-qatynasyn nyghaytuda mәdeniyet "
                + "salasyndaghy ózara is-qimyl erekshe ról atqaratynyn atap ótti.\nNәtiyjesinde ózara Mәdeniyet "
                + "kýnderin ótkizu turaly kelisim jasaldy.");
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("Nәtiyjesinde")), names(found).toString());
    }

    @Test
    void theNationalLibraryOpeningASentenceIsStillABody() {
        // BAQ.kz, on a Malaysian delegation at the National Library
        List<Candidate> found = run("Ұлттық кітапханада Малайзияның Селангор штаты делегациясымен кәсіби және мәдени "
                + "ынтымақтастыққа арналған ресми кездесу өтті, деп хабарлайды BAQ.");
        find(found, ActorType.ORGANISATION, "Ұлттық кітапхана");
    }

    @Test
    void aKurultaiOfAPeopleIsACongressAndAParticipleBeforeItIsNoPartOfItsName() {
        // on the kurultai of the Kazakhs of Europe in Paris, and on the Köshpendiler Älemi festival, in Latin letters
        List<Candidate> found = run("Бұл күндері Франция астанасында Еуропа қазақтарының құрылтайы өтті.");
        find(found, ActorType.EVENT, "Еуропа қазақтарының құрылтайы");
        found = run("«Kóshpendiler álemi» festıvaliniń tujyrymdamasy 2008 jyldan beri Vengr Halyq Respýblıkasynda sátti "
                + "ótkizilip kele jatqan Túrki halyqtarynyń úlken quryltaıy modeline negizdeledi.");
        find(found, ActorType.EVENT, "Túrki halyqtarynyń úlken quryltaıy");
    }

    @Test
    void twoNameWordsAfterATitleAreAPersonNotTheOpeningOfTheBodyNamedNext() {
        // QazScience, on the first forum of Central Asian historians in Astana
        List<Candidate> found = run("Қатысушыларға құттықтау сөздерін ҚР Ғылым және жоғары білім министрі Саясат "
                + "Нұрбек және Қазақстан Республикасы Парламенті Сенатының депутаты Дархан Қыдырәлі, сонымен бірге "
                + "Қырғыз Республикасы, Тәжікстан Республикасы, Түрікменстан, Өзбекстан Республикасы ғылым академияларының "
                + "делегациялары жеткізді.");
        assertEquals("KZ", find(found, ActorType.PERSON, "Саясат Нұрбек").country());
        find(found, ActorType.ORGANISATION, "Қазақстан Республикасы Парламенті Сенаты");
        // icrc.kz, on a book about Olzhas Suleimenov presented at the Yasawi University
        found = run("Белгілі журналист, «Тұран Түркістан» телкомпаниясының редакторы Ескендір Ертай Түркістандағы Ясауи "
                + "атындағы халықаралық қазақ-түрік университетінде биылғы жылы 85 жасқа толып отырған қазақ жұртын "
                + "әлемге танытқан ғаламдық тұлға Олжас Сүлейменовтің соңғы жылдары республикалық «Экспресс-К» "
                + "газетінде жарық көрген сұхбаттары негізіндегі қазақ-орыс тілдеріндегі белгiлi журналист Тiлеужан "
                + "Есiлбаевтың «Ол жас - Он молодой» кітабының тұсаукесер рәсімін өткізіп, университеттің 30 жылдық "
                + "мерекесіне орай орталық кітапханасына осы кітаптың он данасын табыс етті.");
        find(found, ActorType.PERSON, "Ескендір Ертай");
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("Ескендір Ертай Түркістандағы")),
                names(found).toString());
    }

    @Test
    void whatABodyIsForAndWhomItIsUnderAreWordsOfItsName() {
        // Farabi University, on a conference of Kazakh and Kyrgyz historians in Bishkek
        List<Candidate> found = run("Конференцияны Қырғыз Республикасы Президентіне қарасты Тарих ғылымы жөніндегі "
                + "комиссия, Жүсіп Баласағұн атындағы Қырғыз ұлттық университеті және Қазақстан тарихшылары "
                + "қауымдастығы ұйымдастырды.");
        assertEquals("KG", find(found, ActorType.ORGANISATION,
                "Қырғыз Республикасы Президентіне қарасты Тарих ғылымы жөніндегі комиссия").country());
        // TURKSOY, on a meeting in memory of Aitmatov in Bishkek
        found = run("Шыңғыс Айтматов атындағы қалашықтағы Ректорат ғимаратының мәжіліс залында Түркі ынтымақтастық "
                + "және үйлестіру агенттігі (TİKA), Шетелдегі түркілер жөніндегі басқарма (YTB) және Юнус Эмре "
                + "институтының (YEE) қолдауымен ҚТМУ ұйымдастырылған шараға ТҮРКСОЙ Бас хатшысы Сұлтан Раев "
                + "бастаған делегация және ғалымдар, студенттер мен қоғам белсенділері қатысты.");
        find(found, ActorType.ORGANISATION, "Шетелдегі түркілер жөніндегі басқарма");
    }

    @Test
    void aNumberedMeetingAfterWhoseItIsKeepsItsNumberAndItsOwners() {
        // QazScience, on the first forum of Central Asian historians in Astana
        List<Candidate> found = run("2024 жылдың 7 тамызында Астана қаласында, Л.Н.Гумилев атындағы Еуразия ұлттық "
                + "университетінде Орталық Азия мемлекеттері басшыларының VІ Консультативтік кездесуі аясында «ОРТАЛЫҚ "
                + "АЗИЯ ТАРИХЫ: ХАЛЫҚТАР МЕН МӘДЕНИЕТТЕР АРАСЫНДАҒЫ ДИАЛОГ» тақырыбында Орталық Азия мемлекеттері "
                + "тарихшыларының I форумы өтті.");
        find(found, ActorType.EVENT, "Орталық Азия мемлекеттері басшыларының VІ Консультативтік кездесуі");
        // the title it is «тақырыбында» (on the topic of) opens its name, as one «атты» (named) does
        find(found, ActorType.EVENT, "«ОРТАЛЫҚ АЗИЯ ТАРИХЫ: ХАЛЫҚТАР МЕН МӘДЕНИЕТТЕР АРАСЫНДАҒЫ ДИАЛОГ» тақырыбында "
                + "Орталық Азия мемлекеттері тарихшыларының I форумы");
        // Kazinform's Latin-script edition, on days of Kazakh cinema in Tashkent
        found = run("Ol joly is-shara Ortalyq Azııa memleketteri basshylarynyń jetinshi Konsýltatıvtik kezdesýi "
                + "qarsańynda uıymdastyrylǵan.");
        find(found, ActorType.EVENT, "Ortalyq Azııa memleketteri basshylarynyń jetinshi Konsýltatıvtik kezdesýi");
    }

    @Test
    void aLocalBodysFieldsInLowerCaseMayNameAnArchiveOrAPolicyAfterItsRegion() {
        // a Mangystau region administration's page, on Aktau as the cultural capital of the Turkic world
        List<Candidate> found = run("Одан бөлек еліміздің өзге де өңірлерінен делегация келе жатыр, - дейді Маңғыстау "
                + "облысының мәдениет, тілдерді дамыту және архив ісі басқармасының басшысы Нұртас Сали.");
        find(found, ActorType.ORGANISATION, "Маңғыстау облысының мәдениет, тілдерді дамыту және архив ісі басқармасы");
        // Ara info, on a festival in the Zhambyl region
        found = run("Шара ҚР Ақпарат және қоғамдық даму министрлігі мен облыс әкімдігі ішкі саясат басқармасы және "
                + "облыстық мәдениет, архивтер және құжаттама басқармасының қолдауымен және «Дүниежүзі қазақтары "
                + "қауымдастығы» қоғамдық бірлестігі мен «Отандастар қоры» коммерциялық емес акционерлік қоғамының "
                + "ұйымдастыруымен өтті.");
        find(found, ActorType.ORGANISATION, "облыс әкімдігі ішкі саясат басқармасы");
    }

    @Test
    void twoNameWordsBeforeTheStateABodyOpensWithAreNoPartOfIt() {
        // Pars Today's Kazakh service, on the Abai centre in Gorgan, Iran
        List<Candidate> found = run("Бұл рәсімде Абайдың өлеңдері мен қара сөздерін парсы тіліне аударған ирандық қазақ "
                + "қажы Мұхаммед Шадкам Қазақстан үкіметі тарапынан екінші дәрежелі «Достық» орденімен марапатталды.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Қазақстан үкіметі").country());
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("Мұхаммед Шадкам Қазақстан")),
                names(found).toString());
    }

    @Test
    void aPluralObjectInTheAccusativeBeforeATitleIsNoPartOfTheRoleUnlessAVerbalNounOfItTakesIt() {
        // QazScience, on the first forum of Central Asian historians in Astana
        List<Candidate> found = run("Қатысушыларға құттықтау сөздерін ҚР Ғылым және жоғары білім министрі Саясат "
                + "Нұрбек және Қазақстан Республикасы Парламенті Сенатының депутаты Дархан Қыдырәлі, сонымен бірге "
                + "Қырғыз Республикасы, Тәжікстан Республикасы, Түрікменстан, Өзбекстан Республикасы ғылым "
                + "академияларының делегациялары жеткізді.");
        assertEquals("ҚР Ғылым және жоғары білім министрі", find(found, ActorType.PERSON, "Саясат Нұрбек").role());
        // Egemen Qazaqstan's Arabic-script edition, on the World Nomad Games
        found = run("ءىس-شاراعا كولىك ۆيتسە-ءمينيسترى ماقسات قالياقپاروۆ, مادەنيەت جانە اقپارات ۆيتسە-ءمينيسترى قانات "
                + "ىسقاقوۆ, «قتج «ۇك» اق باسقارما توراعاسىنىڭ ورىنباسارى تالعات الدابەرگەنوۆ, استانا قالاسى اكىمىنىڭ "
                + "ورىنباسارى ەرىك مەيىرحانوۆ, ۇلتتىق سپورت تۇرلەرىنىڭ پرەزيدەنتى يسلامبەك سالجانوۆ, V دۇنيەجۇزىلىك "
                + "كوشپەلىلەر ويىندارىن دايىنداۋ جانە وتكىزۋ جونىندەگى ديرەكتسيا باسشىسىنىڭ ورىنباسارى ابىلاي قوندىباەۆ, "
                + "باسقا دا قوناقتار قاتىستى.");
        assertTrue(find(found, ActorType.PERSON, "ابىلاي قوندىباەۆ").role().contains("ويىندارىن دايىنداۋ"));
    }

    @Test
    void everyYearOpeningASentenceOpensNoName() {
        // Adyrna's Latin-script edition, on an Omar Khayyam evening at the National Library
        List<Candidate> found = run("Jyl saıyn Qazaqstan Respýblıkasy Ulttyq kitaphanasynyń Álem ádebıeti qyzmeti "
                + "bólimi Irannyń bir aqynynyń shyǵarmashylyǵyna arnap ádebı kesh ótkizýdi dástúrge aınaldyrǵan.");
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("Jyl")), names(found).toString());
    }

    @Test
    void aSmallAssemblyWithATitleIsAnEventAndIstanbulIsAPlace() {
        List<Candidate> found = run("Нұр-Сұлтан, BAQ.KZ. Қазақстан Тәуелсіздігінің 30 жылдығы аясында Стамбұлда "
                + "Дүниежүзі қазақтары қауымдастығының «Жаһандану өркениетіндегі қазақ әлемі» атты Кіші құрылтайы "
                + "өтті.");
        Candidate assembly = find(found, ActorType.EVENT, "«Жаһандану өркениетіндегі қазақ әлемі» атты Кіші құрылтайы");
        assertEquals("TR", assembly.country());
        find(found, ActorType.ORGANISATION, "Дүниежүзі қазақтары қауымдастығы");
        assertFalse(has(found, ActorType.ORGANISATION, "Стамбұлда Дүниежүзі қазақтары қауымдастығы"),
                names(found).toString());
    }

    @Test
    void aBodyAttachedToAnotherTakesItsWholeNameInLowerCaseToo() {
        List<Candidate> found = run("Астанада Қазақстан халқы Ассамблеясы мен Өзбекстан Министрлер кабинеті жанындағы "
                + "Ұлтаралық қатынастар мен достық байланыстар комитеті арасындағы ынтымақтастық туралы меморандумға қол "
                + "қойылды, деп хабарлайды Baq.kz тілшісі.");
        Candidate committee = find(found, ActorType.ORGANISATION, "Өзбекстан Министрлер кабинеті жанындағы Ұлтаралық "
                + "қатынастар мен достық байланыстар комитеті");
        assertEquals("UZ", committee.country());
        find(found, ActorType.ORGANISATION, "Қазақстан халқы Ассамблеясы");
    }
}
