package org.creativeatlas.logic.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cities the extractor knows from the map's gazetteer: region centres in any of their checked names. */
class MapGazetteerPlacesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "В Джизаке открылся Центр современного искусства.|Центр современного искусства|UZ|Jizzakh",
        "Нөкіс қаласында Қазіргі өнер орталығы ашылды.|Қазіргі өнер орталығы|UZ|Nukus",
        "The Kokshetau Design Centre opened in May.|Kokshetau Design Centre|KZ|Kokshetau",
        "В Бохтаре прошёл Фестиваль народного творчества.|Фестиваль народного творчества|TJ|Bokhtar"})
    void anOrganisationGetsItsCityFromTheSentence(String text, String name, String country, String city) {
        List<Candidate> found = ExtractorFixture.run(text);
        Candidate c = found.stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no «" + name + "» in " + ExtractorFixture.names(found)));
        assertEquals(country, c.country(), ExtractorFixture.names(found).toString());
        assertEquals(city, c.city());
    }

    @Test
    void aSurnameNamedAfterATownStaysAPerson() {
        List<Candidate> found = ExtractorFixture.run("Директор центра Айгерим Сатпаева выступила на форуме.");
        ExtractorFixture.find(found, ActorType.PERSON, "Айгерим Сатпаева");
    }
}
