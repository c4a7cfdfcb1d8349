package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static app.deload.monitoring.Fixtures.concat;
import static app.deload.monitoring.Fixtures.day;
import static app.deload.monitoring.Fixtures.loads;
import static app.deload.monitoring.Fixtures.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RollingUncoupledRatioTest {

    @Test
    void referenceDay28() {
        // Last 7 days mean 50, the 21 days before mean 30: 50 / 30 = 1.6667.
        RollingUncoupledRatio r = RollingUncoupledRatio.at(loads(concat(repeat(21, 30), repeat(7, 50))), day(28), T);
        assertEquals(50.0, r.acuteMean().value());
        assertEquals(30.0, r.chronicMean().value());
        assertEquals(1.6667, r.ratio().value(), 1e-4);
        assertEquals(r.ratio().window().from(), day(1));
    }

    @Test
    void chronicWindowDoesNotContainTheAcuteWeek() {
        // Days 1–21 of 0 except day 1: chronic only sees days 1–21, acute days 22–28.
        RollingUncoupledRatio r = RollingUncoupledRatio.at(loads(concat(new Integer[] {210}, repeat(20, 0),
                repeat(7, 70))), day(28), T);
        assertEquals(10.0, r.chronicMean().value());
        assertEquals(70.0, r.acuteMean().value());
        assertEquals(7.0, r.ratio().value());
    }

    @Test
    void suppressesRatioBeforeDay28() {
        RollingUncoupledRatio r = RollingUncoupledRatio.at(loads(repeat(27, 30)), day(27), T);
        assertEquals(Metric.Status.BUILDING, r.ratio().status());
        assertEquals("building history: 27 of 28 days", r.ratio().reason());
    }

    @Test
    void chronicBelowOneAuSuppressesRatio() {
        RollingUncoupledRatio r = RollingUncoupledRatio.at(loads(concat(repeat(21, 0), repeat(7, 100))), day(28), T);
        assertEquals(Metric.Status.SUPPRESSED, r.ratio().status());
    }

    @Test
    void chronicOfExactlyOneAuIsShown() {
        // 21 days of 1 AU (RPE 1 × 1 min): mean exactly 1.
        RollingUncoupledRatio r = RollingUncoupledRatio.at(loads(concat(repeat(21, 1), repeat(7, 2))), day(28), T);
        assertEquals(2.0, r.ratio().value());
    }

    @Test
    void chronicWindowNeedsEightyPercent() {
        // 21-day window: 17 known (81 %) is enough, 16 (76 %) is not.
        Integer[] enough = concat(repeat(4, null), repeat(17, 30), repeat(7, 30));
        Integer[] tooFew = concat(repeat(5, null), repeat(16, 30), repeat(7, 30));
        assertEquals(1.0, RollingUncoupledRatio.at(loads(enough), day(28), T).ratio().value());
        RollingUncoupledRatio r = RollingUncoupledRatio.at(loads(tooFew), day(28), T);
        assertEquals(Metric.Status.INSUFFICIENT, r.ratio().status());
        assertEquals("chronic load insufficient data: 16 of 21 days complete", r.ratio().reason());
    }
}
