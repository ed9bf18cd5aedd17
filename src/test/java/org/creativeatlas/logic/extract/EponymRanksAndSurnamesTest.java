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
 * A rank or a father's name before whom a body is named after, and the body it belongs to after; a town's museum
 * named by its town; a talk's topic; prizes in quotes; German universities and professors named by surname on English
 * pages; Arabic names with their particles in Cyrillic; an embassy in the Hashemite Kingdom of Jordan; a nation's
 * adjective in lower case before a university named after someone.
 */
class EponymRanksAndSurnamesTest {

    private static final String KHUJAND = "Худжанд. 20 июля. «Азия-Плюс» — «Абумахмуди Худжанди и развитие астрономии "
            + "таджикского народа» — под таким названием в Худжанде состоялась научно-практическая конференция, "
            + "посвященная Году образования и технической культуры.\nМероприятие прошло 19 июля в здании планетария "
            + "города Худжанда, при поддержке исполнительного органа госвласти области.\nКак сообщили «АП» в "
            + "пресс-службе главы области, в конференции приняли участие и выступили 20 слушателей курсов областного "
            + "общества «Дониш», преподаватели Худжандского госуниверситета имени академика Б. Гафурова. В частности, "
            + "преподаватель ХГУ Хуршед Абдуллозода рассказал в своем докладе о жизни и деятельности Абумахмуди "
            + "Худжанди и его политических взглядах.\nДалее председатель научно-методического совета планетария "
            + "профессор Ч. Латипов выступил на тему «Наследники Абумахмуди Худжанди и развитие технической культуры "
            + "страны» и рассказал о лепте таджикских астрономов в развитии астрономии.";

    @Test
    void aUniversityNamedAfterAnAcademicianKeepsHimAndItsAcronymIsTheSameBody() {
        List<Candidate> found = run(KHUJAND);
        assertEquals("Худжандский госуниверситет имени академика Б. Гафурова",
                find(found, ActorType.PERSON, "Хуршед Абдуллозода").affiliation());
        assertFalse(has(found, ActorType.PERSON, "Б. Гафуров"), names(found).toString());
        assertFalse(has(found, ActorType.ORGANISATION, "ХГУ"), names(found).toString());
    }

