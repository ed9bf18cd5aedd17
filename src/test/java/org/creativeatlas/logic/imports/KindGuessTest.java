package org.creativeatlas.logic.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class KindGuessTest {

    @Test
    void theGenericWordOfTheNameInEachLanguage() {
        assertEquals("university", KindGuess.of(ActorType.ORGANISATION, "«Тұран» университеті"));
        assertEquals("government", KindGuess.of(ActorType.ORGANISATION, "Министерство культуры Республики Казахстан"));
        assertEquals("association", KindGuess.of(ActorType.ORGANISATION, "Креативтік Индустриялар Ассоциациясы (КИА)"));
        assertEquals("creative_hub", KindGuess.of(ActorType.ORGANISATION, "Креативтік Индустриялар Паркі"));
        assertEquals("round_table", KindGuess.of(ActorType.EVENT, "Круглый стол по креативной экономике"));
        assertEquals("exhibition", KindGuess.of(ActorType.EVENT, "Халықаралық көрме"));
        assertEquals("accelerator", KindGuess.of(ActorType.PLATFORM, "Creative Accelerator"));
    }

    @Test
    void aShortStemNeedsAWholeWordAndNoWordGivesNothing() {
        assertNull(KindGuess.of(ActorType.ORGANISATION, "Творческое объединение Ололо"));
        assertEquals("media", KindGuess.of(ActorType.ORGANISATION, "etnomedia.tv"));
        assertNull(KindGuess.of(ActorType.ORGANISATION, "OloloPlanet"));
        assertNull(KindGuess.of(ActorType.PERSON, "Данияр Аманалиев"));
    }
}
