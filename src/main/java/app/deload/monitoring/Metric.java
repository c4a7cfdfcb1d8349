package app.deload.monitoring;

import java.util.Objects;

/**
 * One displayed number with its provenance: either a value (status OK) or the reason there is none.
 * Templates show {@code value} when {@link #isAvailable()}, otherwise {@code reason}; {@code method} and
 * {@code window} say how and over which days it was computed ({@code window} is null for single-day values).
 */
public record Metric(Double value, Status status, String reason, String method, Window window) {

    public enum Status {
        /** A value is present. */
        OK,
        /** Not enough history or baseline yet ("building history: 12 of 28 days"). */
        BUILDING,
        /** Computable but deliberately hidden (ratio with chronic load below 1 AU/day). */
        SUPPRESSED,
        /** The window is under the completeness minimum ("insufficient data: 5 of 7 days complete"). */
        INSUFFICIENT,
        /** Mathematically undefined (SD 0, previous week 0). */
        UNDEFINED,
        /** Nothing recorded for this day. */
        NO_DATA
    }

    public Metric {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(method, "method");
        if ((value != null) != (status == Status.OK)) {
            throw new IllegalArgumentException("a value must be present exactly when the status is OK (status "
                    + status + ", value " + value + ")");
        }
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite but was " + value);
        }
    }

    public static Metric ok(double value, String reason, String method, Window window) {
        return new Metric(value, Status.OK, reason, method, window);
    }

    public static Metric unavailable(Status status, String reason, String method, Window window) {
        if (status == Status.OK) {
            throw new IllegalArgumentException("an unavailable metric cannot have status OK");
        }
        return new Metric(null, status, reason, method, window);
    }

    /** The same absence (status and reason) reported for a metric derived from this one. */
    Metric unavailableAs(String method, Window window) {
        return unavailable(status, reason, method, window);
    }

    public boolean isAvailable() {
        return status == Status.OK;
    }

    /** Strictly above: a value equal to the threshold is not above it. */
    public boolean isAbove(double threshold) {
        return value != null && value > threshold;
    }

    public boolean isBelow(double threshold) {
        return value != null && value < threshold;
    }
}
