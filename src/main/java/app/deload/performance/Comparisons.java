package app.deload.performance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.deload.monitoring.Metric;
import app.deload.monitoring.PerformanceDecrements;
import app.deload.monitoring.PerformanceInput;
import app.deload.monitoring.TestResult;
import app.deload.monitoring.Thresholds;

/**
 * Each result compared with the mean of the same athlete's previous 3 results of the same test (science.md §9),
 * by the monitoring core, and worded for a table cell.
 */
final class Comparisons {

    /** The comparison as shown beside a result. */
    record Comparison(String change, boolean decrement, String explanation) {
    }

    private Comparisons() {
    }

    /** @param results oldest first, with test and athlete loaded */
    static Map<Long, Comparison> of(List<PerformanceResult> results, Thresholds thresholds) {
        Map<String, List<PerformanceInput>> previous = new HashMap<>();
        Map<Long, Comparison> byResult = new HashMap<>();
        for (PerformanceResult r : results) {
            List<PerformanceInput> before = previous.computeIfAbsent(r.test.id + "/" + r.athlete.id,
                    k -> new ArrayList<>());
            PerformanceInput input = r.toInput();
            TestResult compared = PerformanceDecrements.evaluate(input,
                    before.subList(Math.max(0, before.size() - PerformanceDecrements.PREVIOUS_RESULTS), before.size()),
                    thresholds);
            byResult.put(r.id, describe(compared));
            before.add(input);
        }
        return byResult;
    }

    private static Comparison describe(TestResult compared) {
        Metric change = compared.changePercent();
        if (!change.isAvailable()) {
            return new Comparison(change.reason(), false, compared.sentence());
        }
        double percent = change.value();
        String signed = (percent > 0 ? "+" : percent < 0 ? "−" : "±") + String.format(Locale.ROOT, "%.1f",
                Math.abs(percent)) + " %";
        return new Comparison(signed, compared.decrement(), compared.sentence());
    }
}
