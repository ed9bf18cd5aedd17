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

/** English roles set off after names, headlines with titles, and bodies a participle's phrase names. */
class EnglishRolesAndHeadlinesTest {

    @Test
    void aRoleSetOffAfterANameNamesItsMinistryWithoutTheStopAndNoOneElse() {
        List<Candidate> found = run("Among the distinguished guests in attendance at the exhibition were: Amonnulo "
                + "Ashur, Tajikistan's First Deputy Minister of Economy and Trade Development; Mirzoshorukh Asrori, "
                + "Tajikistan's Minister of Culture; ambassadors of France, Germany, India, Japan, Pakistan, Russia, "
                + "Sweden, Switzerland, and the USA among other countries; and representatives of the European "
                + "Commission, the World Health Organisation, and the United States Agency for International "
                + "Development.");
        assertEquals("Ministry of Culture", find(found, ActorType.PERSON, "Mirzoshorukh Asrori").affiliation());
        find(found, ActorType.ORGANISATION, "Ministry of Economy and Trade Development");
        assertFalse(found.stream().anyMatch(c -> c.name().endsWith(";")), names(found).toString());
        assertFalse(has(found, ActorType.PERSON, "Trade Development"), names(found).toString());
    }

    @Test
    void aQuotedTitleKeepsItsConferenceWholeInAHeadline() {
        List<Candidate> found = run("International Scientific-Practical Conference “Role of Cultural Studies, "
                + "Anthropology, and International Relations in the Development of Higher Education” at the State "
                + "University of Law, Business and Policy of Tajikistan\nOn October 4, 2025, the State University of "
                + "Law, Business and Policy of Tajikistan hosted an international scientific-practical conference "
                + "titled “Role of Cultural Studies, Anthropology, and International Relations in the Development of "
                + "Higher Education,” dedicated to the celebration of the 35th anniversary of the State Independence "
                + "of the Republic of Tajikistan and the 50th anniversary of scientific and pedagogical activity of "
                + "Professor Abdurahim Juraev.");
        find(found, ActorType.EVENT, "International Scientific-Practical Conference “Role of Cultural Studies, "
                + "Anthropology, and International Relations in the Development of Higher Education”");
        assertFalse(has(found, ActorType.EVENT, "International"), names(found).toString());
    }

    @Test
    void theLastBodyOfAnOpeningParticiplesPhraseIsNoEvent() {
        List<Candidate> found = run("Organized by UNESCO Almaty in close co-operation with the National Commission for "
                + "UNESCO and ISESCO and the National Federation of UNESCO Clubs, the workshop was held from 18 to 21 "
                + "February 2013 in Almaty.");
        find(found, ActorType.ORGANISATION, "National Federation of UNESCO Clubs");
    }

    @Test
    void aStudentIsOfTheBodyWhoseStudentsTheSentenceNamed() {
        List<Candidate> found = run("Young Turkmen musicians participated in this festival for the first time, among "
                + "them students of the Maya Kuliyeva Turkmen National Conservatory, a 5th-year student Aylar "
                + "Annamuradova and a 3rd-year student Begench Saryyev, who witnessed a major event.");
        Candidate student = find(found, ActorType.PERSON, "Aylar Annamuradova");
        assertEquals("Maya Kuliyeva Turkmen National Conservatory", student.affiliation());
        assertEquals("TM", student.country());
    }
}
