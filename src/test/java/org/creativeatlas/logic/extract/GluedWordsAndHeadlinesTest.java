package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * Words of two scripts run together; a headline's words put in the nominative keep their capitals; a joiner ends no
 * name; the Russian Academy's Siberian branch; a Japanese university town.
 */
class GluedWordsAndHeadlinesTest {

    @Test
    void wordsOfTwoScriptsRunTogetherAreTwoWords() {
        List<Candidate> found = run("В Shakarim University с официальным визитом прибыла делегация.\nНа встрече с "
                + "руководством университета ректор Shakarim UniversityДуман Орынбеков представил научно-инновационный "
                + "потенциал, академические достижения и международные связи вуза.");
        Candidate rector = find(found, ActorType.PERSON, "Думан Орынбеков");
        assertEquals("Shakarim University", rector.affiliation());
    }

    @Test
    void aHeadlinesWordsInTheNominativeKeepTheirCapitals() {
        List<Candidate> found = run("ДУШАНБЕ — СТОЛИЦА ТЕАТРАЛЬНЫХ ФЕСТИВАЛЕЙ\nДушанбе, 13 апреля. (НИАТ «Ховар», "
                + "Людмила Дубинина). — В столице Таджикистана с большим успехом прошли все спектакли.");
        assertTrue(has(found, ActorType.EVENT, "ТЕАТРАЛЬНЫЙ ФЕСТИВАЛЬ"));
        assertFalse(found.stream().anyMatch(c -> c.name().contains("ТЕАТРАЛЬНый")));
    }

    private static final String PAMIRS = "From June 9 to July 3, 2023, an international Russian-Tajik expedition with "
            + "the participation of the Institute of Archaeology and Ethnography SB RAS worked on the territory of the "
            + "Eastern Pamirs.\n“We have discovered 10 new archaeological sites,” commented Svetlana Vladimirovna "
            + "Schneider, Candidate of Historical Sciences, Senior Researcher at the Institute of Archaeology and "
            + "Ethnography SB RAS and Head of work from the Russian side.";

    @Test
    void aJoinerNoNameFollowsEndsNoName() {
        List<Candidate> found = run(PAMIRS);
        assertFalse(found.stream().anyMatch(c -> c.name().endsWith(" and")));
    }

    @Test
    void theSiberianBranchOfTheRussianAcademyIsInRussia() {
        assertEquals("RU", find(run(PAMIRS), ActorType.ORGANISATION, "Institute of Archaeology and Ethnography SB RAS")
                .country());
    }

    @Test
    void aUniversityNamedByAJapaneseTownIsInJapan() {
        List<Candidate> found = run("Ташкент, Узбекистан (UzDaily.uz) -- Узбекские и японские ученые создадут "
                + "совместное научное общество.\n\nСобравшие около 1200 представителей академических и общественных кругов мероприятия "
                + "были организованы в Токийском Университете Ориенталистики «Тойо» и Университете «Нара» в Кансайском "
                + "регионе Фондом Форумом совместно с администрациями университетов.");
        assertEquals("JP", find(found, ActorType.ORGANISATION, "Университет «Нара»").country());
    }
}
