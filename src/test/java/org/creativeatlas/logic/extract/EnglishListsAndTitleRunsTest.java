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

/** English runs of titles, lists of scholars, headlines and bodies' names, in sentences as published. */
class EnglishListsAndTitleRunsTest {

    private static final String OPERA = "The opera house's General Director, Honoured Worker of Kazakhstan Galym "
            + "Akhmedyarov and the Artistic Director of the Saint Petersburg Music House, a famous cellist, People's "
            + "Artist of Russia, Professor Sergey Roldugin signed the document important for the development of cultures "
            + "of the two countries, the opera house's press office informs.";

    @Test
    void titlesSetOffOneAfterAnotherAreOneRoleWithItsBodyAndState() {
        List<Candidate> found = run(OPERA);
        Candidate cellist = find(found, ActorType.PERSON, "Sergey Roldugin");
        assertEquals("RU", cellist.country());
        assertEquals("Saint Petersburg Music House", cellist.affiliation());
        assertEquals("KZ", find(found, ActorType.PERSON, "Galym Akhmedyarov").country());
        assertFalse(has(found, ActorType.ORGANISATION, "General"), names(found).toString());
        assertFalse(has(found, ActorType.PERSON, "Honoured Worker"), names(found).toString());
    }

    @Test
    void aRunOfTitlesStopsAtTheNameOfSomeoneBefore() {
        List<Candidate> found = run("The event was attended by Deputy Prime Minister of the Republic of Kazakhstan Yeraly "
                + "Tugzhanov, Vice Minister of Education and Science of the Republic of Kazakhstan Kuanysh Yergaliev, Vice "
                + "Minister of National Economy of the Republic of Kazakhstan Alisher Abdykadyrov.");
        assertEquals("Ministry of Education and Science of the Republic of Kazakhstan",
                find(found, ActorType.PERSON, "Kuanysh Yergaliev").affiliation());
    }

    @Test
    void aListGoesOnAfterFromAndAStateAndItsItemsAreOfThatState() {
        List<Candidate> found = run("The conference was opened by the professor and rector of the Tajik pedagogical "
                + "Institute in Panjakent Ansori M.Q. Furthermore, the qualified scientists Abdunabi Sattorzoda, Ali "
                + "Muhammadi Khurosoni, Asliddin Nizomov, Mubashiri Akbarzod, Shodmon Vohidov and from Republic of "
                + "Uzbekistan Faizikhojai Mahmud, Bobur Aminov,  Asror Shukurov, Bahora Khurramova, Dilshoda Farhodi, "
                + "Gulnoza Azizova and others told about the aspects of poems of founder of Persian and Tajik classical "
                + "literature Abu Abdullah Rudaki.");
        find(found, ActorType.PERSON, "Ansori M.Q.");
        find(found, ActorType.PERSON, "Ali Muhammadi Khurosoni");
        assertEquals("UZ", find(found, ActorType.PERSON, "Faizikhojai Mahmud").country());
        assertEquals("UZ", find(found, ActorType.PERSON, "Gulnoza Azizova").country());
    }

    @Test
    void aPartsNumberIsNoBrandAndAMountainNoOne() {
        assertTrue(run("Section2. New Reviews about political and economic-social life during the time of Samanids.")
                .isEmpty());
        List<Candidate> found = run("The Sulaiman-Too Museum is located in the Osh city at the foot of the holy mountain "
                + "of the same name. The Sulaiman-Too Sacred Mountain is a national tourist attraction and a popular "
                + "pilgrimage destination.");
        assertFalse(found.stream().anyMatch(c -> c.type() == ActorType.PERSON), names(found).toString());
    }

    @Test
    void aHeadInsideAHeadlinesNameDoesNotCutIt() {
        List<Candidate> found = run("Kyrgyz Museum Exhibition in Uzbekistan\n\nExhibits of Sulaiman-Too Museum, which is "
                + "one of the largest museums in Kyrgyzstan, have been presented in Tashkent. The exhibition is held at "
                + "the State Museum of History of Uzbekistan.");
        assertFalse(has(found, ActorType.EVENT, "Kyrgyz Museum"), names(found).toString());
        assertTrue(found.stream().anyMatch(c -> c.type() == ActorType.EVENT && c.name().startsWith(
                "Kyrgyz Museum Exhibition")), names(found).toString());
    }

    @Test
    void twoAbbreviationsABodyIsForAreOneName() {
        List<Candidate> found = run("Organized within the framework of the Tajikistan National Commission for UNESCO and "
                + "ISESCO, the workshop aims to evaluate the status of national monuments listed in the UNESCO Tentative "
                + "List while bolstering the country's institutional capacity for cultural heritage protection.");
        find(found, ActorType.ORGANISATION, "Tajikistan National Commission for UNESCO and ISESCO");
        assertFalse(names(found).toString().contains(":ISESCO"), names(found).toString());
    }

    @Test
    void aRegionsBodyAndATitleAfterADash() {
        List<Candidate> found = run("This conference was organized in cooperation with the University of Kokand, the "
                + "Ministry of Higher and Secondary Special Education, the Fergana Region Municipality, the Ministry of "
                + "Tourism and cultural heritage, the organization of Turkic states, TURKSOY, the Tashkent State "
                + "University of Oriental Studies, the University of world economy and diplomacy and the University of "
                + "Kokand, which includes more than 20 speakers from Azerbaijan, Kazakhstan, Kyrgyzstan, Turkey, "
                + "Uzbekistan, Turkmenistan, Hungary and other foreign countries, as well as more than 30 higher "
                + "education institutions, and more than 50 representatives of international organizations and expert "
                + "communities.");
        find(found, ActorType.ORGANISATION, "Fergana Region Municipality");
        found = run("This year on June 8-10, the University of Kokand is hosting the prestigious international "
                + "conference –“The role of the Kokand Khanate in the development of statehood and cultural heritage of "
                + "the Turkic peoples”.");
        find(found, ActorType.EVENT, "Conference “The role of the Kokand Khanate in the development of statehood and "
                + "cultural heritage of the Turkic peoples”");
    }
}
