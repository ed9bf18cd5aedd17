package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** What the learned name model adds to the rules, through the extractor: names without a head, mended edges. */
class LearnedNamesTest {

    @Test
    void aNameWithoutATitleOrASurnameEndingIsFound() {
        find(run("На встрече выступил Джон Смит из Лондона."), ActorType.PERSON, "Джон Смит");
        find(run("The report was written by Anna Petrova and Peter Hall."), ActorType.PERSON, "Peter Hall");
    }

    @Test
    void aPlaceBeforeATitledNameIsNotPartOfIt() {
        List<Candidate> found = run("British Ambassador to Kazakhstan Michael Gifford said that the forum matters.");
        find(found, ActorType.PERSON, "Michael Gifford");
        assertFalse(has(found, ActorType.PERSON, "Kazakhstan Michael Gifford"), names(found).toString());
    }

    @Test
    void placesAndLoneHeadsAreNotProposed() {
        List<Candidate> found = run("Делегация из Казахстана посетила Университет и встретилась со студентами.");
        assertFalse(found.stream().anyMatch(c -> c.name().equals("Казахстана") || c.name().equals("Университет")),
                names(found).toString());
    }

    @Test
    void anAbbreviationStandingAloneIsABodyButNotTheFirstWordOfALongerName() {
        find(run("WNAM REPORT: The 13th International Music Festival “Sharq Taronalari” will be held in the ancient and "
                + "unique Samarkand from August 25 to 30 under the auspices of UNESCO."), ActorType.ORGANISATION,
                "UNESCO");
        List<Candidate> found = run("Балалар үшін экологиялық викторина мен PLATON 5D шығармашылық шеберлік сабағы "
                + "ұйымдастырылып, эко-қаһармандар жасалды.");
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("PLATON")), names(found).toString());
    }

    @Test
    void aNameDoesNotEndOnAPreposition() {
        List<Candidate> found = run("В целом в работе съезда приняли участие 118 членов Союза со всех регионов страны.");
        assertFalse(found.stream().anyMatch(c -> c.name().endsWith(" со")), names(found).toString());
    }
}
