package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** English names whose fields are listed with commas, and people listed with their titles, from published sentences. */
class EnglishListedFieldsTest {

    @Test
    void commasBetweenTheFieldsBeforeAHeadStayInTheName() {
        List<Candidate> found = run("Turkmenistan marks the 30th anniversary of its membership in the United Nations "
                + "Educational, Scientific and Cultural Organization.");
        assertTrue(has(found, ActorType.ORGANISATION, "United Nations Educational, Scientific and Cultural "
                + "Organization"), names(found).toString());
    }

    @Test
    void whatAStatesBodyIsForGoesOnAfterTheStateAndAnAmpersandClosesAList() {
        List<Candidate> found = run("The conference was organised by the National Administration of Turkmenistan for "
                + "the Protection, Study, and Restoration of Historical and Cultural Monuments. The memorandum was "
                + "signed with the Kyrgyz Ministry for Culture, Information, & Tourism.");
        assertTrue(has(found, ActorType.ORGANISATION, "National Administration of Turkmenistan for the Protection, "
                + "Study, and Restoration of Historical and Cultural Monuments"), names(found).toString());
        assertTrue(has(found, ActorType.ORGANISATION, "Kyrgyz Ministry for Culture, Information, & Tourism"),
                names(found).toString());
    }

    @Test
    void anAbbreviationOfANameGivenInFullIsThatNameInWhateverOrderOrCase() {
        List<Candidate> found = run("KazNU and TSEU signed a memorandum of cooperation\n\nA memorandum was signed "
                + "between the Al-Farabi Kazakh National University and the Tashkent State University of Economics.");
        assertFalse(has(found, ActorType.ORGANISATION, "KazNU"), names(found).toString());
        assertFalse(has(found, ActorType.ORGANISATION, "TSEU"), names(found).toString());
        assertTrue(has(found, ActorType.ORGANISATION, "Al-Farabi Kazakh National University"), names(found).toString());
    }

    @Test
    void aCityOpeningABodysNameInAnOfChainGoesOnToItsHead() {
        List<Candidate> found = run("Zhanseit Tuimebayev held a meeting with Mukhitdin Kalonov, Vice-Rector, Director "
                + "of the Research Center of Tashkent State University of Economics. The Mayor of Bishkek Aibek "
                + "Dzhunushaliev spoke.");
        assertTrue(has(found, ActorType.ORGANISATION, "Research Center of Tashkent State University of Economics"),
                names(found).toString());
        assertTrue(has(found, ActorType.PERSON, "Aibek Dzhunushaliev"), names(found).toString());
    }

    @Test
    void aMinistersFieldsMayHaveACommaBeforeAndButAListOfPrizesIsNoRole() {
        List<Candidate> found = run("The Minister of Culture of the Russian Federation Olga Lyubimova and the Minister "
                + "of Culture, Information, and Youth Policy of Kyrgyzstan Mirbek Mambetaliev opened the Days of Russian "
                + "Culture in the Kyrgyz Republic, which commenced with a gala concert by leading Russian soloists.");
        assertTrue(has(found, ActorType.ORGANISATION, "Ministry of Culture, Information, and Youth Policy of "
                + "Kyrgyzstan"), names(found).toString());
        assertTrue(has(found, ActorType.PERSON, "Mirbek Mambetaliev"), names(found).toString());
        found = run("The award will be presented in the following categories: Best Film, Best Director, Best "
                + "Screenplay, Best Cinematography, Best Composer, Best Actor, Best Actress, Best Supporting Actor, "
                + "Best Supporting Actress, Best Production Design, and Best Film by a Country Outside the Eurasian "
                + "Region.");
        assertFalse(has(found, ActorType.PERSON, "Production Design"), names(found).toString());
    }

    @Test
    void aTitleSetOffAfterANameInAListIsThatPersonsNotTheNextOnes() {
        // on the festival of young Turkic poets in Almaty
        List<Candidate> found = run("At the official opening on September 26, prominent figures such as Gani "
                + "Maylybayev, Head of the Almaty City Culture Department, Kassymkhan Begmanov, Deputy Chairman of the "
                + "Writers' Union of Kazakhstan, Sultan Raev, Secretary-General of the International TÜRKSOY "
                + "organization, Kanibek Imanaliev, Chairman of the Writers' Union of Kyrgyzstan, and renowned poet "
                + "Ulukbek Yesdaulet, attended the event.");
        assertEquals("Head of the Almaty City Culture Department",
                find(found, ActorType.PERSON, "Gani Maylybayev").role());
        assertEquals("Deputy Chairman of the Writers' Union of Kazakhstan",
                find(found, ActorType.PERSON, "Kassymkhan Begmanov").role());
        assertEquals("KG", find(found, ActorType.PERSON, "Kanibek Imanaliev").country());
        // Kazinform, on the Eurasian book fair: a title running into the next name is not set off after the one before
        found = run("It was attended by the Secretary of State of the Republic of Kazakhstan Gulshara Abdykalikova, akim "
                + "of the city of Astana Aset Isekeshev, Ambassador Extraordinary and Plenipotentiary of Uzbekistan to "
                + "the Republic of Kazakhstan Saidikrom Niyozkhujaev, who emphasized that cooperation based on "
                + "centuries-old friendship and strategic partnership of the two countries has been consistently "
                + "developing at a new level.");
        String role = find(found, ActorType.PERSON, "Aset Isekeshev").role();
        assertFalse(role != null && role.startsWith("Ambassador"), role);
    }
}
