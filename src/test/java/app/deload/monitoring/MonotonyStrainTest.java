package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static app.deload.monitoring.Fixtures.day;
import static app.deload.monitoring.Fixtures.loads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MonotonyStrainTest {

    @Test
    void monotonyExactlyTwo() {
        // Mean 2800/7 = 400; deviations −400, −200, 100 × 4, 200; squares 280000 / 7 = 40000: population SD 200.
        MonotonyStrain m = MonotonyStrain.at(loads(0, 200, 500, 500, 500, 500, 600), day(7), T);
        assertEquals(2.0, m.monotony().value());
        assertEquals(5600.0, m.strain().value());
        assertFalse(m.monotony().isAbove(T.monotonyHigh()));
    }

    @Test
    void usesPopulationSd() {
        // Six days of c and one rest day: mean 6c/7, variance 6c²/49, monotony = 6/√6 = √6 (sample SD would differ).
        MonotonyStrain m = MonotonyStrain.at(loads(300, 300, 300, 0, 300, 300, 300), day(7), T);
        assertEquals(Math.sqrt(6), m.monotony().value(), 1e-12);
        assertEquals(1800 * Math.sqrt(6), m.strain().value(), 1e-9);
    }

    @Test
    void monotonyUndefinedWhenAllDaysEqual() {
        MonotonyStrain m = MonotonyStrain.at(loads(300, 300, 300, 300, 300, 300, 300), day(7), T);
        assertEquals(Metric.Status.UNDEFINED, m.monotony().status());
        assertEquals("undefined: all 7 days equal (SD 0)", m.monotony().reason());
        assertNull(m.monotony().value());
        assertEquals(Metric.Status.UNDEFINED, m.strain().status());
    }

    @Test
    void monotonyUndefinedOnSevenRestDays() {
        MonotonyStrain m = MonotonyStrain.at(loads(0, 0, 0, 0, 0, 0, 0), day(7), T);
        assertEquals(Metric.Status.UNDEFINED, m.monotony().status());
    }

    @Test
    void missingDaysAreExcludedNotZero() {
        // Known: 100, 200, 100, 200, 100, 200 → mean 150, population SD 50, monotony 3, strain 900 × 3 = 2700.
        // Counting the missing day as 0 would give a different value.
        MonotonyStrain m = MonotonyStrain.at(loads(100, 200, 100, null, 200, 100, 200), day(7), T);
        assertEquals(3.0, m.monotony().value(), 1e-12);
        assertEquals(2700.0, m.strain().value(), 1e-9);
        assertEquals("mean 150 AU ÷ SD 50 AU; 6 of 7 days complete", m.monotony().reason());
    }

    @Test
    void insufficientDataUnderEightyPercent() {
        MonotonyStrain m = MonotonyStrain.at(loads(100, 200, null, null, 200, 100, 200), day(7), T);
        assertEquals(Metric.Status.INSUFFICIENT, m.monotony().status());
        assertEquals("insufficient data: 5 of 7 days complete", m.monotony().reason());
        assertEquals(Metric.Status.INSUFFICIENT, m.strain().status());
    }

    @Test
    void buildingHistoryInTheFirstWeek() {
        MonotonyStrain m = MonotonyStrain.at(loads(100, 200, 100), day(3), T);
        assertEquals(Metric.Status.BUILDING, m.monotony().status());
        assertEquals("building history: 3 of 7 days", m.monotony().reason());
    }
}
