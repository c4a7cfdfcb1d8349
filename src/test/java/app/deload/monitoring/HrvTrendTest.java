package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static app.deload.monitoring.Fixtures.rmssd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HrvTrendTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 31);
    private static final double HALF_BAND = 0.5 * Math.sqrt(28 * 0.01 / 27);

    /**
     * Baseline: the 28 days before the week (days −34 … −7), ln values alternating 4.0 / 4.2 → μ 4.1, sample SD
     * √(28 × 0.01 / 27) = 0.10184, range 4.1 ± 0.05092. Then the week's ln values (days −6 … 0), null = none.
     */
    private static List<WellnessInput> history(int baselineValues, Double... week) {
        List<WellnessInput> entries = new ArrayList<>();
        for (int k = 0; k < baselineValues; k++) {
            entries.add(rmssd(TODAY.minusDays(34 - k), k % 2 == 0 ? 4.0 : 4.2));
        }
        for (int k = 0; k < week.length; k++) {
            if (week[k] != null) {
                entries.add(rmssd(TODAY.minusDays(6 - k), week[k]));
            }
        }
        return entries;
    }

    private static HrvTrend trend(int baselineValues, Double... week) {
        return HrvTrend.at(WellnessLog.of(history(baselineValues, week)), TODAY, T);
    }

    @Test
    void normalRangeIsHalfAnSdAroundTheBaselineMean() {
        HrvTrend hrv = trend(28, 4.1, 4.1, 4.1, 4.1, 4.1, 4.1, 4.1);
        assertEquals(4.1 - HALF_BAND, hrv.rangeLow().value(), 1e-9);
        assertEquals(4.1 + HALF_BAND, hrv.rangeHigh().value(), 1e-9);
        assertEquals(HrvClass.WITHIN, hrv.classification());
        assertEquals(TODAY.minusDays(34), hrv.rangeLow().window().from());
        assertEquals(TODAY.minusDays(7), hrv.rangeLow().window().to());
    }

    @Test
    void weekMeanBelowRangeIsASign() {
        HrvTrend hrv = trend(28, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0);
        assertEquals(HrvClass.BELOW, hrv.classification());
        assertTrue(OverreachingSignals.hrvSign(hrv, T).isPresent());
    }

    @Test
    void weekMeanAboveRangeIsNotedNeutrally() {
        HrvTrend hrv = trend(28, 4.2, 4.2, 4.2, 4.2, 4.2, 4.2, 4.2);
        assertEquals(HrvClass.ABOVE, hrv.classification());
        assertTrue(hrv.note().contains("noted neutrally"), hrv.note());
        assertTrue(OverreachingSignals.hrvSign(hrv, T).isEmpty());
    }

    @Test
    void threeValuesAreEnoughForTheWeekMean() {
        // 3.9, 4.0, 4.1: mean 4.0, sample SD √((0.01 + 0 + 0.01) / 2) = 0.1, CV 0.1 / 4.0 = 2.5 %.
        HrvTrend hrv = trend(28, null, null, 3.9, null, 4.0, null, 4.1);
        assertEquals(4.0, hrv.sevenDayMean().value(), 1e-9);
        assertEquals(2.5, hrv.sevenDayCvPercent().value(), 1e-9);
        assertEquals(3, hrv.sevenDayMean().window().daysWithData());
    }

    @Test
    void twoValuesAreNotEnough() {
        HrvTrend hrv = trend(28, null, null, null, null, 4.0, null, 4.1);
        assertEquals(Metric.Status.INSUFFICIENT, hrv.sevenDayMean().status());
        assertEquals(Metric.Status.INSUFFICIENT, hrv.sevenDayCvPercent().status());
        assertEquals(HrvClass.NOT_AVAILABLE, hrv.classification());
    }

    @Test
    void neverJudgesASingleDay() {
        // One very low morning in an otherwise normal week keeps the mean inside the range.
        HrvTrend hrv = trend(28, 4.1, 4.1, 4.1, 4.1, 4.1, 4.1, 3.9);
        assertEquals(3.9, hrv.lnRmssd().value(), 1e-9);
        assertEquals(HrvClass.WITHIN, hrv.classification());
    }

    @Test
    void fourteenBaselineValuesAreEnoughThirteenAreNot() {
        assertTrue(trend(14, 4.0, 4.0, 4.0).rangeLow().isAvailable());
        HrvTrend building = trend(13, 4.0, 4.0, 4.0);
        assertEquals(Metric.Status.BUILDING, building.rangeLow().status());
        assertEquals("building baseline: 13 of 14 values", building.rangeLow().reason());
    }

    @Test
    void weekValuesAreNotInTheRangeBaseline() {
        // The week itself is very low; the range still comes only from days −34 … −7.
        HrvTrend hrv = trend(28, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0);
        assertEquals(4.1 - HALF_BAND, hrv.rangeLow().value(), 1e-9);
    }
}
