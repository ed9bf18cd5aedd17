package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.has;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class EnglishLowerCaseBodiesTest {

    @Test
    void aRankBeforeADescribedHeadOrAnOfTailNamingSomethingMakesALowerCaseName() {
        var found = run("The exposition developed in halls of the national museum of the Turkmen carpet and on "
                + "colourfully decorated grounds of its adjoining territory.\n"
                + "The exhibition was arranged by the republican international cultural centre in cooperation with "
                + "the Art Academy of Uzbekistan.");
        find(found, ActorType.ORGANISATION, "national museum of the Turkmen carpet");
        find(found, ActorType.ORGANISATION, "republican international cultural centre");
    }

    @Test
    void aRankAndAHeadAloneAreOnlyWords() {
        var found = run("Works by the students were shown at the national museum in Ashgabat.");
        assertFalse(has(found, ActorType.ORGANISATION, "national museum"));
    }

    @Test
    void anOfTailEndsBeforeAPrepositionThatIsNotPartOfIt() {
        var found = run("The Tashkent exposition was organized by TURKSOY, an international organization of Turkic "
                + "culture in cooperation with the Academy of Arts of Uzbekistan.");
        find(found, ActorType.ORGANISATION, "Academy of Arts of Uzbekistan");
        assertFalse(found.stream().anyMatch(c -> c.name().endsWith("in cooperation with")),
                ExtractorFixture.names(found).toString());
    }

    @Test
    void aCapitalisedRankBeforeALowerCaseHeadOrACitysOwnBodyMakesAName() {
        var found = run("On October 15, 2018, solemn opening ceremony of the Days of Culture of Turkmenistan in the "
                + "Republic of Tajikistan was organized at the National library of Dushanbe.\n\nThe Ministers of "
                + "Culture of the two countries, mayors and representatives from Dushanbe city administration, Turkmen "
                + "Embassy staff in Tajikistan, as well as art and media representatives have attended the opening "
                + "ceremony.");
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "National library of Dushanbe").country());
        assertEquals("Dushanbe", find(found, ActorType.ORGANISATION, "Dushanbe city administration").city());
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "Turkmen Embassy").country(),
                "a mission of the guest nation stands in the host's country");
    }

    @Test
    void aCitysAdministrationNamedByTheCityAloneAndTheCommonwealthAndAParliamentByTheirOwnNames() {
        var found = run("DUSHANBE, 22.03.2021 (NIAT Khovar) – The third International Festival Navruz — Cultural and "
                + "Tourist Heritage was held on March 21 in Dushanbe. The festival was initiated by Dushanbe "
                + "administration in collaboration with the Committee for Tourism Development as well as the relevant "
                + "ministries and committees\n\nThe festival was attended by a representative of the Presidential "
                + "Executive Office, heads of ministries and departments, guests from the countries of the "
                + "Commonwealth of Independent States (CIS), representatives of the diplomatic corps, and the media.");
        assertEquals("TJ", find(found, ActorType.ORGANISATION, "Dushanbe administration").country());
        find(found, ActorType.ORGANISATION, "Commonwealth of Independent States");
        found = run("In his greeting speech, Ambassador of Uzbekistan Otabek Akbarov noted that at present the State is "
                + "going through an important phase of its development – the Elections to the Oliy Majlis (Parliament) "
                + "and local councils took place in December 2014.");
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "Oliy Majlis").country());
    }

    @Test
    void aLocalGovernmentOfAPlaceIsABodyInLowerCase() {
        var found = run("It is planned to carry out 42 cultural events in framework of the \"Turkestan: Cultural Capital of "
                + "the Turkic World 2017\". Of them, \"TURKSOY\" organizes 14, Kazakh Ministry of Culture and Sports - 6, "
                + "and akimat of South Kazakhstan region - 21 events.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "akimat of South Kazakhstan region").country());
        found = run("Organizers of the event are the administration of the Bukhara region, Bukhara regional branch of "
                + "Uzbektourism National Company and Hunarmand Artisans’ Association.");
        assertEquals("UZ", find(found, ActorType.ORGANISATION, "administration of the Bukhara region").country());
    }
}
