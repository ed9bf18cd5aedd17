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
 * A state's abbreviation; an acronym with its eponym, and an eponym in the Russian genitive; Malaysia's titles; the
 * Russian Academy's institutes; a nation's adjective describing someone; an order's quoted name; a man's name in the
 * Russian dative and a Kazakh name dedicated to; a role's character; where someone else comes from; a quoted name
 * opening a longer one; a venue held at; an Arabic article in lower case; whom a forum gathers; one name spelt with
 * «и» and «й»; an anniversary's remark closing a title; an abbreviated degree; a woman's name after a body's; the
 * Kazakh adjective for Turkmen; a test's abbreviation; a programme or a tragedy a troupe shows.
 */
class AcronymEponymsAndCasesTest {

    @Test
    void aStatesAbbreviationIsAPlaceNotABody() {
        List<Candidate> found = run("Saida Mirziyoyeva, Assistant to the President of Uzbekistan, expressed gratitude to "
                + "everyone who contributed to organizing the exhibit in the PRC.");
        assertFalse(named(found, "PRC"));
        Candidate saida = find(found, ActorType.PERSON, "Saida Mirziyoyeva");
        assertEquals("UZ", saida.country());
        assertEquals("Assistant to the President of Uzbekistan", saida.role());
    }

    private static final String ASTRAKHAN = "On October 12, a Memorandum of Cooperation was signed International "
            + "University for Humanities and Development and Astrakhan State University named after V.N.Tatishcheva.\n"
            + "In addition, it is planned to sign a cooperation document between TSKhU named after S.A.Niyazov and ASU "
            + "named after V.N. Tatishcheva.\nWe would like to add that during the visit to Ashgabat, guests from Moscow "
            + "State University named after M.V. Lomonosov and Astrakhan State University named after V.N.Tatishchev "
            + "visited the Turkmen State University named after Magtymguly.";

    @Test
    void anAcronymKeepsWhomItIsNamedAfter() {
        List<Candidate> found = run(ASTRAKHAN);
        assertTrue(has(found, ActorType.ORGANISATION, "TSKhU named after S.A.Niyazov"));
        assertFalse(has(found, ActorType.PERSON, "A.Niyazov"));
    }

    @Test
    void anEponymLeftInTheRussianGenitiveNamesTheSameBody() {
        long astrakhan = run(ASTRAKHAN).stream().filter(c -> c.name().startsWith("Astrakhan State University")).count();
        assertEquals(1, astrakhan);
    }

    @Test
    void aMalaysianTitleOfHonourOpensThePersonsName() {
        List<Candidate> found = run("Samarkand State University was visited by a delegation led by the rector of the "
                + "University of Malaysia Terengganu Dato Mazlan Abd Ghaffar.");
        Candidate rector = find(found, ActorType.PERSON, "Mazlan Abd Ghaffar");
        assertEquals("MY", rector.country());
        assertFalse(has(found, ActorType.PERSON, "Abd Ghaffar"));
    }

    private static final String GAFUROV = "Конференция «Роль академика Б.Г.Гафурова в развитии советского "
            + "востоковедения». Часть 1-я\n\nМеждународная научная конференция «Роль академика Б. Г. Гафурова в развитии "
            + "советского востоковедения (к 115-летию со дня рождения)» состоялась 30 октября 2024 года в Институте "
            + "востоковедения РАН при участии Посольства Таджикистана в РФ.\n\nС приветственным словом выступили научный "
            + "руководитель Института д.и.н., проф., академик РАН, иностранный член Национальной академии наук "
            + "Таджикистана В. В. Наумкин, директор Института д.и.н. А. К. Аликберов, Чрезвычайный и Полномочный Посол "
            + "Республики Таджикистан в Российской Федерации Давлатшох Курбонали Гулмахмадзода.\n\nОткрыли научную сессию "
            + "наши гости из Худжандского государственного университета им. академика Бободжона Гафурова, с которым "
            + "подписано соглашение о сотрудничестве: ректор д.и.н., профессор Аюб Ислом Усмонзода и к.и.н., доцент "
            + "Шавкат Шарипов.";

    @Test
    void anInstituteOfTheRussianAcademyIsInRussia() {
        List<Candidate> found = run(GAFUROV);
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Институт востоковедения РАН").country());
        Candidate conference = found.stream().filter(c -> c.type() == ActorType.EVENT).findFirst().orElseThrow();
        assertEquals("RU", conference.country());
    }

    @Test
    void aRemarkInBracketsClosingATitleNamesTheSameEvent() {
        assertEquals(1, run(GAFUROV).stream().filter(c -> c.type() == ActorType.EVENT).count());
    }

