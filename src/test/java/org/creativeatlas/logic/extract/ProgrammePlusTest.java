package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** "Erasmus+" and "Erasmus +": a programme's plus belongs to its name, however it is spaced and spelt. */
class ProgrammePlusTest {

    @Test
    void aPlusAfterACapitalisedWordIsPartOfTheWord() {
        List<Token> tokens = Tokenizer.tokenize("the Erasmus + program and the Erasmus+ Programme, 2 + 2, A+B");
        assertEquals(List.of("the", "Erasmus +", "program", "and", "the", "Erasmus+", "Programme", ",", "2", "+", "2",
                ",", "A", "+", "B"), tokens.stream().map(Token::text).toList());
    }

    @Test
    void anOfficeOfTheProgrammeIsNamedWithItsPlus() {
        List<Candidate> found = run("On December 5, 2019, the Information Day of the Erasmus + program for students and "
                + "staff of the Kyrgyz National University was held with the participation of Ambassador Eduard Auer, "
                + "Head of the EU Delegation to Kyrgyzstan. The event was organized by the National Erasmus + Office in "
                + "Kyrgyzstan.");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "National Erasmus + Office in Kyrgyzstan").country());
    }

    @Test
    void theProgrammeSpacedAndSpeltTwoWaysIsOnePlatform() {
        List<Candidate> found = run("Erasmus in Bishkek\n\nThis is due to the fact that the Erasmus + program provides to "
                + "students the best academic knowledge, an attractive financing package and a unique mobility "
                + "experience, as well as the development of intercultural relations.\nA detailed presentation on the "
                + "opportunities of the Erasmus+ Programme for students was presented by Ms. Gulnara Chokusheva, National "
                + "Coordinator of the Erasmus + Program.");
        long platforms = found.stream().filter(c -> c.name().startsWith("Erasmus")).count();
        assertEquals(1, platforms, names(found).toString());
    }
}
