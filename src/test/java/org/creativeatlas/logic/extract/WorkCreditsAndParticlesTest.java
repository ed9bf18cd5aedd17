package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * Films listed with notes on who made them and with their authors in the genitive, one film's title after festivals
 * in the plural, people named before a bracketed body or with a Turkish surname, one name spelt two ways, Arabic
 * names joined by particles, a Kazakh degree between two posts, a Kazakh brand's capitalised bare head, and UNESCO
 * named alone beside a body for its affairs.
 */
class WorkCreditsAndParticlesTest {

    @Test
    void filmTitlesAfterANoteOnWhoMadeThemAreWorksAndTheirAuthorsPeople() {
        List<Candidate> found = run("Кыргызское кино в Берлине\n\nЗрителям показали фильмы «Джамиля» (режиссер Ирина "
                + "Поплавская), «Первый учитель» (режиссер Андрей Кончаловский), «Белый пароход» (режиссер Болотбек "
                + "Шамшиев), «Свет Аке» и «Боз Салкын» Актана Арыма Кубата и Эрнеста Абдыжапарова.");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Свет Аке") || c.name().contains("Боз Салкын")),
                names(found).toString());
        // «Кубата» also reads as Cuba's: inside a name it places no one there
        assertEquals("KG", find(found, ActorType.PERSON, "Эрнест Абдыжапаров").country());
        assertEquals("KG", find(found, ActorType.PERSON, "Актан Арым Кубат").country());
    }

    @Test
    void aDashOpensAListOfFilmsWhoseAuthorsFollowTheirTitles() {
        List<Candidate> found = run("Кыргызское кино в Берлине\n\nТакже берлинцам покажут фильмы молодых режиссеров "
                + "Кыргызстана — «Аяз атага кат» Акжола Бекболотова, «Круги на песке» Найзабека Сыдыкова, «Неоконченные "
                + "сны» Тынчтыкбека Акималиева и «Серьги» Наргизы Маматкуловой.");
        find(found, ActorType.PERSON, "Наргиза Маматкулова");
        find(found, ActorType.PERSON, "Найзабек Сыдыков");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Серьги")), names(found).toString());
    }

    @Test
    void twoNameWordsBeforeABracketedBodyAreSomeoneWhoWorksThere() {
        List<Candidate> found = run("Түркология мәселелері\n\nКеш қонақтары Қазақстандағы Түркия елшісі Невзат Уянық, "
                + "Декан Дэнияль Пью (ҒӘЗМ) және Юлай Шамилоғлы (Қазақ тілі және Түркология кафедрасы). Баяндама тілі "
                + "түрікше болды. Ағылшын тіліне аударған Халид Акарча (Қазақ тілі және Түркология кафедрасы) және қазақ "
                + "тіліне аударған Алмагүл Исина болды.");
        assertEquals("Қазақ тілі және Түркология кафедрасы",
                find(found, ActorType.PERSON, "Халид Акарча").affiliation());
        find(found, ActorType.PERSON, "Юлай Шамилоғлы");
    }

    @Test
    void oneNameSpeltWithHAndWithKhIsOnePerson() {
        List<Candidate> found = run("Exhibition of works by national artist of Turkmenistan under way in Ashgabat\n\n"
                + "An exhibition of works by the national artist, designer, candidate of historical sciences and Director "
                + "of the State Museum of Turkmenistan, Ovezmuhammed Mammetnurov, opened at the Museum of Fine Arts in "
                + "Ashgabat. In his welcoming speech to the visitors of the exhibition at the opening ceremony, "
                + "Ovezmukhammed Mammetnurov wished his fellow artists to never stop, not to fail the high principles of "
                + "their profession.");
        assertEquals(1, found.stream().filter(c -> c.type() == ActorType.PERSON).count(), names(found).toString());
    }

    @Test
    void anArabicNameRunsOnPastItsParticles() {
        List<Candidate> found = run("UAE ambassador visits the university\n\nOn September 18, a meeting was held with the "
                + "Ambassador Extraordinary and Plenipotentiary of the United Arab Emirates Ahmed Al Hay Al Hameli at the "
                + "S.A.Niyazov Turkmen Agricultural University.");
        Candidate envoy = find(found, ActorType.PERSON, "Ahmed Al Hay Al Hameli");
        assertEquals("Ambassador Extraordinary and Plenipotentiary of the United Arab Emirates", envoy.role());
    }

    @Test
    void aKazakhDegreeBetweenTwoPostsKeepsTheBodyOfTheFirst() {
        List<Candidate> found = run("Тарихшылар қауымдастығы\n\nАталған форумға екі елдің жетекші тарихшылары мен "
                + "мұрағатшылары: Қырғызстан Дипломатиялық академиясының проректоры т.ғ. д., профессор З. К. Құрманов, "
                + "т. ғ. д., профессор А. Жуманалиев және басқа да ғалымдар қатысты.");
        Candidate rector = find(found, ActorType.PERSON, "З. К. Құрманов");
        assertEquals("Қырғызстан Дипломатиялық академиясы", rector.affiliation());
        assertEquals("KG", rector.country());
    }

    @Test
    void oneTitleAfterFestivalsInThePluralIsTheFilmsNotAFestival() {
        List<Candidate> found = run("Дни кыргызского кино\n\nВ течение трех дней в кинотеатре «Поклонка» представят фильм "
                + "«Эсимде», драму «Белек», показанную на Венецианском кинофестивале 2023 года, исторический мюзикл «Дарак "
                + "ыры», а также фильм-участник многочисленных международных кинофестивалей «Акыркы коч», – добавили в "
                + "музее.");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Акыркы")), names(found).toString());
        find(found, ActorType.EVENT, "Венецианский кинофестиваль");
    }

    @Test
    void aKazakhBrandsCapitalisedBareHeadWithACaseClosesItsName() {
        List<Candidate> found = run("Түркологтар төрқалада бас қосты\n\nОсы шараның ұйытқысы болып отырған Назарбаев "
                + "Университеттің президенті Шигео Катсу: «Назарбаев Университеттің шаңырағында түркі тіл білімінің "
                + "білгірлерін көргенімізге қуаныштымыз», деді.");
        find(found, ActorType.ORGANISATION, "Назарбаев Университет");
        List<Candidate> contest = run("Қытайлық студенттер байқауы\n\nІс-шараға ҚХР Орталық ұлттар университетінің "
                + "студенттері де қатысты, деп хабарлайды El.kz ақпарат агенттігі.");
        find(contest, ActorType.ORGANISATION, "ҚХР Орталық ұлттар университеті");
    }

    @Test
    void anAcronymStaysABodyBesideABodyNamedForItsAffairs() {
        List<Candidate> found = run("ЮНЕСКО-ның техникалық грантын жүзеге асыруға арналған алғашқы ұлттық дөңгелек үстел "
                + "өтті\nАСТАНА. KAZINFORM – Астанада ЮНЕСКО-ның техникалық грантын жүзеге асыруға арналған алғашқы "
                + "ұлттық дөңгелек үстел ұйымдастырылды. Бұл туралы Мәдениет және ақпарат министрлігі хабарлады.\nЖиынға "
                + "ҚР Мәдениет және ақпарат вице-министрі Айбек Сыдықов, ЮНЕСКО және ИСЕСКО істері жөніндегі ҚР Ұлттық "
                + "комиссиясының өкілдері, материалдық емес мұраны қорғау жөніндегі Ұлттық комитет мүшелері, орталық және "
                + "жергілікті мемлекеттік органдардың өкілдері, сондай-ақ ғалымдар қатысты.");
        find(found, ActorType.ORGANISATION, "ЮНЕСКО");
        find(found, ActorType.ORGANISATION, "ЮНЕСКО және ИСЕСКО істері жөніндегі ҚР Ұлттық комиссиясы");
    }
}
