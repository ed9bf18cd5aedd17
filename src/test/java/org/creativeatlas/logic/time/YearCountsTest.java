package org.creativeatlas.logic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class YearCountsTest {

    private static Actor event(String start, String end) {
        return Actor.named(ActorType.EVENT, "e").with(ActorField.START_DATE, start).with(ActorField.END_DATE, end);
    }

    private static Actor founded(ActorType type, Integer start, Integer end) {
        return Actor.named(type, "o").with(ActorField.START_YEAR, start).with(ActorField.END_YEAR, end);
    }

    @Test
    void eachActorCountsInTheYearItStarts() {
        YearCounts counts = YearCounts.of(List.of(event("2024-04-08", null), event("2024-11", "2025-01"),
                event("2021", null), founded(ActorType.ORGANISATION, 2024, null),
                founded(ActorType.PLATFORM, 2022, 2023), event(null, null), founded(ActorType.ORGANISATION, null, null),
                Actor.named(ActorType.PERSON, "p")));

        assertEquals(List.of(2021, 2022, 2024), counts.years());
        assertEquals(2, counts.count(2024, ActorType.EVENT));
        assertEquals(1, counts.count(2024, ActorType.ORGANISATION));
        assertEquals(3, counts.total(2024));
        assertEquals(1, counts.count(2022, ActorType.PLATFORM));
        assertEquals(0, counts.total(2025), "an event is counted where it starts, once");
        assertEquals(1, counts.undated(ActorType.EVENT));
        assertEquals(1, counts.undated(ActorType.ORGANISATION));
        assertEquals(0, counts.undated(ActorType.PERSON), "people are not on the timeline");
        assertEquals(3, counts.maxTotal());
        assertEquals(2021, counts.firstYear());
        assertEquals(2024, counts.lastYear());
    }

    @Test
    void yearsOfEachType() {
        assertEquals(2024, ActorYears.start(event("2024-04-08", null)));
        assertEquals(2025, ActorYears.end(event("2024-12-30", "2025-01-02")));
        assertEquals(2024, ActorYears.end(event("2024-12", null)), "a one-day event ends when it starts");
        assertEquals(2010, ActorYears.start(founded(ActorType.ORGANISATION, 2010, null)));
        assertEquals(ActorYears.NONE, ActorYears.end(founded(ActorType.ORGANISATION, 2010, null)), "still open");
        assertFalse(ActorYears.dated(Actor.named(ActorType.PERSON, "p")));
        assertTrue(ActorYears.dated(founded(ActorType.PLATFORM, null, 2019)));
        assertEquals(ActorYears.NONE, ActorYears.year("20x4"));
    }
}
