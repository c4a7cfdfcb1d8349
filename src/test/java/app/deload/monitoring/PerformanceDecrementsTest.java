package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceDecrementsTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    private static List<PerformanceInput> jumps(double... cm) {
        List<PerformanceInput> results = new ArrayList<>();
        for (int k = 0; k < cm.length; k++) {
            results.add(new PerformanceInput(D.plusDays(7L * k), "CMJ", cm[k], true, null));
        }
        return results;
    }

    private static TestResult last(List<PerformanceInput> inputs) {
        List<TestResult> all = PerformanceDecrements.of(inputs, null, T).results();
        return all.get(all.size() - 1);
    }

    @Test
    void exactlyTheSwcIsNotADecrement() {
        // Mean 50, result 48.5: (50 − 48.5) × 100 / 50 = 3 % worse, not more than 3 %.
        TestResult r = last(jumps(50, 50, 50, 48.5));
        assertEquals(-3.0, r.changePercent().value());
        assertFalse(r.decrement());
    }

    @Test
    void beyondTheSwcIsADecrement() {
        // 48.4: 3.2 % worse.
        TestResult r = last(jumps(50, 50, 50, 48.4));
        assertTrue(r.decrement());
        assertEquals(50.0, r.previousMean());
        assertEquals("CMJ 48.4 on 2026-03-23, 3.2 % worse than the mean of the previous 3 results (50): "
                + "a decrement: beyond the smallest worthwhile change of 3 %", r.sentence());
    }

    @Test
    void lowerIsBetterTestsAreWorseWhenHigher() {
        // Sprint: mean 10.0 s; 10.25 is 2.5 % slower (not a decrement), 10.5 is 5 % slower (a decrement).
        List<PerformanceInput> sprints = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            sprints.add(new PerformanceInput(D.plusDays(k), "Sprint 60 m", 10.0, false, null));
        }
        List<PerformanceInput> slightly = new ArrayList<>(sprints);
        slightly.add(new PerformanceInput(D.plusDays(3), "Sprint 60 m", 10.25, false, null));
        assertFalse(last(slightly).decrement());
        sprints.add(new PerformanceInput(D.plusDays(3), "Sprint 60 m", 10.5, false, null));
        assertTrue(last(sprints).decrement());
        sprints.set(3, new PerformanceInput(D.plusDays(3), "Sprint 60 m", 9.0, false, null));
        assertFalse(last(sprints).decrement());
    }

    @Test
    void fewerThanThreePreviousResultsIsBuildingHistory() {
        TestResult r = last(jumps(50, 50, 40));
        assertEquals(Metric.Status.BUILDING, r.changePercent().status());
        assertEquals("building history: 2 of 3 previous results", r.changePercent().reason());
        assertFalse(r.decrement());
        assertNull(r.previousMean());
    }

    @Test
    void trialsOnTheSameDayAreComparedInInputOrder() {
        List<PerformanceInput> trials = List.of(new PerformanceInput(D, "CMJ", 50, true, null),
                new PerformanceInput(D, "CMJ", 50, true, null), new PerformanceInput(D, "CMJ", 50, true, null),
                new PerformanceInput(D, "CMJ", 45, true, null));
        TestResult r = last(trials);
        assertTrue(r.decrement());
        assertEquals(1, r.changePercent().window().days());
    }

    @Test
    void onlyThePreviousThreeResultsCount() {
        // Previous 3 are 40, 40, 40 (the 60 before them is ignored): 39 is 2.5 % worse.
        TestResult r = last(jumps(60, 40, 40, 40, 39));
        assertEquals(40.0, r.previousMean());
        assertFalse(r.decrement());
    }

    @Test
    void testsOwnSwcOverridesTheDefault() {
        List<PerformanceInput> inputs = new ArrayList<>(jumps(50, 50, 50));
        inputs.add(new PerformanceInput(D.plusDays(30), "CMJ", 49.0, true, 1.5));
        // 2 % worse: within the default 3 % but beyond 1.5 %.
        assertTrue(last(inputs).decrement());
        assertEquals(1.5, last(inputs).swcPercent());
    }

    @Test
    void testsAreComparedOnlyWithThemselves() {
        List<PerformanceInput> inputs = new ArrayList<>(jumps(50, 50, 50));
        inputs.add(new PerformanceInput(D.plusDays(22), "Sprint 60 m", 7.0, false, null));
        PerformanceDecrements p = PerformanceDecrements.of(inputs, null, T);
        assertEquals(2, p.latestAsOf(D.plusDays(30)).size());
        assertEquals(Metric.Status.BUILDING, p.latestAsOf(D.plusDays(30)).get(1).changePercent().status());
    }

    @Test
    void decrementCountsForFourteenDays() {
        // Decrement recorded on day 21 after D: a sign through day 34 (14 days including the test day), not day 35.
        PerformanceDecrements p = PerformanceDecrements.of(jumps(50, 50, 50, 45), null, T);
        LocalDate tested = D.plusDays(21);
        assertEquals(1, p.recentDecrementsAsOf(tested).size());
        assertEquals(1, p.recentDecrementsAsOf(tested.plusDays(13)).size());
        assertTrue(p.recentDecrementsAsOf(tested.plusDays(14)).isEmpty());
        assertTrue(p.recentDecrementsAsOf(tested.minusDays(1)).isEmpty());
    }

    @Test
    void newerNormalResultClearsTheDecrement() {
        PerformanceDecrements p = PerformanceDecrements.of(jumps(50, 50, 50, 45, 50), null, T);
        assertTrue(p.recentDecrementsAsOf(D.plusDays(28)).isEmpty());
    }

    @Test
    void decrementPersistingFourteenDaysAfterDeloadSuggestsMedicalReview() {
        // Decrement on D+21 (45 vs 50); deload ends D+30;
        // retest on D+44: 45 vs the mean of 50, 50, 45 = 48.33, 6.9 % worse.
        LocalDate deloadEnd = D.plusDays(30);
        List<PerformanceInput> inputs = new ArrayList<>(jumps(50, 50, 50, 45));
        inputs.add(new PerformanceInput(deloadEnd.plusDays(14), "CMJ", 45, true, null));
        PerformanceDecrements p = PerformanceDecrements.of(inputs, deloadEnd, T);
        assertTrue(p.medicalReviewAsOf(deloadEnd.plusDays(13)).isEmpty());
        String reason = p.medicalReviewAsOf(deloadEnd.plusDays(14)).orElseThrow();
        assertTrue(reason.startsWith("Suggest a medical review: CMJ is still below its level 14 or more days after "
                + "the deload that ended 2026-04-01"), reason);
        assertTrue(reason.contains("diagnosed by clinicians"), reason);
    }

    @Test
    void retestThirteenDaysAfterDeloadIsTooEarlyForReview() {
        LocalDate deloadEnd = D.plusDays(30);
        List<PerformanceInput> inputs = new ArrayList<>(jumps(50, 50, 50, 45));
        inputs.add(new PerformanceInput(deloadEnd.plusDays(13), "CMJ", 45, true, null));
        PerformanceDecrements p = PerformanceDecrements.of(inputs, deloadEnd, T);
        assertTrue(p.medicalReviewAsOf(deloadEnd.plusDays(20)).isEmpty());
    }

    @Test
    void recoveredAfterDeloadNeedsNoReview() {
        LocalDate deloadEnd = D.plusDays(30);
        List<PerformanceInput> inputs = new ArrayList<>(jumps(50, 50, 50, 45));
        inputs.add(new PerformanceInput(deloadEnd.plusDays(14), "CMJ", 50, true, null));
        assertTrue(PerformanceDecrements.of(inputs, deloadEnd, T).medicalReviewAsOf(deloadEnd.plusDays(14)).isEmpty());
    }

    @Test
    void noDeloadNoReview() {
        List<PerformanceInput> inputs = jumps(50, 50, 50, 45, 44, 43);
        assertTrue(PerformanceDecrements.of(inputs, null, T).medicalReviewAsOf(D.plusDays(40)).isEmpty());
    }

    @Test
    void aPreviousMeanOfZeroOrLessLeavesTheChangeUndefined() {
        TestResult zero = last(jumps(0, 0, 0, 40));
        assertEquals(Metric.Status.UNDEFINED, zero.changePercent().status());
        assertEquals("undefined: mean of the previous 3 results is 0", zero.changePercent().reason());
        assertEquals(0.0, zero.previousMean());
        assertFalse(zero.decrement());
        assertEquals("CMJ 40 on " + D.plusDays(21) + ": undefined: mean of the previous 3 results is 0",
                zero.sentence());
        TestResult negative = last(jumps(-1, -2, 0, -5));
        assertEquals(Metric.Status.UNDEFINED, negative.changePercent().status());
        assertEquals("undefined: mean of the previous 3 results is -1", negative.changePercent().reason());
        TestResult barelyPositive = last(jumps(0, 0, 0.03, 0.01));
        assertTrue(barelyPositive.changePercent().isAvailable(), "a mean of 0.01 is above 0");
    }

    @Test
    void resultsGivenOutOfOrderAreComparedInDateOrder() {
        List<PerformanceInput> ordered = jumps(50, 50, 50, 45);
        List<PerformanceInput> shuffled = List.of(ordered.get(3), ordered.get(1), ordered.get(0), ordered.get(2));
        List<TestResult> results = PerformanceDecrements.of(shuffled, null, T).results();
        assertEquals(ordered.stream().map(PerformanceInput::date).toList(),
                results.stream().map(TestResult::date).toList());
        assertTrue(results.get(3).decrement());
        assertEquals(-10.0, results.get(3).changePercent().value(), 1e-9);
    }

    @Test
    void aResultBetterThanTheMeanIsNoDecrement() {
        TestResult better = last(jumps(50, 50, 50, 55));
        assertFalse(better.decrement());
        assertEquals(10.0, better.changePercent().value(), 1e-9);
        assertTrue(better.sentence().endsWith("10.0 % better than the mean of the previous 3 results (50): no decrement"),
                better.sentence());
    }

    @Test
    void aResultEqualToTheMeanIsNeitherWorseNorADecrement() {
        TestResult same = last(jumps(50, 50, 50, 50));
        assertFalse(same.decrement());
        assertEquals(0.0, same.changePercent().value());
        assertTrue(same.sentence().endsWith("0.0 % better than the mean of the previous 3 results (50): no decrement"),
                same.sentence());
    }
}
