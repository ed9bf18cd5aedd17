package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

/** A festival's title set off after what it is, and theatres of two regions named once, from a published report. */
class SharedHeadsAndApposedTitlesTest {

    private static final String SAKHNADAN_SALEM =
            "Astana is hosting the fifth international festival of theaters, “Sakhnadan Salem”. Ten Kazakh and "
            + "foreign theaters are taking part in the annual event. This year, the festival is dedicated to the "
            + "85th anniversary of Azerbaijan Mambetov which is timed to the international specialized exhibition. "
            + "Theatre troupes from Kazakhstan, Russia, Kyrgyzstan and Azerbaijan will showcase their best "
            + "performances. Famous critics, playwrights, arts and culture personalities from Kazakhstan and the "
            + "CIS countries are invited as well-known guests. Artists of the Zhastar Theater, Azerbaijan State "
            + "Theatre of Young Spectators, Maxim Gorky Russian Drama Theater, and the Orenburg State Regional "
            + "Drama Theater are winning the hearts of the audiences. \"Shynyrau\" and \"Kasiret\" performances by "
            + "Mangystau and North Kazakhstan Regional Musical Drama Theaters promise to be spectacular. Melpomene "
            + "of the Zhambyl temple will show the Don Juan comedy. The drama \"Karash-Karash\" by the Kuanyshbaev "
            + "Theater will close the festival.";

    @Test
    void aQuotedTitleSetOffByACommaAfterAFestivalNamesIt() {
        List<Candidate> found = run(SAKHNADAN_SALEM);
        Candidate festival = find(found, ActorType.EVENT, "Sakhnadan Salem");
        assertEquals("KZ", festival.country());
        assertEquals("Astana", festival.city());
    }

    @Test
    void twoRegionsBeforeTheWordsTheyShareAndAPluralHeadAreTwoTheatres() {
        List<Candidate> found = run(SAKHNADAN_SALEM);
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "Mangystau Regional Musical Drama Theater").country());
        assertEquals("KZ",
                find(found, ActorType.ORGANISATION, "North Kazakhstan Regional Musical Drama Theater").country());
    }
}
