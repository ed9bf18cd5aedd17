package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.named;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class RussianBrandsTest {

    @Test
    void aLatinAbbreviationStandingAloneInRussianIsABody() {
        var found = run("Для гостей была показана презентация Всемирных игр кочевников, рассказано о деятельности CIOFF "
                + "и Дельфийских играх.");
        assertTrue(has(found, ActorType.ORGANISATION, "CIOFF"), names(found).toString());
    }

    @Test
    void aLatinWordWithACapitalInsideIsABody() {
        var found = run("В Туркестане в преддверии Дня независимости свои двери открыл 11-й по счету креативный хаб в "
                + "стране – ÓzgeEpic, передает Kazpravda.kz");
        assertTrue(has(found, ActorType.ORGANISATION, "ÓzgeEpic"), names(found).toString());
    }

    @Test
    void romanNumeralsAndAbbreviationsDefinedBetweenSlashesAreNoBodiesOfTheirOwn() {
        var found = run("Ташкент, 2 октября /Синьхуа/ -- В Ташкенте начала работу 4-я Всемирная конференция по "
                + "креативной экономике /WCCE/.");
        assertFalse(named(found, "WCCE"), names(found).toString());
        found = run("VII международный театральный фестиваль малых форм Impulse пройдет в Кыргызстане с 26 по 29 "
                + "октября.");
        assertFalse(named(found, "VII"), names(found).toString());
    }
}
