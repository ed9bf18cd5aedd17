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

class EnglishBrandsTest {

    @Test
    void anAbbreviationStandingAloneIsABody() {
        var found = run("The exhibition is organized under the auspices of TURKSOY and brings together works by artists.");
        find(found, ActorType.ORGANISATION, "TURKSOY");
        found = run("The winner will receive a scholarship to study at Copenhagen Fur and attend IED courses in Italy.");
        find(found, ActorType.ORGANISATION, "IED");
    }

    @Test
    void aRomanNumeralNumbersAnEditionAndNamesNoBody() {
        var found = run("By 2019, the number of participating countries had increased to 75 during the XII "
                + "“SharqTaronalari” festival.");
        assertFalse(has(found, ActorType.ORGANISATION, "XII"), names(found).toString());
    }

    @Test
    void aCountryAfterTheAbbreviationNamesItsOffice() {
        var found = run("From February 5th to 7th, backed by UNDP in Kazakhstan, the Ministry of Culture and Information,"
                + " a series of training sessions took place.");
        assertEquals("KZ", find(found, ActorType.ORGANISATION, "UNDP in Kazakhstan").country());
    }

    @Test
    void aCapitalOrDigitInsideAWordMarksABrand() {
        var found = run("During the sessions, the leaders took the stage: Erkanat Zaitov, the brains behind "
                + "\"NeSanatorium,\" and Dauren Tuleev, the founder of Almaty's creative hub \"Dom36.\"");
        assertTrue(has(found, ActorType.ORGANISATION, "NeSanatorium"), names(found).toString());
        // the word for its kind in lower case before the quote names the hub with it
        assertTrue(has(found, ActorType.ORGANISATION, "hub \"Dom36\""), names(found).toString());
    }

    @Test
    void aTitleWithItsYearIsAnEventAndADescriptionGivesTheType() {
        var found = run("Republican theatrical festival formally titled Parastou-2017 opened in Dushanbe on April 18.");
        find(found, ActorType.EVENT, "Parastou-2017");
        found = run("Projects of the festival: WeCosmos - a festival of avant-garde music and art.");
        find(found, ActorType.EVENT, "WeCosmos");
    }

    @Test
    void commonAbbreviationsDatelinesAndDefinedOnesAreNoBrands() {
        var found = run("ALMATY. KAZINFORM - The creative industries account for 3% of global GDP.");
        assertFalse(has(found, ActorType.ORGANISATION, "GDP"), names(found).toString());
        // on the Eurasia film festival's opening at the Republic Palace in Almaty
        found = run("Poet Anna Akhmatova, writer Dombrovsky and film director Sergei Eisenstein were saved here during the "
                + "WWII.");
        assertFalse(has(found, ActorType.ORGANISATION, "WWII"), names(found).toString());
        assertFalse(has(found, ActorType.ORGANISATION, "KAZINFORM"), names(found).toString());
        found = run("It is open to all professionals in the Cultural and Creative Industries (CCI) sector. "
                + "It helps CCI professionals.");
        assertFalse(has(found, ActorType.ORGANISATION, "CCI"), names(found).toString());
    }

    @Test
    void initialsOfANameFoundAreThatName() {
        var found = run("Kazakhstan Fashion Week will take place in Almaty. Traditionally KFW lasts for three days.");
        Candidate week = find(found, ActorType.EVENT, "Kazakhstan Fashion Week");
        assertEquals(2, week.passages().size(), week.toString());
        assertFalse(has(found, ActorType.ORGANISATION, "KFW"), names(found).toString());
    }

    @Test
    void mixedCaseAbbreviationsInBracketsAreVariants() {
        var found = run("According to the Ministry of Culture (MoC), troupes take part, an official source at a MoC told.");
        Candidate ministry = find(found, ActorType.ORGANISATION, "Ministry of Culture");
        assertTrue(ministry.variants().contains("MoC"), ministry.toString());
        assertFalse(has(found, ActorType.ORGANISATION, "MoC"), names(found).toString());
    }

    @Test
    void anAbbreviationAfterAndIsASecondBody() {
        var found = run("Create4 is a platform initiated by the Association of Creative Industries and UNDP in "
                + "Kyrgyzstan in 2022.");
        find(found, ActorType.ORGANISATION, "Association of Creative Industries");
        assertEquals("KG", find(found, ActorType.ORGANISATION, "UNDP in Kyrgyzstan").country());
    }

    @Test
    void aWebAddressStandingAloneIsAPlatform() {
        var found = run("“Hunarmand” association and Chamber of Commerce and Industry of Uzbekistan have developed the "
                + "website handicrafters.uz that provides detailed information on the upcoming International "
                + "handicrafters festival.");
        find(found, ActorType.PLATFORM, "handicrafters.uz");
        assertTrue(run("Source:\ninform.kz\n").isEmpty());
    }

    @Test
    void electronicServicesAndADatabaseArePlatforms() {
        // the Kazakh government's session on the creative industries
        List<Candidate> found = run("In the sphere of digitalisation the Ministry of Culture and Information supports 4 "
                + "information systems: e-Archive, NGO Database, e-Library, e-Cinema.");
        for (String platform : List.of("e-Archive", "NGO Database", "e-Library", "e-Cinema")) {
            assertTrue(has(found, ActorType.PLATFORM, platform), names(found).toString());
        }
    }
}
