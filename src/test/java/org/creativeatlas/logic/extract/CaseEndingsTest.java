package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class CaseEndingsTest {

    @Test
    void kazakhHeadLosesItsCaseButKeepsItsPossessive() {
        var found = run("2024 жылы «Тұран» университетінің зерттеу тобы Ташкентке барды.");
        find(found, ActorType.ORGANISATION, "«Тұран» университеті");
        found = run("Топ Қазақстан Республикасының Мәдениет және ақпарат министрлігіне хат жолдады.");
        find(found, ActorType.ORGANISATION, "Қазақстан Республикасының Мәдениет және ақпарат министрлігі");
    }

    @Test
    void russianHeadAndItsAdjectivesGoBackToTheNominative() {
        var found = run("Проект поддержан Министерством культуры и спорта Республики Казахстан.");
        find(found, ActorType.ORGANISATION, "Министерство культуры и спорта Республики Казахстан");
        found = run("Лекция прошла в Кыргызском национальном университете имени Ж. Баласагына.");
        find(found, ActorType.ORGANISATION, "Кыргызский национальный университет имени Ж. Баласагына");
        found = run("Студенты Высшей школы экономики приняли участие.");
        find(found, ActorType.ORGANISATION, "Высшая школа экономики");
    }

    @Test
    void russianAdjectivesAgreeWithTheHead() {
        assertEquals("национальная", CaseEndings.ruAdjective("национальной", 'f', false));
        assertEquals("Средняя", CaseEndings.ruAdjective("Средней", 'f', false)); // a soft stem's -ей is -яя
        assertEquals("Государственное", CaseEndings.ruAdjective("Государственного", 'n', false));
        assertEquals("Кыргызский", CaseEndings.ruAdjective("Кыргызского", 'm', false));
        assertEquals("Высшая", CaseEndings.ruAdjective("Высшей", 'f', false));
        assertEquals("бишкекские", CaseEndings.ruAdjective("бишкекских", 'm', true));
        assertEquals("Большой", CaseEndings.ruAdjective("Большом", 'm', false));
        assertEquals("областной", CaseEndings.ruAdjective("областного", 'm', false));
        assertEquals("Большое", CaseEndings.ruAdjective("Большого", 'n', false));
        assertEquals("Хороший", CaseEndings.ruAdjective("Хорошего", 'm', false));
        assertEquals("общее", CaseEndings.ruAdjective("общего", 'n', false));
    }

    @Test
    void surnamesLoseKazakhAndRussianCases() {
        assertEquals("Толобеков", CaseEndings.kkSurname("Толобековпен"));
        assertEquals("Исмаилова", CaseEndings.kkSurname("Исмаиловамен"));
        assertEquals("Мамытова", CaseEndings.kkSurname("Мамытова"));
        assertEquals("Петров", CaseEndings.ruInstrumental("Петровым", true));
        assertEquals("Жапаров", CaseEndings.ruGenitive("Жапарова", true));
        var found = run("Делегация встретилась с директором Иваном Петровым.");
        find(found, ActorType.PERSON, "Иван Петров");
    }
}
