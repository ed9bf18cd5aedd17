package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** English faculties, and the people named right after a body's of-chain, from published pages. */
class EnglishFacultiesAndChainsTest {

    @Test
    void aStateEndsABodysChainWhenAPersonsNameFollowsIt() {
        List<Candidate> found = run("The conference participants were welcomed by the Deputy Minister of Education and Science of "
                + "Kyrgyzstan Rasul Abazbek uulu, Vice-Chairman of the Committee on Education, Science and "
                + "Culture of the Parliament of the Czech Republic Karel Rice and Rector of the Kyrgyz Economic "
                + "University Almaz Kadyraliev.");
        Candidate rice = find(found, ActorType.PERSON, "Karel Rice");
        assertEquals("CZ", rice.country());
        assertEquals("CZ", find(found, ActorType.ORGANISATION, "Parliament of the Czech Republic").country());
        assertTrue(found.stream().noneMatch(c -> c.name().endsWith(" and")), names(found).toString());
    }

    @Test
    void aCapitalisedFacultyIsABody() {
        List<Candidate> found = run("Participants from Uzbekistan State World Languages University, including Saida Kayumova from "
                + "the Information Resource Center, as well as students and faculty from the Faculty of English "
                + "Philology, actively engaged in the event.");
        find(found, ActorType.ORGANISATION, "Faculty of English Philology");
        // a university's faculty in lower case is its teachers (Creative Spark at KAFU)
        List<Candidate> staff = run("Four KAFU faculty members took part in a specialized training session on "
                + "integrating creative entrepreneurship skills into the university curriculum.");
        assertTrue(staff.stream().noneMatch(c -> c.name().contains("faculty")), names(staff).toString());
    }

    @Test
    void aSpeakerNamedAfterTheirFacultyIsNoPartOfItsName() {
        // a seed document: the international forum on creative industries in Astana
        List<Candidate> found = run("In turn, the 1st year doctoral student of the Faculty of Law Akerke Zhakysh noted that legal "
                + "protection and economic support for the intellectual property of young talents who use "
                + "creative technologies are needed.");
        find(found, ActorType.PERSON, "Akerke Zhakysh");
        assertTrue(found.stream().noneMatch(c -> c.name().contains("Law Akerke")), names(found).toString());
    }

    @Test
    void aCapitalisedServiceIsABody() {
        // the twelfth Ashgabat book exhibition
        List<Candidate> found = run("The book forum has been organized by the State Publishing Service and the Chamber "
                + "of Commerce and Industry of Turkmenistan.");
        find(found, ActorType.ORGANISATION, "State Publishing Service");
    }
}
