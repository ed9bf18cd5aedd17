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

/** A Latin abbreviation under a Kazakh head, a body named with and without its state, and a venue's city. */
class LatinAbbreviationsAndStatesTest {

    @Test
    void aLatinAbbreviationKeepsTheKazakhHeadAfterIt() {
        // Maqsut Narikbayev University, on a visit from Estonia's foreign ministry
        List<Candidate> found = run("2023 жылғы 28 қарашада MNU университеті Эстония Республикасының Сыртқы істер "
                + "министрлігінің Бас хатшысы мырза Йонатан Всевиовты ресми сапармен қабылдады.");
        find(found, ActorType.ORGANISATION, "MNU университеті");
        assertFalse(has(found, ActorType.ORGANISATION, "MNU"), names(found).toString());
    }

    @Test
    void aBodyNamedWithItsStateBeforeItIsTheSameBody() {
        List<Candidate> found = run("Қаламгер ұзақ жылдан бері қырғыздың «Манас» жырын жатқа айтып, оны қазақ тіліне де "
                + "тәржімалады. Мазмұнды шарада оның еңбек жолы мен шығармалары дәріптелді. Парламент Сенатының "
                + "төрағасы Мәулен Әшімбаев әдеби кеште жазушыға құрмет көрсетіп, Қазақстан мен Қырғызстан "
                + "арасындағы мәдени ынтымақтастықты нығайтуға қосқан үлесі үшін алғыс білдірді.\nМәулен "
                + "Әшімбаев, ҚР Парламенті Сенатының Төрағасы:");
        assertEquals(1, found.stream().filter(c -> c.name().contains("Сенат")).count(), names(found).toString());
        find(found, ActorType.ORGANISATION, "ҚР Парламенті Сенаты");
    }

    @Test
    void aVenueNamedWithItsCityIsInThatCitysState() {
        List<Candidate> found = run("The State Theatre Astana Opera is preparing for a tour to one of the largest "
                + "cultural venues in the Middle East, the Royal Opera House Muscat.");
        Candidate venue = find(found, ActorType.ORGANISATION, "Royal Opera House Muscat");
        assertEquals("OM", venue.country());
        assertEquals("Muscat", venue.city());
    }
}
