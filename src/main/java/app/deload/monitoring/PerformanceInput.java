package app.deload.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One test result. {@code smallestWorthwhileChangePercent} null means the team default
 * ({@link Thresholds#defaultSwcPercent()}).
 */
public record PerformanceInput(LocalDate date, String testName, double value, boolean higherIsBetter,
                               Double smallestWorthwhileChangePercent) {

    public PerformanceInput {
        Objects.requireNonNull(date, "date");
        if (testName == null || testName.isBlank()) {
            throw new IllegalArgumentException("test name must not be blank");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("test value must be a finite number but was " + value);
        }
        if (smallestWorthwhileChangePercent != null
                && !(smallestWorthwhileChangePercent > 0 && smallestWorthwhileChangePercent <= 50)) {
            throw new IllegalArgumentException("smallest worthwhile change must be above 0 and at most 50 % but was "
                    + smallestWorthwhileChangePercent);
        }
    }
}
