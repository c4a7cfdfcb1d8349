package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static app.deload.monitoring.Fixtures.concat;
import static app.deload.monitoring.Fixtures.day;
import static app.deload.monitoring.Fixtures.loads;
import static app.deload.monitoring.Fixtures.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WeeklyLoadTest {

    @Test
    void sumsSevenDaysAndComparesWithThePreviousSeven() {
        // Week 1: 7 × 100 = 700; week 2: 5 × 200 + 2 rest = 1000; change (1000 − 700) / 700 = 42.857 %.
        WeeklyLoad w = WeeklyLoad.at(loads(concat(repeat(7, 100), new Integer[] {200, 200, 0, 200, 200, 200, 0})),
                day(14), T);
        assertEquals(1000.0, w.load().value());
        assertEquals(42.857142857, w.changePercent().value(), 1e-6);
    }

    @Test
    void changeIsUndefinedWhenPreviousWeekIsZero() {
        WeeklyLoad w = WeeklyLoad.at(loads(concat(repeat(7, 0), repeat(7, 100))), day(14), T);
        assertEquals(700.0, w.load().value());
        assertEquals(Metric.Status.UNDEFINED, w.changePercent().status());
        assertEquals("undefined: previous 7 days had no load", w.changePercent().reason());
    }

    @Test
    void missingDayIsLeftOutButCounted() {
        // 6 known days of 100, one missing: 600 AU, 6 of 7 complete (85.7 % ≥ 80 %).
        WeeklyLoad w = WeeklyLoad.at(loads(100, 100, null, 100, 100, 100, 100), day(7), T);
        assertEquals(600.0, w.load().value());
        assertEquals("6 of 7 days complete", w.load().reason());
    }

    @Test
    void twoMissingDaysAreInsufficient() {
        WeeklyLoad w = WeeklyLoad.at(loads(100, null, null, 100, 100, 100, 100), day(7), T);
        assertEquals(Metric.Status.INSUFFICIENT, w.load().status());
        assertEquals("insufficient data: 5 of 7 days complete", w.load().reason());
    }

    @Test
    void firstWeekIsBuildingHistory() {
        WeeklyLoad w = WeeklyLoad.at(loads(100, 100, 100, 100, 100), day(5), T);
        assertEquals(Metric.Status.BUILDING, w.load().status());
        assertEquals("building history: 5 of 7 days", w.load().reason());
        WeeklyLoad second = WeeklyLoad.at(loads(repeat(10, 100)), day(10), T);
        assertEquals(700.0, second.load().value());
        assertEquals(Metric.Status.BUILDING, second.changePercent().status());
    }
}
