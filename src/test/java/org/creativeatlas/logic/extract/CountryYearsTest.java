package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Years a state devotes to another, or to a quoted theme, in published Russian sentences. */
class CountryYearsTest {

    @Test
    void aYearOfTheRepublicOfAnotherStateIsAnEvent() {
        // on the Uzbek national drama theatre's tour of South Kazakhstan
        List<Candidate> found = run("В рамках плана мероприятий, посвященных Году Республики Узбекистан в Казахстане, с 10 "
                + "по 14 мая 2018 года в Южно-Казахстанской области пройдут гастроли Узбекского национального "
                + "академического драмтеатра, организованные при поддержке управления культуры и развития языков "
                + "Южно-Казахстанской области.");
        assertEquals("KZ", find(found, ActorType.EVENT, "Год Республики Узбекистан в Казахстане").country());
    }

    @Test
    void aYearNamedByItsQuotedThemeIsAnEvent() {
        // Kabar, on a Kyrgyz folk group in Astana
        List<Candidate> found = run("По его данным, с 24 по 26 февраля в столице Казахстана — городе Астане состоялось "
                + "торжественное открытие года «Астана — культурная столица тюркского мира».");
        find(found, ActorType.EVENT, "год «Астана — культурная столица тюркского мира»");
    }
}
