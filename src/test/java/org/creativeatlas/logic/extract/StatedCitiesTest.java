package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Towns abroad the gazetteer lacks, placed by what the published page itself says of them. */
class StatedCitiesTest {

    @Test
    void aTownThePageCallsOneOfAStatesCitiesPlacesTheBodiesNamedAfterIt() {
        List<Candidate> found = run("Photo-exhibition about Tashkent continues its tour in Britain\n\n"
                + "Photo-exhibition \"Tashkent - the History of One City\", dedicated to 2200th Anniversary of the "
                + "capital of Uzbekistan, was held in Bath on 4-9 October 2010. This is the third show of the "
                + "exhibition in the UK - in March it was presented in Cambridge and London.\n\n"
                + "Bath is one of the most beautiful cities in England, the center of Somerset, situated on the River "
                + "Avon.\n\nThe opening ceremony was held at the Exhibition Hall of the Central Library, in the lively "
                + "centre of the city. The event was attended by the leadership of Bath City Council, representatives "
                + "of the University of Bath, British and foreign public.");
        Candidate university = find(found, ActorType.ORGANISATION, "University of Bath");
        assertEquals("GB", university.country());
        assertEquals("Bath", university.city());
        assertEquals("GB", find(found, ActorType.ORGANISATION, "Bath City Council").country());
    }

    @Test
    void aTownWithItsStateInBracketsIsThatStates() {
        List<Candidate> found = run("Как сообщает хокимият столицы, фестиваль в этом году собрал участников из многих "
                + "стран. На него прибыли студенты университета Кемён республики Корея, Уфинского государственного "
                + "университета (Россия), Карагандинского университета (Казахстан), ученики Климовичской детской школы "
                + "изобразительных искусств (Белоруссия) и Детской художественной школы города Тулун (Россия).");
        assertEquals("RU", find(found, ActorType.ORGANISATION, "Детская художественная школа города Тулун").country());
    }

    @Test
    void aBodysStateInBracketsMakesNoTownOfTheWordBeforeIt() {
        List<Candidate> found = run("The Ministry of Culture (Kazakhstan) and the Ministry of Culture of Uzbekistan "
                + "signed a memorandum in Tashkent.");
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Ministry of Culture of Uzbekistan").country());
    }
}
