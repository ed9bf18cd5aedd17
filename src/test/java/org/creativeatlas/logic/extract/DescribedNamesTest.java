package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class DescribedNamesTest {

    @Test
    void aNameACommonNounDescribesAfterAComma() {
        var found = run("She established and runs Engender, a network for women working towards gender parity in opera.");
        find(found, ActorType.ORGANISATION, "Engender");
    }

    @Test
    void namesGivenAsExamplesOfAPluralOfBodies() {
        var found = run("The foundation has collaborated with prestigious institutions like the Louvre, the Institut du "
                + "Monde Arabe in Paris, and Berlin's James-Simon-Gallery to showcase Uzbek artifacts.");
        find(found, ActorType.ORGANISATION, "Louvre");
        assertEquals("FR", find(found, ActorType.ORGANISATION, "Institut du Monde Arabe").country());
    }

    @Test
    void aHashtagOrAPersonBeforeTheDescriptionIsNoBody() {
        var found = run("Under the theme #JaratmanKyrgyzstan, the festival once again brought creators together.");
        assertFalse(has(found, ActorType.EVENT, "JaratmanKyrgyzstan"), names(found).toString());
        found = run("The course was led by Kate Wyatt, a creative producer for the Royal Opera House.");
        assertFalse(has(found, ActorType.ORGANISATION, "Kate Wyatt"), names(found).toString());
    }
}
