package app.deload.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Performance results per test, each compared with the mean of the previous 3 results of that test
 * (results on the same date keep their input order). A decrement counts as a sign while it is the test's
 * latest result and was recorded within the last 14 days; a newer result that is not a decrement clears it.
 */
public final class PerformanceDecrements {
    public static final int PREVIOUS_RESULTS = 3;
    static final String METHOD = "(result − mean of the previous 3 results) ÷ that mean × 100; a decrement is worse "
            + "by more than the smallest worthwhile change";

    private final Map<String, List<TestResult>> byTest;
    private final LocalDate lastDeloadEnd;
    private final Thresholds t;

    private PerformanceDecrements(Map<String, List<TestResult>> byTest, LocalDate lastDeloadEnd, Thresholds t) {
        this.byTest = byTest;
        this.lastDeloadEnd = lastDeloadEnd;
        this.t = t;
    }

    /** @param lastDeloadEnd last day of the athlete's most recent deload, or null */
    public static PerformanceDecrements of(List<PerformanceInput> inputs, LocalDate lastDeloadEnd, Thresholds t) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(t, "thresholds");
        List<PerformanceInput> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparing(PerformanceInput::date));
        Map<String, List<PerformanceInput>> grouped = new TreeMap<>();
        for (PerformanceInput p : sorted) {
            grouped.computeIfAbsent(p.testName(), k -> new ArrayList<>()).add(p);
        }
        Map<String, List<TestResult>> results = new TreeMap<>();
        grouped.forEach((name, list) -> {
            List<TestResult> evaluated = new ArrayList<>(list.size());
            for (int k = 0; k < list.size(); k++) {
                evaluated.add(evaluate(list.get(k), list.subList(Math.max(0, k - PREVIOUS_RESULTS), k), t));
            }
            results.put(name, List.copyOf(evaluated));
        });
        return new PerformanceDecrements(results, lastDeloadEnd, t);
    }

    /** Compares one result with its previous results (at most the last 3 are used). */
    public static TestResult evaluate(PerformanceInput result, List<PerformanceInput> previous, Thresholds t) {
        double swc = result.smallestWorthwhileChangePercent() == null
                ? t.defaultSwcPercent() : result.smallestWorthwhileChangePercent();
        String head = result.testName() + " " + Fmt.trim(result.value()) + " on " + result.date();
        if (previous.size() < PREVIOUS_RESULTS) {
            Window w = window(previous, result);
            Metric building = Metric.unavailable(Metric.Status.BUILDING, "building history: " + previous.size()
                    + " of " + PREVIOUS_RESULTS + " previous results", METHOD, w);
            return new TestResult(result.testName(), result.date(), result.value(), result.higherIsBetter(), swc,
                    null, building, false, head + ": " + building.reason());
        }
        List<PerformanceInput> last = previous.subList(previous.size() - PREVIOUS_RESULTS, previous.size());
        Window w = window(last, result);
        double mean = 0;
        for (PerformanceInput p : last) {
            mean += p.value();
        }
        mean /= PREVIOUS_RESULTS;
        if (mean <= 0) {
            Metric undefined = Metric.unavailable(Metric.Status.UNDEFINED, "undefined: mean of the previous "
                    + PREVIOUS_RESULTS + " results is " + Fmt.trim(mean), METHOD, w);
            return new TestResult(result.testName(), result.date(), result.value(), result.higherIsBetter(), swc,
                    mean, undefined, false, head + ": " + undefined.reason());
        }
        // Multiply before dividing so that, e.g., 48.5 against 50 is exactly 3 % worse.
        double worsePercent = (result.higherIsBetter() ? mean - result.value() : result.value() - mean) * 100 / mean;
        double change = (result.value() - mean) * 100 / mean;
        boolean decrement = worsePercent > swc;
        String comparison = Fmt.d1(Math.abs(worsePercent)) + " % " + (worsePercent > 0 ? "worse" : "better")
                + " than the mean of the previous " + PREVIOUS_RESULTS + " results (" + Fmt.trim(mean) + ")";
        String verdict = decrement
                ? "a decrement: beyond the smallest worthwhile change of " + Fmt.trim(swc) + " %"
                : "within the smallest worthwhile change of " + Fmt.trim(swc) + " %";
        if (worsePercent <= 0) {
            verdict = "no decrement";
        }
        return new TestResult(result.testName(), result.date(), result.value(), result.higherIsBetter(), swc, mean,
                Metric.ok(change, comparison, METHOD, w), decrement, head + ", " + comparison + ": " + verdict);
    }

    /** From the first compared result to this one; days with data are the distinct test dates. */
    private static Window window(List<PerformanceInput> previous, PerformanceInput result) {
        LocalDate from = previous.isEmpty() ? result.date() : previous.get(0).date();
        long dates = Stream.concat(previous.stream(), Stream.of(result))
                .map(PerformanceInput::date).distinct().count();
        return new Window(from, result.date(), (int) dates);
    }

    /** Every result in test-name, then date order. */
    public List<TestResult> results() {
        List<TestResult> all = new ArrayList<>();
        byTest.values().forEach(all::addAll);
        return all;
    }

    /** The latest result of each test on or before {@code day}, in test-name order. */
    public List<TestResult> latestAsOf(LocalDate day) {
        List<TestResult> latest = new ArrayList<>(byTest.size());
        for (List<TestResult> results : byTest.values()) {
            TestResult r = latestOnOrBefore(results, day);
            if (r != null) {
                latest.add(r);
            }
        }
        return latest;
    }

    /** Latest results that are decrements recorded within the performance window ending on {@code day}. */
    public List<TestResult> recentDecrementsAsOf(LocalDate day) {
        List<TestResult> recent = new ArrayList<>();
        for (TestResult r : latestAsOf(day)) {
            if (isRecentDecrement(r, day)) {
                recent.add(r);
            }
        }
        return recent;
    }

    /**
     * A decrement that persists after the last deload: the test's latest result before the deload ended was a
     * decrement, and its latest result now is again a decrement, recorded at least 14 days after the deload
     * ended and within the performance window. Returns the reason, or empty.
     */
    public Optional<String> medicalReviewAsOf(LocalDate day) {
        if (lastDeloadEnd == null) {
            return Optional.empty();
        }
        LocalDate earliestRetest = lastDeloadEnd.plusDays(t.medicalReviewDaysAfterDeload());
        for (List<TestResult> results : byTest.values()) {
            TestResult now = latestOnOrBefore(results, day);
            TestResult before = latestOnOrBefore(results, lastDeloadEnd);
            if (now != null && before != null && before.decrement() && isRecentDecrement(now, day)
                    && !now.date().isBefore(earliestRetest)) {
                return Optional.of("Suggest a medical review: " + now.testName() + " is still below its level "
                        + t.medicalReviewDaysAfterDeload() + " or more days after the deload that ended "
                        + lastDeloadEnd + " (" + now.sentence() + "; before the deload ended: " + before.sentence()
                        + "). Non-functional overreaching and overtraining syndrome are diagnosed by clinicians, "
                        + "by exclusion, never by this app.");
            }
        }
        return Optional.empty();
    }

    private boolean isRecentDecrement(TestResult r, LocalDate day) {
        return r.decrement() && r.date().isAfter(day.minusDays(t.performanceWindowDays()));
    }

    private static TestResult latestOnOrBefore(List<TestResult> results, LocalDate day) {
        int low = 0;
        int high = results.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (results.get(mid).date().isAfter(day)) {
                high = mid - 1;
            } else {
                found = mid;
                low = mid + 1;
            }
        }
        return found < 0 ? null : results.get(found);
    }
}
