package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverreachingSignalsTest {
    private static final LocalDate D = LocalDate.of(2026, 5, 31);
    private static final Window W = new Window(D, D, 1);
    private static final Metric NONE = Metric.unavailable(Metric.Status.BUILDING, "building", "", W);

    private static Sign sign(Domain d) {
        return new Sign(d, d.label(), 1, null, 1, W, d.label());
    }

    private static List<Sign> signs(Domain... domains) {
        return Arrays.stream(domains).map(OverreachingSignalsTest::sign).toList();
    }

    private static Set<Domain> set(Domain... domains) {
        EnumSet<Domain> s = EnumSet.noneOf(Domain.class);
        s.addAll(List.of(domains));
        return s;
    }

    private static OverreachingSignals level(List<Sign> today, List<Set<Domain>> earlier) {
        return OverreachingSignals.of(today, earlier, null, T);
    }

    private static EwmaLoad ewmaWithRatio(double ratio) {
        return new EwmaLoad(Metric.ok(ratio * 100, "", "", W), Metric.ok(100, "", "", W),
                Metric.ok(ratio, "", "", W), LoadBand.of(ratio, T));
    }

    private static MonotonyStrain monotony(double value) {
        return new MonotonyStrain(Metric.ok(value, "mean 400 AU ÷ SD 200 AU; 7 of 7 days complete", "", W), NONE);
    }

    @Test
    void noDomainsIsNone() {
        OverreachingSignals s = level(List.of(), List.of(set(), set()));
        assertEquals(SignalLevel.NONE, s.level());
        assertEquals("No signs today.", s.summary());
    }

    @Test
    void oneDomainIsWatch() {
        OverreachingSignals s = level(signs(Domain.SLEEP), List.of(set(), set()));
        assertEquals(SignalLevel.WATCH, s.level());
        assertEquals("Watch: signs in sleep.", s.summary());
    }

    @Test
    void twoDomainsOnThreeDaysIsAccumulatedFatigue() {
        OverreachingSignals s = level(signs(Domain.SLEEP, Domain.WELLNESS),
                List.of(set(Domain.SLEEP, Domain.WELLNESS), set(Domain.HRV, Domain.WELLNESS)));
        assertEquals(SignalLevel.ALERT_ACCUMULATED_FATIGUE, s.level());
        assertTrue(s.summary().startsWith("Alert: signs consistent with accumulated fatigue"), s.summary());
    }

    @Test
    void twoDomainsOnTwoDaysIsOnlyWatch() {
        assertEquals(SignalLevel.WATCH, level(signs(Domain.SLEEP, Domain.WELLNESS),
                List.of(set(Domain.SLEEP), set(Domain.SLEEP, Domain.WELLNESS))).level());
        assertEquals(SignalLevel.WATCH, level(signs(Domain.SLEEP, Domain.WELLNESS),
                List.of(set(Domain.SLEEP, Domain.WELLNESS))).level());
    }

    @Test
    void fatiguePatternPlusDecrementIsFunctionalOverreaching() {
        OverreachingSignals s = level(signs(Domain.SLEEP, Domain.WELLNESS, Domain.PERFORMANCE),
                List.of(set(Domain.SLEEP, Domain.WELLNESS), set(Domain.SLEEP, Domain.WELLNESS)));
        assertEquals(SignalLevel.ALERT_FUNCTIONAL_OVERREACHING, s.level());
        assertTrue(s.summary().startsWith("Alert: pattern consistent with functional overreaching"), s.summary());
    }

    @Test
    void decrementDoesNotCountTwiceTowardsOverreaching() {
        // Performance plus one other domain on each day: accumulated fatigue, but the decrement is not "in addition".
        OverreachingSignals s = level(signs(Domain.WELLNESS, Domain.PERFORMANCE),
                List.of(set(Domain.WELLNESS, Domain.PERFORMANCE), set(Domain.WELLNESS, Domain.PERFORMANCE)));
        assertEquals(SignalLevel.ALERT_ACCUMULATED_FATIGUE, s.level());
    }

    @Test
    void levelsNeverNameADiagnosis() {
        for (SignalLevel level : SignalLevel.values()) {
            assertFalse(level.label().contains("injury"));
            assertFalse(level.label().contains("overtraining"));
        }
    }

    @Test
    void ratioExactlyOnePointFiveIsNotASpike() {
        assertTrue(OverreachingSignals.loadSigns(ewmaWithRatio(1.5), new MonotonyStrain(NONE, NONE), T).isEmpty());
    }

    @Test
    void ratioJustAboveOnePointFiveIsALoadSpike() {
        List<Sign> signs = OverreachingSignals.loadSigns(ewmaWithRatio(1.5001), new MonotonyStrain(NONE, NONE), T);
        assertEquals(1, signs.size());
        assertEquals(Domain.LOAD, signs.get(0).domain());
        assertTrue(signs.get(0).sentence().startsWith("Load spike: EWMA acute:chronic ratio 1.50 (acute 150 AU, "
                + "chronic 100 AU) is above 1.5"), signs.get(0).sentence());
        assertFalse(signs.get(0).sentence().contains("injury"));
    }

    @Test
    void suppressedRatioIsNeverASpike() {
        EwmaLoad hidden = new EwmaLoad(Metric.ok(300, "", "", W), Metric.ok(0.5, "", "", W),
                Metric.unavailable(Metric.Status.SUPPRESSED, "suppressed", "", W), null);
        assertTrue(OverreachingSignals.loadSigns(hidden, new MonotonyStrain(NONE, NONE), T).isEmpty());
    }

    @Test
    void monotonyExactlyTwoIsNotASign() {
        assertTrue(OverreachingSignals.loadSigns(ewmaWithRatio(1.0), monotony(2.0), T).isEmpty());
        assertEquals(1, OverreachingSignals.loadSigns(ewmaWithRatio(1.0), monotony(2.0001), T).size());
    }

    @Test
    void wellnessWatchOnThreeDaysInARowIsASign() {
        Sign s = OverreachingSignals.wellnessSign(wellness(15, -1.0, 3), T).orElseThrow();
        assertEquals(Domain.WELLNESS, s.domain());
        assertFalse(OverreachingSignals.wellnessSign(wellness(15, -1.0, 2), T).isPresent());
    }

    @Test
    void wellnessAlertOnceIsASign() {
        Sign s = OverreachingSignals.wellnessSign(wellness(15, -2.3, 1), T).orElseThrow();
        assertEquals("Wellness 15/25, 2.3 SD below the 28-day mean of 19.8 (2 SD or more below)", s.sentence());
        assertFalse(OverreachingSignals.wellnessSign(wellness(15, -1.9999, 1), T).isPresent());
    }

    @Test
    void wellnessSentenceCountsTheDaysInARow() {
        Sign s = OverreachingSignals.wellnessSign(wellness(15, -2.3, 3), T).orElseThrow();
        assertEquals("Wellness 15/25, 2.3 SD below the 28-day mean of 19.8 (3rd day in a row)", s.sentence());
    }

    @Test
    void medicalReviewIsCarriedIndependentlyOfTheLevel() {
        OverreachingSignals s = OverreachingSignals.of(List.of(), List.of(), "Suggest a medical review", T);
        assertEquals(SignalLevel.NONE, s.level());
        assertTrue(s.suggestMedicalReview());
    }

    @Test
    void anEarlierDayWithOnlyPerformanceAndOneDomainKeepsItAccumulatedFatigue() {
        // Today three domains with a decrement, but the day before yesterday had performance and one other only.
        OverreachingSignals s = level(signs(Domain.SLEEP, Domain.WELLNESS, Domain.PERFORMANCE),
                List.of(set(Domain.WELLNESS, Domain.PERFORMANCE), set(Domain.SLEEP, Domain.WELLNESS)));
        assertEquals(SignalLevel.ALERT_ACCUMULATED_FATIGUE, s.level());
        OverreachingSignals yesterday = level(signs(Domain.SLEEP, Domain.WELLNESS, Domain.PERFORMANCE),
                List.of(set(Domain.SLEEP, Domain.WELLNESS), set(Domain.HRV, Domain.PERFORMANCE)));
        assertEquals(SignalLevel.ALERT_ACCUMULATED_FATIGUE, yesterday.level());
    }

    @Test
    void oneDomainTodayAfterTwoDaysWithTwoDomainsStaysWatch() {
        OverreachingSignals s = level(signs(Domain.SLEEP),
                List.of(set(Domain.SLEEP, Domain.WELLNESS), set(Domain.SLEEP, Domain.WELLNESS)));
        assertEquals(SignalLevel.WATCH, s.level());
        assertEquals(set(Domain.SLEEP), s.domains());
    }

    @Test
    void onlyTheLastTwoEarlierDaysCount() {
        OverreachingSignals s = level(signs(Domain.SLEEP, Domain.WELLNESS),
                List.of(set(), set(Domain.SLEEP, Domain.WELLNESS), set(Domain.HRV, Domain.WELLNESS)));
        assertEquals(SignalLevel.ALERT_ACCUMULATED_FATIGUE, s.level());
        assertEquals(SignalLevel.WATCH, level(signs(Domain.SLEEP, Domain.WELLNESS),
                List.of(set(Domain.SLEEP, Domain.WELLNESS), set(Domain.SLEEP, Domain.WELLNESS), set())).level());
    }

    @Test
    void theAggregationCarriesAnHrvSignBelowTheNormalRange() {
        HrvTrend below = new HrvTrend(NONE, Metric.ok(4.0, "mean of 5 values", "", W), NONE,
                Metric.ok(4.2, "28 values", "", W), Metric.ok(4.6, "", "", W), HrvClass.BELOW, "below the normal range");
        SleepSigns sleep = new SleepSigns(8.0, 0, 0, W, false, "");
        SorenessSigns soreness = new SorenessSigns(4, 0, false, "");
        List<Sign> signs = OverreachingSignals.signs(new EwmaLoad(NONE, NONE, NONE, null), new MonotonyStrain(NONE, NONE),
                wellness(20, 0.1, 0), below, sleep, soreness, List.of(), D, T);
        assertEquals(List.of(Domain.HRV), signs.stream().map(Sign::domain).toList());
        Sign hrv = signs.get(0);
        assertEquals(4.0, hrv.value());
        assertEquals(4.4, hrv.baseline(), 1e-9);
        assertEquals(4.2, hrv.threshold());
        assertTrue(hrv.sentence().startsWith("HRV: below the normal range (mean of 5 values; range from 28 values)"),
                hrv.sentence());
    }

    @Test
    void anAlertOnTheSecondDayInARowSaysSoAndCarriesTheAlertThreshold() {
        Sign second = OverreachingSignals.wellnessSign(wellness(15, -2.3, 2), T).orElseThrow();
        assertTrue(second.sentence().endsWith("(2nd day in a row)"), second.sentence());
        assertEquals(-2.0, second.threshold());
        assertEquals(-1.0, OverreachingSignals.wellnessSign(wellness(15, -2.3, 3), T).orElseThrow().threshold());
        assertEquals(19.8, second.baseline());
    }

    @Test
    void aSorenessSignCoversTheDaysOfItsRun() {
        Sign s = OverreachingSignals.sorenessSign(new SorenessSigns(2, 5, true, "item 2 on 5 days in a row"), D, T)
                .orElseThrow();
        assertEquals(new Window(D.minusDays(4), D, 5), s.window());
        assertEquals(5.0, s.value());
        assertEquals(3.0, s.threshold());
        assertEquals("Soreness: item 2 on 5 days in a row", s.sentence());
        assertTrue(OverreachingSignals.sorenessSign(new SorenessSigns(2, 3, false, ""), D, T).isEmpty());
    }

    @Test
    void aPerformanceSignCoversTheDecrementWindow() {
        TestResult decrement = new TestResult("CMJ", D.minusDays(3), 45, true, 3.0, 50.0,
                Metric.ok(-10, "10.0 % worse", "", W), true, "CMJ 45 on " + D.minusDays(3));
        List<Sign> signs = OverreachingSignals.performanceSigns(List.of(decrement), D, T);
        assertEquals(1, signs.size());
        assertEquals(new Window(D.minusDays(13), D, 1), signs.get(0).window());
        assertEquals(-10.0, signs.get(0).value());
        assertEquals(50.0, signs.get(0).baseline());
        assertEquals(3.0, signs.get(0).threshold());
        assertEquals("CMJ change %", signs.get(0).measure());
        assertEquals("Performance: CMJ 45 on " + D.minusDays(3), signs.get(0).sentence());
    }

    private static WellnessZScores wellness(int total, double z, int daysInARow) {
        Window baseline = new Window(D.minusDays(28), D.minusDays(1), 20);
        WellnessZScores.ZScore zs = new WellnessZScores.ZScore("total", total, Metric.ok(z, "", "", baseline), 19.8,
                1.7, false, ZLevel.of(z, T));
        return new WellnessZScores(zs, zs, zs, zs, zs, zs, daysInARow, baseline);
    }
}