    @Test
    void anAbbreviatedDegreeEndsNoName() {
        List<Candidate> found = run(GAFUROV);
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("Института д")));
        assertTrue(has(found, ActorType.PERSON, "А. К. Аликберов"));
    }

    @Test
    void aNationsAdjectiveDescribingSomeoneSaysTheirCountry() {
        List<Candidate> found = run("Специальным гостем мероприятия станет звезда петербургского «Зенита» Сердар Азмун – "
                + "иранский футболист туркменского происхождения.");
        assertEquals("IR", find(found, ActorType.PERSON, "Сердар Азмун").country());
    }

    private static final String ORDER = "КНУ имени Жусупа Баласагына награждён орденом \"Манас\" III степени\n\nПредседатель кабинета министров Адылбек Касымалиев принял участие в "
            + "торжественном мероприятии, посвящённом 100-летию Кыргызского национального университета имени Жусупа "
            + "Баласагына.\n\nВ рамках празднования он вручил ректору университета Догдурбеку Чонтоеву орден \"Манас\" III "
            + "степени, которым по указу Президента Садыра Жапарова награждён КНУ за значительный вклад в развитие системы "
            + "образования и науки.";

    @Test
    void anOrdersQuotedNameIsNoBody() {
        assertFalse(named(run(ORDER), "Манас"));
    }

    @Test
    void aMansNameInTheDativeIsPutInTheNominative() {
        Candidate rector = find(run(ORDER), ActorType.PERSON, "Догдурбек Чонтоев");
        assertEquals("Кыргызский национальный университет имени Жусупа Баласагына", rector.affiliation());
    }

    private static final String MAYAKOVSKY = "Душанбе. 6 сентября. «Азия-Плюс» — Государственный русский драматический "
            + "театр им. Маяковского представит «Пять жен Ходжа Насриддина» на ХII Международном театральном фестивале "
            + "«Белая вежа», который пройдет 8-14 сентября в Бресте.\nЗам. директора театра им. Маяковского Абдувадуд "
            + "Файзиев сообщил «АП», что спектакль «Пять жен Ходжа Насриддина» по пьесе Иброхима Содикова поставил "
            + "режиссер Олим Салимов из Узбекистана. Роль Ходжа Насриддина играют актеры театра.";

    @Test
    void theOneWhoseRoleIsPlayedIsACharacterNotAPerson() {
        assertFalse(has(run(MAYAKOVSKY), ActorType.PERSON, "Ходжа Насриддин"));
        assertFalse(has(run(MAYAKOVSKY), ActorType.PERSON, "Ходжа Насриддина"));
    }

    @Test
    void whereTheDirectorComesFromIsNotWhereThePlayIs() {
        List<Candidate> found = run(MAYAKOVSKY);
        assertEquals("TJ", find(found, ActorType.EVENT, "спектакль «Пять жен Ходжа Насриддина»").country());
        assertEquals("UZ", find(found, ActorType.PERSON, "Олим Салимов").country());
    }

    private static final String KYZYLORDA = "Кванджу қалалық білім басқармасының үшжақты меморандумын жасау үшін "
            + "Қызылорда облысы Қоғамдық даму басқармасының \"Қоғамдық келісім\" коммуналдық мемлекеттік мекемесімен, "
            + "\"Қазақстан корейлер қауымдастығы\" Қызылорда облыстық қоғамдық бірлестігі және Қорқыт Ата атындағы "
            + "Қызылорда университетімен ынтымақтастық мәселелері талқыланып, бірлескен жобаларды жүзеге асыру туралы "
            + "келісімге қол қойылды.";

    @Test
    void aQuotedNameOpeningABodysLongerNameIsThatBody() {
        List<Candidate> found = run(KYZYLORDA);
        assertTrue(has(found, ActorType.ORGANISATION,
                "\"Қазақстан корейлер қауымдастығы\" Қызылорда облыстық қоғамдық бірлестігі"));
        assertFalse(has(found, ActorType.ORGANISATION, "Қазақстан корейлер қауымдастығы"));
    }

    @Test
    void aKoreanCitysOfficeIsInKorea() {
        assertEquals("KR", find(run(KYZYLORDA), ActorType.ORGANISATION, "Кванджу қалалық білім басқармасы").country());
    }

    @Test
    void aVenueHeldAtIsABodyThoughItReadsAsAName() {
        List<Candidate> found = run("The plenary session took place at the “Gylym Ordasy,” while sectional meetings were "
                + "hosted by five leading universities of the city.");
        assertTrue(has(found, ActorType.ORGANISATION, "Gylym Ordasy"));
        assertFalse(has(found, ActorType.PERSON, "Gylym Ordasy"));
    }

    @Test
    void anArabicArticleInLowerCaseIsPartOfTheSurname() {
        List<Candidate> found = run("Speaking to KUNA in a statement during opening, head of NCCAL Mohammad al-Jassar "
                + "said the two-day exhibition aims to enhance cultural relations between Kuwait and Tajikistan.");
        assertTrue(has(found, ActorType.PERSON, "Mohammad al-Jassar"));
    }

    @Test
    void whomAForumGathersIsPartOfItsName() {
        List<Candidate> found = run("Chairman of the Council of Young Scientists of the Russian Academy of Sciences, and "
                + "the candidate of physics and mathematics, Andrei Kotelnikov informed the Eurasian Forum of young "
                + "scientists is expected to be organized in Moscow in the near future to continue work towards "
                + "international grants.");
        assertTrue(has(found, ActorType.EVENT, "Eurasian Forum of young scientists"));
        assertFalse(has(found, ActorType.EVENT, "Eurasian Forum"));
    }

    private static final String ATATURK = "Алматыда Түркияның тұңғыш Президенті Мұстафа Кемал Ататүрікке арналған "
            + "ескерткіш ашылды. Ашылу салтанатына Мәдениет және ақпарат министрі Аида Балаева, Түркия Республикасының "
            + "Қазақстандағы Елшісі Мұстафа Капуджу қатысты.\n\nШарада министр Айда Балаева ескерткіш Мемлекет басшысы "
            + "Қасым-Жомарт Тоқаевтың тапсырмасымен Түркияның 100 жылдығына орай ашылғанын айтты.";

    @Test
    void aFirstNameSpeltWithOneLetterOrTheOtherIsOnePerson() {
        assertEquals(1, run(ATATURK).stream().filter(c -> c.name().endsWith("Балаева")).count());
    }

    @Test
    void aKazakhNameDedicatedToIsPutInTheNominative() {
        assertTrue(has(run(ATATURK), ActorType.PERSON, "Мұстафа Кемал Ататүрік"));
    }

    @Test
    void aWomansNameAfterABodysIsNoPartOfIt() {
        List<Candidate> found = run("10 октября состоялась встреча Чрезвычайный и Полномочный Посол Республики "
                + "Таджикистана в Российской Федерации Давлатшоха Гулмахмадзода с ректором Московского государственного "
                + "лингвистического университета Ириной Краевой.");
        assertTrue(has(found, ActorType.ORGANISATION, "Московский государственный лингвистический университет"));
        Candidate rector = find(found, ActorType.PERSON, "Ирина Краева");
        assertEquals("Московский государственный лингвистический университет", rector.affiliation());
    }

    @Test
    void theKazakhAdjectiveForTurkmenPlacesABody() {
        List<Candidate> found = run("Түркіменстан астанасында Абай атындағы Қазақ ұлттық педагогикалық университеті мен "
                + "Махтумкули атындағы Түркімен мемлекеттік университетінің басшылығы арасында кездесу өтті.");
        assertEquals("TM", find(found, ActorType.ORGANISATION,
                "Махтумкули атындағы Түркімен мемлекеттік университеті").country());
    }

    @Test
    void aTestsAbbreviationAndItsSpeltOutNameAreNoActors() {
        List<Candidate> found = run("Nurbek held a meeting in Washington with the largest and legendary test development "
                + "company, Educational Testing Service, which is known for creating TOEFL (English language proficiency "
                + "test), PISA (Program for International Student Assessment) and SAT (for admission to U.S. "
                + "universities).");
        assertFalse(named(found, "PISA"));
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("Program for International")));
        assertTrue(has(found, ActorType.ORGANISATION, "Educational Testing Service"));
    }

    private static final String KARAGANDA = "Сегодня артисты цирка представят карагандинцам свою оригинальную, "
            + "насыщенную захватывающими трюками программу «Таңғажайып керуен». Состоится гала концерт «Бірлігі жарасқан - "
            + "Мәңгілік ел», на котором засверкают южноказахстанские звезды.\n\nА 22 апреля коллектив областного "
            + "казахского академического театра драмы им. Ж. Шанина покажет одну из своих лучших постановок - трагедию "
            + "С. Досанова «Тозақ шеңбері».";

    @Test
    void aProgrammePerformersShowIsAPerformance() {
        assertTrue(has(run(KARAGANDA), ActorType.EVENT, "Таңғажайып керуен"));
        List<Candidate> course = run("Университет представил новую образовательную программу «Цифровой Казахстан».");
        assertTrue(has(course, ActorType.PLATFORM, "Цифровой Казахстан"));
    }

    @Test
    void aTragedyATheatreShowsIsAPerformance() {
        assertTrue(has(run(KARAGANDA), ActorType.EVENT, "трагедия «Тозақ шеңбері»"));
        List<Candidate> films = run("«В течение трех дней в кинотеатре «Поклонка» представят фильм «Эсимде», драму "
                + "«Белек», показанную на Венецианском кинофестивале 2023 года, исторический мюзикл «Дарак ыры».");
        assertFalse(films.stream().anyMatch(c -> c.name().contains("Дарак ыры")));
    }
}
