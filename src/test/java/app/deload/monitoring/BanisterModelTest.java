package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static app.deload.monitoring.Fixtures.day;
import static app.deload.monitoring.Fixtures.loads;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BanisterModelTest {
    private static final double TOLERANCE = 1e-4;

    @Test
    void referenceDay14() {
        BanisterModel.Series series = BanisterModel.series(
                loads(100, 0, 80, 120, 0, 60, 150, 100, 0, 80, 120, 0, 60, 150), T);
        BanisterModel day14 = series.at(day(14));
        assertEquals(20.8419, day14.fitness().value(), TOLERANCE);
        assertEquals(66.9746, day14.fatigue().value(), TOLERANCE);
        assertEquals(-36.4949, day14.form().value(), TOLERANCE);
    }

    @Test
    void startsAtZeroTheDayBefore() {
        // Day 1: CTL = 100 × (1 − e^(−1/42)), ATL = 100 × (1 − e^(−1/7)); form = 0 − 0.
        BanisterModel day1 = BanisterModel.series(loads(100), T).at(day(1));
        assertEquals(100 * (1 - Math.exp(-1.0 / 42)), day1.fitness().value(), 1e-12);
        assertEquals(100 * (1 - Math.exp(-1.0 / 7)), day1.fatigue().value(), 1e-12);
        assertEquals(0.0, day1.form().value());
    }

    @Test
    void formUsesYesterdaysValues() {
        BanisterModel.Series series = BanisterModel.series(loads(100, 50), T);
        double ctl1 = 100 * (1 - Math.exp(-1.0 / 42));
        double atl1 = 100 * (1 - Math.exp(-1.0 / 7));
        assertEquals(ctl1 - atl1, series.at(day(2)).form().value(), 1e-12);
    }

    @Test
    void missingDayCarriesForward() {
        BanisterModel.Series series = BanisterModel.series(loads(100, null), T);
        assertEquals(series.rawFitness(day(1)).orElseThrow(), series.rawFitness(day(2)).orElseThrow());
        assertEquals(series.rawFatigue(day(1)).orElseThrow(), series.rawFatigue(day(2)).orElseThrow());
    }

    @Test
    void fatigueIsInsufficientUnderEightyPercentOfSevenDays() {
        BanisterModel day7 = BanisterModel.series(loads(100, null, 100, null, 100, 100, 100), T).at(day(7));
        assertEquals(Metric.Status.INSUFFICIENT, day7.fatigue().status());
        assertEquals(Metric.Status.INSUFFICIENT, day7.fitness().status());
    }
}
