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

    @Test
    void beforeTheHistoryEverythingIsBuilding() {
        BanisterModel.Series series = BanisterModel.series(loads(100, 80), T);
        BanisterModel before = series.at(day(0));
        String reason = "before history start (" + day(1) + ")";
        for (Metric m : java.util.List.of(before.fitness(), before.fatigue(), before.form())) {
            assertEquals(Metric.Status.BUILDING, m.status());
            assertEquals(reason, m.reason());
        }
        assertEquals(java.util.Optional.empty(), series.rawFitness(day(0)));
        assertEquals(java.util.Optional.empty(), series.rawFatigue(day(0)));
        assertEquals(BanisterModel.FORM_METHOD, before.form().method());
    }

    @Test
    void theFirstDaysFormIsZeroFromTheStart() {
        BanisterModel day1 = BanisterModel.series(loads(100), T).at(day(1));
        assertEquals("first day: CTL and ATL start at 0", day1.form().reason());
        assertEquals(new Window(day(0), day(0), 0), day1.form().window());
    }

    @Test
    void formTheDayAfterAnInsufficientFitnessDayIsInsufficient() {
        BanisterModel day8 = BanisterModel.series(loads(100, null, 100, null, 100, 100, 100, 100), T).at(day(8));
        assertEquals(Metric.Status.INSUFFICIENT, day8.form().status());
        assertEquals("yesterday's fitness insufficient data: 5 of 7 days complete (missing days carried forward)",
                day8.form().reason());
        assertEquals(new Window(day(7), day(7), 1), day8.form().window());
    }

    @Test
    void formTheDayAfterAnInsufficientFatigueDayIsInsufficient() {
        // 30 known days, then two missing: on day 32 fitness has 30 of 32 days, fatigue only 5 of its last 7.
        Integer[] history = new Integer[33];
        java.util.Arrays.fill(history, 100);
        history[30] = null;
        history[31] = null;
        BanisterModel.Series series = BanisterModel.series(loads(history), T);
        BanisterModel day33 = series.at(day(33));
        assertEquals(Metric.Status.OK, series.at(day(32)).fitness().status());
        assertEquals(Metric.Status.INSUFFICIENT, series.at(day(32)).fatigue().status());
        assertEquals(Metric.Status.INSUFFICIENT, day33.form().status());
        assertEquals("yesterday's fatigue insufficient data: 5 of 7 days complete (missing days carried forward)",
                day33.form().reason());
        assertEquals(new Window(day(32), day(32), 0), day33.form().window());
        BanisterModel day32 = series.at(day(32));
        assertEquals(series.rawFitness(day(31)).orElseThrow() - series.rawFatigue(day(31)).orElseThrow(),
                day32.form().value(), 1e-9);
        assertEquals("CTL " + Fmt.d1(series.rawFitness(day(31)).orElseThrow()) + " − ATL "
                + Fmt.d1(series.rawFatigue(day(31)).orElseThrow()) + " (yesterday)", day32.form().reason());
    }
}
