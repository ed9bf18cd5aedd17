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

/**
 * Bodies listed without head nouns, missions' states, names of two words either way round, newspapers and spelled
 * abbreviations, in sentences as published.
 */
class ListsMissionsAndMediaTest {

    private static final String JAPAN_DAYS = "Organized by the Embassy of Japan in Dushanbe, the annual Japanese "
            + "cultural fair \"JAPAN DAYS\" will take place at the Ismaili Center in Dushanbe on February 17-18.\n\n"
            + "According to Japan’s Embassy, the Japanese Cultural Fair in Tajikistan, supported by the Ministry of "
            + "Foreign Affairs of Tajikistan, the Ministry of Culture of Tajikistan, the Committee for Youth and Sports "
            + "under the Government of Tajikistan, JICA, AAR Japan, Toyota Central Asia, Taj Motors, Russian-Tajik "
            + "(Slavonic) University and Tajik State Institute of Languages named after Ulughzoda will be a free "
            + "admission event with a variety of demonstrations and exhibitions on cultures, traditions and "
            + "technology of Japan.";

    @Test
    void bodiesListedBesideBodiesAreBodiesThoughTheyHaveNoHeadNoun() {
        List<Candidate> found = run(JAPAN_DAYS);
        find(found, ActorType.ORGANISATION, "AAR Japan");
        find(found, ActorType.ORGANISATION, "Toyota Central Asia");
        find(found, ActorType.ORGANISATION, "Taj Motors");
    }

    @Test
    void aStatesPossessiveBeforeAMissionIsTheMissionOfThatState() {
        List<Candidate> found = run(JAPAN_DAYS);
        assertFalse(has(found, ActorType.ORGANISATION, "Japan’s Embassy"), names(found).toString());
        find(found, ActorType.ORGANISATION, "Embassy of Japan in Dushanbe");
    }

    @Test
    void performersOfANationNamedBeforeMrAreOfThatNationAndAMissionsStateIsNotWhereItsEventsAre() {
        List<Candidate> found = run("The Embassy of the Republic of Korea in Turkmenistan is set to present a two-day "
                + "cultural festival for the residents and guests of Ashgabat.\n\nThe celebration will continue on "
                + "October 4 with a musical concert at the Magtymguly Theater. In a unique collaboration with the State "
                + "Symphony Orchestra of Turkmenistan, renowned South Korean performers, tenor Mr. Kwon Hwapyeong and "
                + "mezzo-soprano Ms. Kwon Minji, will take the stage. All residents and guests of Ashgabat are invited "
                + "to attend and experience the vibrant culture of the Republic of Korea.");
        assertEquals("KR", find(found, ActorType.PERSON, "Kwon Hwapyeong").country());
        assertEquals("KR", find(found, ActorType.PERSON, "Kwon Minji").country());
        assertEquals("TM", find(found, ActorType.ORGANISATION, "Magtymguly Theater").country());
    }

    @Test
    void aCinemaNamedByItsQuotedNameIsOneBodyEitherWayRoundAndAnArtIsNone() {
        List<Candidate> found = run("On 12 March at 17:00, the Ambassadors of France, Switzerland and Belgium will "
                + "officially open the Francophonie week-2016 in the “Oktyabr” cinema followed by the French movie “Une "
                + "heure de tranquillité”.\n\n– Swiss and French movies will be shown in the cinema “Oktyabr”: the "
                + "French comedy film – on March 12th at 17:00 and the Swiss comedy films on March 18th at 17:30.");
        long cinemas = found.stream().filter(c -> c.type() == ActorType.ORGANISATION
                && c.name().contains("Oktyabr")).count();
        assertEquals(1, cinemas, names(found).toString());
        List<Candidate> art = run("Film critics from Tajikistan, Russia, Kazakhstan also took part, and jury "
                + "organizations promoting Asian cinema (NETPAK).");
        assertFalse(has(art, ActorType.ORGANISATION, "Asian cinema"), names(art).toString());
    }

    @Test
    void whatANationsDaysAreOfIsNoBody() {
        List<Candidate> found = run("They also reached agreements on the preliminary dates of the Days of Russian "
                + "Culture in Kyrgyzstan in August 2021, and the Days of Cinema of the Kyrgyz Republic in the Russian "
                + "Federation in the fall.");
        find(found, ActorType.EVENT, "Days of Cinema of the Kyrgyz Republic in the Russian Federation");
        assertFalse(has(found, ActorType.ORGANISATION, "Cinema of the Kyrgyz Republic in the Russian Federation"),
                names(found).toString());
    }

    @Test
    void aNameRunsOnToTheBracketedAbbreviationItSpells() {
        find(run("Members of the International Research Council, led by the President of the World Crafts "
                + "Council-Asia Pacific Region (WCC-APR), Mr. Saad Al-Qaddumi, are visiting Bukhara."),
                ActorType.ORGANISATION, "World Crafts Council-Asia Pacific Region");
    }

    @Test
    void newspapersAndMagazinesAreBodies() {
        find(run(" Как проходил фестиваль, какими идеями был наполнен, какой образ будущего был представлен на "
                + "фестивале, расскажет магистрант Худжандского государственного университета, сотрудник областной "
                + "газеты \"Согдийская правда\" Мавзуна Дадабаева."), ActorType.ORGANISATION,
                "Областная газета \"Согдийская правда\"");
        find(run("Journalists of «Türkmenistan», «Ýaşlyk» TV channels, «Nesil» “Нейтральный Туркменистан”, «Watan», "
                + "«Türkmenistan», «Edebiýat we sungat» newspapers    and  «Medeniýet» magazine also participated in "
                + "the exhibition."), ActorType.ORGANISATION, "«Medeniýet» magazine");
    }

    @Test
    void aQuotedNameOpeningTheTextIsRead() {
        List<Candidate> found = run("\"Российская газета\" передала книги школам Киргизии\n\nЦентрально-Азиатское "
                + "представительство \"Российской газеты\" передало в школьные библиотеки села Сузак книги из серии "
                + "\"Жизнь замечательных людей\".");
        find(found, ActorType.ORGANISATION, "Центрально-Азиатское представительство \"Российской газеты\"");
    }
}
