package org.creativeatlas.logic.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.creativeatlas.model.Actor;
import org.creativeatlas.model.ActorField;
import org.creativeatlas.model.ActorType;
import org.junit.jupiter.api.Test;

class YearRangeTest {

    private static final YearRange RANGE = YearRange.parse("2021-2025");

    @Test
    void readsTheFormsResearchersWrite() {
        assertEquals(new YearRange(2021, 2025), RANGE);
        assertEquals(new YearRange(2021, 2025), YearRange.parse("2021–2025"));
        assertEquals(new YearRange(2024, 2024), YearRange.parse("2024"));
        assertEquals(new YearRange(2021, null), YearRange.parse("2021-"));
        assertEquals(new YearRange(null, 2025), YearRange.parse(" -2025 "));
        assertEquals("2021–2025", RANGE.toString());
        assertEquals("2024", YearRange.parse("2024").toString());
        for (String bad : new String[] {"", "-", "2025-2021", "21-25", "2021..2025", "year", "0999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YearRange.parse(bad), bad);
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void keepsWhatHappenedOrExistedInThoseYears() {
        assertTrue(RANGE.test(event("2024-04-08", null)));
        assertFalse(RANGE.test(event("2019-10", null)));
        assertTrue(RANGE.test(event("2020-12-30", "2021-01-02")), "an event running into the range");
        assertTrue(RANGE.test(org(2010, null)), "founded before, still there");
        assertFalse(RANGE.test(org(2026, null)), "founded after");
        assertFalse(RANGE.test(org(2005, 2019)), "closed before");
        assertTrue(RANGE.test(org(2005, 2021)), "closed in the first year");
        assertFalse(new YearRange(2026, null).test(event("2025-12", null)));
    }

    @Test
    void actorsWithoutAYearStay() {
        assertTrue(RANGE.test(Actor.named(ActorType.PERSON, "p")));
        assertTrue(RANGE.test(org(null, null)));
        assertTrue(RANGE.test(event(null, null)));
        assertTrue(YearRange.ALL.test(event("1990", null)));
    }

    private static Actor event(String start, String end) {
        return Actor.named(ActorType.EVENT, "e").with(ActorField.START_DATE, start).with(ActorField.END_DATE, end);
    }

    private static Actor org(Integer start, Integer end) {
        return Actor.named(ActorType.ORGANISATION, "o").with(ActorField.START_YEAR, start)
                .with(ActorField.END_YEAR, end);
    }
}
