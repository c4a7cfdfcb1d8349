package app.deload.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The calendar days a value was computed over (inclusive) and on how many of them data was present
 * (complete load days, baseline entries, recorded nights...).
 */
public record Window(LocalDate from, LocalDate to, int daysWithData) {

    public Window {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends (" + to + ") before it starts (" + from + ")");
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        if (daysWithData < 0 || daysWithData > days) {
            throw new IllegalArgumentException("daysWithData must be 0–" + days + " but was " + daysWithData);
        }
    }

    public int days() {
        return (int) (to.toEpochDay() - from.toEpochDay() + 1);
    }

    /** Share of the window's days that have data, 0–1. */
    public double completeness() {
        return (double) daysWithData / days();
    }

    /** Whether the share of days with data reaches {@code minimumShare}; the boundary itself is sufficient. */
    public boolean meets(double minimumShare) {
        return daysWithData >= minimumShare * days() - 1e-9;
    }

    /** E.g. "6 of 7 days complete". */
    public String completenessText() {
        return daysWithData + " of " + days() + " days complete";
    }
}
