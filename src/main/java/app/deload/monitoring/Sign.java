package app.deload.monitoring;

import java.util.Objects;

/**
 * One reason a domain is active today, with the numbers a coach can check.
 *
 * @param measure   what was measured, e.g. "EWMA acute:chronic ratio"
 * @param value     today's value of the measure
 * @param baseline  what it was compared with (chronic load, baseline mean, normal range edge...), or null
 * @param threshold the heuristic it crossed
 * @param window    the days it covers and how many had data
 * @param sentence  the sign in plain words with the numbers
 */
public record Sign(Domain domain, String measure, double value, Double baseline, double threshold, Window window,
                   String sentence) {

    public Sign {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(sentence, "sentence");
    }
}
