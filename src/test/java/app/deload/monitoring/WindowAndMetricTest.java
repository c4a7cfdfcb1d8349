package app.deload.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WindowAndMetricTest {
    private static final LocalDate D = LocalDate.of(2026, 1, 1);

    @Test
    void eightyPercentCompleteIsEnough() {
        assertTrue(new Window(D, D.plusDays(99), 80).meets(0.80));
        assertTrue(new Window(D, D.plusDays(4), 4).meets(0.80));
    }

    @Test
    void seventyNinePercentCompleteIsNot() {
        assertFalse(new Window(D, D.plusDays(99), 79).meets(0.80));
    }

    @Test
    void sevenDayWindowNeedsSixDays() {
        // 6/7 = 85.7 %, 5/7 = 71.4 %
        assertTrue(new Window(D, D.plusDays(6), 6).meets(0.80));
        assertFalse(new Window(D, D.plusDays(6), 5).meets(0.80));
    }

    @Test
    void twentyEightDayWindowNeeds23Days() {
        // 23/28 = 82.1 %, 22/28 = 78.6 %
        assertTrue(new Window(D, D.plusDays(27), 23).meets(0.80));
        assertFalse(new Window(D, D.plusDays(27), 22).meets(0.80));
    }

    @Test
    void windowCountsInclusiveDays() {
        Window w = new Window(D, D.plusDays(6), 6);
        assertEquals(7, w.days());
        assertEquals("6 of 7 days complete", w.completenessText());
        assertThrows(IllegalArgumentException.class, () -> new Window(D, D.plusDays(6), 8));
        assertThrows(IllegalArgumentException.class, () -> new Window(D, D.minusDays(1), 0));
    }

    @Test
    void metricHasAValueExactlyWhenOk() {
        assertThrows(IllegalArgumentException.class,
                () -> new Metric(null, Metric.Status.OK, "", "", null));
        assertThrows(IllegalArgumentException.class,
                () -> new Metric(1.0, Metric.Status.UNDEFINED, "", "", null));
        assertThrows(IllegalArgumentException.class,
                () -> new Metric(Double.POSITIVE_INFINITY, Metric.Status.OK, "", "", null));
    }

    @Test
    void isAboveIsStrict() {
        Metric m = Metric.ok(1.5, "", "", null);
        assertFalse(m.isAbove(1.5));
        assertTrue(m.isAbove(1.4999));
        assertFalse(Metric.unavailable(Metric.Status.BUILDING, "building", "", null).isAbove(0));
    }
}
