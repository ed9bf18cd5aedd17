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

/** Ministries and governments named once for several countries, from published sentences. */
class DistributedBodiesTest {

    @Test
    void theMinistriesOfFiveCountriesAreFiveMinistries() {
        List<Candidate> found = run("The forum was attended by representatives of the Ministries of Education of "
                + "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, and Uzbekistan, rectors of universities of "
                + "Kazakhstan and Central Asia, representatives of large organizations such as Microsoft, QS, Elsevier, "
                + "Clarivate Analytics, as well as the Council of Europe, the Bologna Process Monitoring Group "
                + "(Bologna), representatives of the Latvian Center for Academic Information.");
        for (String[] c : new String[][] {{"Kazakhstan", "KZ"}, {"Kyrgyzstan", "KG"}, {"Tajikistan", "TJ"},
                {"Turkmenistan", "TM"}, {"Uzbekistan", "UZ"}}) {
            assertEquals(c[1], find(found, ActorType.ORGANISATION, "Ministry of Education of " + c[0]).country());
        }
        assertFalse(names(found).stream().anyMatch(n -> n.contains("Ministries")), names(found).toString());
    }

    @Test
    void aRussianGovernmentOfEachOfTwoStatesKeepsTheStateAsPrinted() {
        List<Candidate> found = run("Выставку проводят Международная ассоциация «Художники для мира», Академия "
                + "художеств Таджикистана, Культурный центр «Туризм во имя мира» в сотрудничестве с Фондом Премии мира "
                + "Шелкового пути и Европейско-китайским фондом культуры и информации под патронажем Правительств КНР "
                + "и Республики Таджикистан.");
        assertEquals("CN", find(found, ActorType.ORGANISATION, "Правительство КНР").country());
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "Правительство Республики Таджикистан").country());
    }

    @Test
    void oneMinistryOfOneCountryIsLeftToTheOtherRules() {
        List<Candidate> found = run("The forum was attended by representatives of the Ministries of Education of "
                + "Kazakhstan.");
        assertFalse(has(found, ActorType.ORGANISATION, "Ministry of Education of Kazakhstan"), names(found).toString());
    }
}
