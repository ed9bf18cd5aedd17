package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LangTest {

    private static Lang of(String text) {
        return Lang.of(text, 0, text.length());
    }

    @Test
    void aRussianSentenceQuotingAKazakhTitleIsRussian() {
        assertEquals(Lang.RU, of("АСТАНА. КАЗИНФОРМ – В Астане 20-22 июня пройдет III международный фестиваль "
                + "искусств «Астана кештері»."));
        assertEquals(Lang.KK, of("АСТАНА. Астанада 20-22 маусымда «Астана кештері» өнер фестивалі өтеді."));
    }

    @Test
    void aParagraphThatIsMostlyAQuotedKazakhSpeechIsKazakh() {
        assertEquals(Lang.KK, of("«Халықаралық театр фестивалі Орталық Азия елдері мен Қазақстанның театр өнері "
                + "саласындағы ынтымақтастықты одан әрі нығайтады», – деді ол."));
    }
}
