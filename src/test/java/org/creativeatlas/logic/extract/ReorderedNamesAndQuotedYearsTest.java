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
 * A person named surname first and then given name first is shown surname last; a country's quoted year keeps its
 * host; whom a body is named after, in the genitive, is followed by the next person's name.
 */
class ReorderedNamesAndQuotedYearsTest {

    @Test
    void aPersonNamedBothWaysRoundIsShownWithTheSurnameLast() {
        List<Candidate> found = run("The memorandum was signed by the university President, Professor Abdibekov "
                + "Ualikhan Seydildauly and general secretary of PATS Assanov Zhandos. The memorandum of understanding is "
                + "directed on achievement of the general parliamentary cooperation.\n\nThe secretary general of PATS "
                + "Zhandos Assanov thanked all attendees.");
        assertTrue(has(found, ActorType.PERSON, "Zhandos Assanov"));
        assertFalse(has(found, ActorType.PERSON, "Assanov Zhandos"));
    }

    @Test
    void aQuotedYearOfACountryKeepsTheHostBeforeIt() {
        List<Candidate> found = run("Өзбекстандағы «Қазақстан жылы» аяқталып келеді\nӨткен жылы Қазақстанда «Өзбекстан "
                + "жылы» жарияланып, екі елдің арасындағы қарым-қатнасты тағыда арттыру мақсатында бұл бастама биыл "
                + "Өзбекстанда «Қазақстан жылы» атауымен жалғасын тапты.");
        assertEquals("UZ", find(found, ActorType.EVENT, "Өзбекстандағы «Қазақстан жылы»").country());
    }

    @Test
    void anHonoreesTwoNamesEndBeforeTheNextPersons() {
        List<Candidate> found = run("Директор Азербайджанского культурного центра имени Гейдара Алиева Самир Аббасов "
                + "рассказал, что на выставке представлены сувениры.");
        assertTrue(has(found, ActorType.ORGANISATION, "Азербайджанский культурный центр имени Гейдара Алиева"));
        assertEquals("Азербайджанский культурный центр имени Гейдара Алиева",
                find(found, ActorType.PERSON, "Самир Аббасов").affiliation());
    }
}