    @Test
    void aTownsPlanetariumIsABodyAndATalksTopicIsNoEvent() {
        List<Candidate> found = run(KHUJAND);
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "Планетарий города Худжанда").country());
        assertFalse(has(found, ActorType.EVENT, "Наследники Абумахмуди Худжанди и развитие технической культуры "
                + "страны"), names(found).toString());
    }

    @Test
    void anInstituteNamedAfterAbuRaihanBeruniRunsOnToTheAcademyItBelongsTo() {
        List<Candidate> found = run("Институт востоковедения имени Абу Райхана Беруни Академии наук Республики "
                + "Узбекистан совместно с Институтом ирановедения Австрийской академии наук провели международную научную "
                + "конференцию на тему «Рукописная культура Центральной Азии: рукописи – культурное наследие и "
                + "исторический источник».");
        assertEquals("UZ", find(found, ActorType.ORGANISATION,
                "Институт востоковедения имени Абу Райхана Беруни Академии наук Республики Узбекистан").country());
    }

    @Test
    void aTownsMuseumNamedByItsTownIsABody() {
        List<Candidate> found = run("Форум музеев на Иссык-Куле\nПо их данным, форум начнется 9 сентября в центре "
                + "кочевой цивилизации им. Курманжан Датка и будет продолжен открытием выставки «Эсте калган элестер», "
                + "организованной университетом Центральной Азии в музее города Каракол.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Музей города Каракол").country());
    }

    @Test
    void prizesNamedInQuotesInLowerCaseAreNoBodies() {
        List<Candidate> found = run("«СЕМЬ ЗВЕЗД». В Худжанде проходит фестиваль-конкурс профессиональных театров\n"
                + "Кроме того, будут выявлены победители в номинациях «лучшая режиссерская работа», лучшая мужская и "
                + "женская роли, «лучшее музыкальное оформление», «лучшая сценография», «лучшая драматург» и «лучшее "
                + "кукольное исполнение».");
        assertTrue(found.stream().noneMatch(c -> c.name().startsWith("лучш") || c.name().startsWith("Лучш")),
                names(found).toString());
    }

    @Test
    void germanUniversitiesAndProfessorsNamedBySurnameOnAnEnglishPage() {
        List<Candidate> found = run("Signing of the consortium agreement\n\nThe consortium includes: Hochschule für "
                + "Angewandte Wissenschaften Hamburg, Hochschule Mittweida, Hochschule Schmalkalden, Technische Hochschule "
                + "Wildau and Hochschule Zittau/Görlitz. President of TH Wildau, prof. Tippe, Rectos prof. Albrecht (HS "
                + "Zittau/Görlitz, Professor Heinemann (HS Schmalkalden), Prof. Hilmer (HS Mittweida) and Prof. Sawatzki "
                + "(für die HAW Hamburg) arrived in Berlin for signing the agreement.");
        for (String university : List.of("Hochschule Mittweida", "Hochschule Schmalkalden",
                "Technische Hochschule Wildau", "Hochschule Zittau/Görlitz")) {
            assertTrue(has(found, ActorType.ORGANISATION, university), university + " " + names(found));
        }
        for (String professor : List.of("Albrecht", "Heinemann", "Hilmer", "Sawatzki")) {
            assertTrue(has(found, ActorType.PERSON, professor), professor + " " + names(found));
        }
    }

    @Test
    void aProfessorNamedBySurnameIsTheSamePersonAsTheFullName() {
        List<Candidate> found = run("Tajik poetry evening in Berlin\n\nRenowned German Orientalist Professor Udo "
                + "Steinbach, who headed the German Institute of Oriental Studies for many years (1976-2006), delivered "
                + "an informative speech on the role and status of Tajik poetry from the time of Rudaki to the present "
                + "day. Professor Steinbach also proudly mentioned the publication in 2021 of a book of translations of "
                + "poems by contemporary Tajik and Persian poets, \"Persian Lyrics in the 21st Century\".");
        assertTrue(has(found, ActorType.PERSON, "Udo Steinbach"), names(found).toString());
        assertEquals(1, found.stream().filter(c -> c.name().contains("Steinbach")).count(), names(found).toString());
    }

    @Test
    void arabicNamesKeepTheirParticlesAndRolesOpenAtTheirFirstWord() {
        List<Candidate> found = run("7 маусымда Қазақстан Республикасының Ұлттық кітапханасына Біріккен Араб "
                + "Әмірліктерінің Ұлттық кітапханасы мен мұрағатының делегациясы құрамында: бас директор (Министрдің "
                + "орынбасары дәрежесімен) Абдулла Маджид Әл Али мырза, Президенттік мұрағат басқармасының басшысы Фатима "
                + "Мұхаммад әл-Мухайри ханым, баспа бөлімінің меңгерушісі Фатима Әли әл-Дармаки ханым, коммуникациялар "
                + "бөлімінің басшысы Мұхаммед Әли әл-Мазки әл-Шамси сыпайылық сапармен келді.");
        assertTrue(has(found, ActorType.PERSON, "Абдулла Маджид Әл Али"), names(found).toString());
        assertTrue(has(found, ActorType.PERSON, "Мұхаммед Әли әл-Мазки әл-Шамси"), names(found).toString());
        assertEquals("баспа бөлімінің меңгерушісі",
                find(found, ActorType.PERSON, "Фатима Әли әл-Дармаки").role());
    }

    @Test
    void anEmbassyInTheHashemiteKingdomOfJordanStandsInJordan() {
        List<Candidate> found = run("Аммандағы түркі тілдер күні\nБағдарлама аясында Қазақстан Республикасының Иордан "
                + "Хашимит Корольдігіндегі Елшілігі қонақжайлылық пен ұлттық бірегейліктің символы болып табылатын "
                + "дәстүрлі қазақ киіз үйін, сондай-ақ Қазақстанның ұлттық тағамдарын ұсынды.");
        assertEquals("JO", find(found, ActorType.ORGANISATION,
                "Қазақстан Республикасының Иордан Хашимит Корольдігіндегі Елшілігі").country());
    }

    @Test
    void aNationsAdjectiveInLowerCaseOnlyDescribesAUniversityNamedAfterSomeone() {
        List<Candidate> found = run("В Берлине прошёл ежегодный студенческий форум\nВ Берлине прошёл ежегодный "
                + "студенческий форум, сообщает «24KZ». Впервые мероприятие собрало как казахстанских, так и немецких "
                + "студентов и профессоров. Встреча организована посольством Казахстана в Германии совместно с немецким "
                + "университетом имени Гумбольдта.\nСюзанна Франк, профессор университета им. Гумбольдта:");
        assertTrue(has(found, ActorType.ORGANISATION, "Университет имени Гумбольдта"), names(found).toString());
        assertEquals(1, found.stream().filter(c -> c.name().contains("Гумбольдт")).count(), names(found).toString());
        assertEquals("Университет имени Гумбольдта", find(found, ActorType.PERSON, "Сюзанна Франк").affiliation());
    }

    @Test
    void aTheatresNationInLowerCaseIsItsLanguageAndStaysInItsName() {
        List<Candidate> found = run("«СЕМЬ ЗВЕЗД». В Худжанде проходит фестиваль-конкурс профессиональных театров\n"
                + "2 ноября в 16:00 артисты узбекского театра музыкальной драмы имени Шукура Бурхонова из Спитаменского "
                + "района выступили со спектаклем «Мехри Модар» (Любовь матери) по пьесе Кароматулло Мирзоева.");
        assertTrue(has(found, ActorType.ORGANISATION, "Узбекский театр музыкальной драмы имени Шукура Бурхонова"),
                names(found).toString());
    }
}
