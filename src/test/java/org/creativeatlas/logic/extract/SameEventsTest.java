package org.creativeatlas.logic.extract;

import static org.creativeatlas.logic.extract.ExtractorFixture.find;
import static org.creativeatlas.logic.extract.ExtractorFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class SameEventsTest {

    private static List<String> events(String text) {
        return run(text).stream().filter(c -> c.type() == ActorType.EVENT).map(Candidate::name).toList();
    }

    @Test
    void aFestivalNamedAgainWithoutItsOrdinalAndTitleIsTheSameFestival() {
        assertEquals(List.of("XIV Ташкентский международный кинофестиваль «Жемчужина Шелкового пути»"),
                events("Ташкентский международный кинофестиваль служит миру и добру\n"
                        + "В столице состоялась торжественная церемония закрытия XIV Ташкентского международного "
                        + "кинофестиваля «Жемчужина Шелкового пути»."));
    }

    @Test
    void daysOfANationsCultureNamedByItsAdjectiveAreTheDaysNamedByTheCountry() {
        assertEquals(List.of("Дни культуры Туркменистана в Таджикистане"),
                events("В Таджикистане пройдут Дни туркменской культуры\n"
                        + "Дни культуры Туркменистана в Таджикистане пройдут с 3 по 7 августа текущего года в "
                        + "Душанбе."));
    }

    @Test
    void aFestivalNamedByItsEditionsNameIsTheFestivalThatEditionNames() {
        assertEquals(List.of("Eighth Tajikistan International Film Festival, Didor 2018"),
                events("The Eighth Tajikistan International Film Festival, Didor 2018, is taking place in Dushanbe "
                        + "from October 16 through October 20. In all, 70 movies have been selected to be shown "
                        + "during the Didor Festival in Dushanbe this year."));
    }

    @Test
    void aNationsDaysOfCinemaAreNotItsDaysOfCulture() {
        List<Candidate> found = run("Также в рамках Дней культуры Казахстана в России в кинотеатре «Поклонка» Музея "
                + "Победы открылись Дни казахстанского кино. Торжественная церемония состоялась.");
        find(found, ActorType.EVENT, "Дни культуры Казахстана в России");
        find(found, ActorType.EVENT, "Дни казахстанского кино");
        found = run("Открылись Дни туркменской культуры. Дни культуры Туркменистана в Таджикистане продлятся три дня.");
        assertEquals(1, found.stream().filter(c -> c.type() == ActorType.EVENT).count(), found.toString());
    }
}
