package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.names;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** Headlines in title case or in capitals, whose capitals say nothing, read against the rest of the item. */
class HeadlinesTest {

    @Test
    void aNameInATitleCasedHeadlineEndsBeforeAWordTheTextWritesInLowerCase() {
        List<Candidate> found = run("An Exhibition on Tajikistan’s Water Initiative Takes Place in Bokhtar\n\n"
                + "DUSHANBE, 15.10.2019 (NIAT Khovar) – An exhibition titled “The image of water in the works of artists "
                + "of Tajikistan” is being held at the Khatlon Regional History Museum from October 10 through October 30.");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Takes")), names(found).toString());
        find(found, ActorType.ORGANISATION, "Khatlon Regional History Museum");
        found = run("Kyrgyzstan Opens Its First Miniature Museum\n\nKyrgyz National news Agency Kabar has quoted General "
                + "Director of the Supara Group Janylsynzat Turganbayeva as saying that the pride of the museum is models "
                + "of Village of Crafts, Great Nomadic Village and Kok Boru in the form of miniatures made of polymer "
                + "clay, which were created for the first time in Kyrgyzstan.");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("First")), names(found).toString());
    }

    @Test
    void aNameInAHeadlineInCapitalsEndsWhereTheTextStopsRepeatingIt() {
        List<Candidate> found = run("ALMATY MUSEUM OF ARTS ATTRACTS 14,000 VISITORS IN FIRST THREE DAYS OF OPERATION\n\n"
                + "Almaty Museum of Arts, a contemporary art institution established by Nurlan Smagulov, officially "
                + "opened its doors in Almaty on September 12.\n\nThe museum attracted more than 14,000 visitors in its "
                + "opening three days, among them 14 WWII veterans (or those with similar status).");
        find(found, ActorType.ORGANISATION, "ALMATY MUSEUM OF ARTS");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("ATTRACTS") || c.name().contains("VISITORS")),
                names(found).toString());
    }

    @Test
    void aHeadlineRunIntoANameTheTextRepeatsIsNoName() {
        List<Candidate> found = run("Turkmenistan Celebrates Week of Culture\n\nThe Week of Culture 2023 kicked off in "
                + "Turkmenistan on June 22, with a series of concerts and events. The Week of Culture will last until "
                + "June 29.");
        assertFalse(found.stream().anyMatch(c -> c.name().contains("Celebrates")), names(found).toString());
        find(found, ActorType.EVENT, "Week of Culture 2023");
    }

    @Test
    void aNameStandingOnItsOwnLineKeepsItsCapitals() {
        List<Candidate> found = run("The festival program included:\n– Masterclasses\n– Turkish Cinema Week\n"
                + "– Retrospective Screenings\nAs part of the festival, four impactful masterclasses were held, covering "
                + "key topics in contemporary cinema.");
        find(found, ActorType.EVENT, "Turkish Cinema Week");
    }

    @Test
    void aTitleCasedHeadlineCutToAPlaceNamesNoBody() {
        // Sayart, on the opening of the Almaty Museum of Arts
        var found = run("Kazakhstan's New Almaty Museum of Arts Opens to Showcase Central Asian Artistic Heritage and "
                + "Contemporary Vision\n\nKazakhstan's cultural landscape reached a significant milestone with the "
                + "opening of the Almaty Museum of Arts (ALMA) on September 12, marking the country's first private "
                + "museum dedicated to modern and contemporary art. Founded by automotive and real estate mogul Nurlan "
                + "Smagulov, the sleek new institution houses over 700 artworks.");
        assertFalse(found.stream().anyMatch(c -> c.name().startsWith("Kazakhstan")), found.toString());
        find(found, ActorType.ORGANISATION, "Almaty Museum of Arts");
    }

    @Test
    void aClauseOfAListEndingInASemicolonIsNoTitleCasedHeadline() {
        var found = run("The moderator of the event is the laureate of the Prize of the President of the Republic of "
                + "Kazakhstan, the editor–in-chief of the Almaty branch of «Kazakh Radio» Bakhyt Zhagiparuly.\n"
                + "Chairman of the Committee of Archives, Documentation and Book Business of the Ministry of Culture and "
                + "Information of the Republic of Kazakhstan Rustam Ali; Secretary General of the International Turkic "
                + "Cultural Organization TURKSOY Sultan Raev, Head of the Department of Culture, Archives and "
                + "Documentation of the Almaty region Aliyev Daniyar Abzaledinovich, Consul General of the Turkish "
                + "Republic in Almaty Evren Muderrisoglu delivered a congratulatory speech.");
        find(found, ActorType.ORGANISATION, "Committee of Archives, Documentation and Book Business of the Ministry of "
                + "Culture and Information of the Republic of Kazakhstan");
    }
}
