package app.deload.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StaffTodayTest {

    @Test
    void oweTextsCountWithoutDecimalsAndNameEachThing() {
        assertEquals("today's questionnaire", new StaffToday.Owed(1, "A", true, 0).what());
        assertEquals("1 session rating", new StaffToday.Owed(1, "A", false, 1).what());
        assertEquals("today's questionnaire and 2 session ratings", new StaffToday.Owed(1, "A", true, 2).what());
    }

    @Test
    void distributionQuartilesInterpolateBetweenOrderStatistics() {
        Distribution d = Distribution.of(java.util.Arrays.asList(1.0, null, 2.0, 3.0, 4.0));
        assertEquals(4, d.n());
        assertEquals(1.75, d.lowerQuartile(), 1e-9);
        assertEquals(2.5, d.median(), 1e-9);
        assertEquals(3.25, d.upperQuartile(), 1e-9);
        assertEquals(null, Distribution.of(java.util.Arrays.asList((Double) null)));
        assertEquals(5.0, Distribution.of(java.util.List.of(5.0)).median(), 1e-9);
    }
}
