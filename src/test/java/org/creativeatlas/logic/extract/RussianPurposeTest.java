package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** What a Russian body is for, after «по» or in fields joined by «и», from published sentences. */
class RussianPurposeTest {

    @Test
    void aBodysPurposeInOneDativeNounStaysInItsName() {
        List<Candidate> found = run("Концерты организованы Министерством культуры Республики Таджикистан совместно с "
                + "Комитетом по телерадиовещанию РТ.");
        assertTrue(has(found, ActorType.ORGANISATION, "Комитет по телерадиовещанию РТ"), names(found).toString());
        found = run("В Ташкенте прошло заседание Национальной комиссии Республики Узбекистан по делам ЮНЕСКО.");
        assertTrue(has(found, ActorType.ORGANISATION, "Национальная комиссия Республики Узбекистан по делам ЮНЕСКО"),
                names(found).toString());
    }

    @Test
    void twoPurposesJoinedByAndKeepTheAdjectivesOfTheSecondWithItsNoun() {
        // the Ryazan regional library, on a Tajik edition of Yesenin's poems
        List<Candidate> found = run("Сборник издан при финансовой поддержке Федерального агентства по печати и "
                + "массовым коммуникациям в рамках федеральной программы «Культура России» и посвящен 25-летию "
                + "установления дипломатических отношений между Российской Федерацией и Республикой Таджикистан.");
        assertTrue(has(found, ActorType.ORGANISATION, "Федеральное агентство по печати и массовым коммуникациям"),
                names(found).toString());
    }

    @Test
    void poSluchayuSaysWhyAndNamesNoPurpose() {
        List<Candidate> found = run("Министерство культуры по случаю праздника наградило артистов.");
        assertTrue(has(found, ActorType.ORGANISATION, "Министерство культуры"), names(found).toString());
    }

    @Test
    void twoStatesJoinedInATailAndANounThatDoesNotDeclineStayInTheName() {
        List<Candidate> found = run("Президент принял участие в Первом форуме ректоров вузов Кыргызской Республики и "
                + "Российской Федерации «Развитие науки и образования — инвестиции в будущее». В Москве прошла Неделя "
                + "узбекистанского кино.");
        assertTrue(has(found, ActorType.EVENT, "Первый форум ректоров вузов Кыргызской Республики и Российской "
                + "Федерации «Развитие науки и образования — инвестиции в будущее»"), names(found).toString());
        assertTrue(has(found, ActorType.EVENT, "Неделя узбекистанского кино"), names(found).toString());
        assertFalse(names(found).stream().anyMatch(n -> n.startsWith("organisation:Российская Федерация")),
                "a state is no federation of anything: " + names(found));
    }

    @Test
    void aFieldInTheGenitiveOfANounInMinusIeJoinsTheNameByI() {
        // REGNUM, on days of Turkmen culture in Turkey
        List<Candidate> found = run("Сегодня, 18 июня, в Турции открываются Дни культуры Туркмении, организаторами "
                + "которого выступают министерство культуры и телерадиовещания Туркмении и министерство культуры и "
                + "туризма Турции, передает корреспондент ИА REGNUM.");
        assertTrue(has(found, ActorType.ORGANISATION, "Министерство культуры и телерадиовещания Туркмении"),
                names(found).toString());
    }
}
