package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** How Russian items name numbered schools, federal bodies, bands and festivals, in sentences as published. */
class BodyNamingTest {

    @Test
    void aNumberedSchoolIsNamedInLowerCaseWithItsTown() {
        List<Candidate> found = run("В мероприятии примут участие поэты, писатели, студенты, а также ученики "
                + "школы-гимназии № 5 города Бишкека.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "Школа-гимназия № 5 города Бишкека").country());
    }

    @Test
    void aFederalBodyAndItsHeadAreRussias() {
        List<Candidate> found = run("\"Таджикская культура одна из самых изысканных на постсоветском пространстве\", "
                + "заявил глава федерального агентства по культуре и кинематографии Михаил Швыдкой на открытии выставки "
                + "современного изобразительного искусства Таджикистана.");
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Федеральное агентство по культуре и кинематографии")
                .country());
        assertEquals("RU", find(found, ActorType.PERSON, "Михаил Швыдкой").country());
    }

    @Test
    void aStatesBodyInItsOwnCapitalIsOnlySaidToStandThere() {
        List<Candidate> found = run("Представители Туркменского государственного института культуры и Туркменской "
                + "национальной консерватории имени Майи Кулиевой примут участие в Международной научно-практической "
                + "конференции «Лицо войны в зеркале искусства», которая состоится 27 октября в Музыкальном отделе "
                + "Российской государственной библиотеки в Москве.");
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Российская государственная библиотека").country());
    }

    @Test
    void aTitleAfterTwoEventsHeadsIsTheFestivals() {
        List<Candidate> found = run("Представители Туркменистана примут участие в конференции фестиваля «Звуки "
                + "дутара»");
        find(found, ActorType.EVENT, "Фестиваль «Звуки дутара»");
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("Конференция")), names(found).toString());
    }

    @Test
    void aConcertOfABandNamesTheBand() {
        List<Candidate> found = run("26 сентября в концертном зале Таджикской госфилармонии состоится концерт "
                + "петербургской группы «Feel'armonia».");
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Группа «Feel'armonia»").country());
        assertFalse(has(found, ActorType.EVENT, "Концерт петербургской группы «Feel'armonia»"), names(found).toString());
    }

    @Test
    void aBodysNamesThatCallItsStateTwoWaysAreOneBody() {
        List<Candidate> found = run("Вечер поэзии пройдет в Национальной библиотеке Кыргызстана\n\nЗавтра в "
                + "Национальной библиотеке Кыргызской Республики имени Алыкула Осмонова состоится вечер поэзии. "
                + "Национальная библиотека Кыргызстана является самым крупным хранилищем книг в стране.");
        find(found, ActorType.ORGANISATION, "Национальная библиотека Кыргызской Республики имени Алыкула Осмонова");
        assertFalse(has(found, ActorType.ORGANISATION, "Национальная библиотека Кыргызстана"), names(found).toString());
    }
}
