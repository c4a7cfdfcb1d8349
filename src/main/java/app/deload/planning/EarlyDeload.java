package app.deload.planning;

import java.time.LocalDate;
import java.util.Objects;

/** A deload brought forward by an accepted proposal, starting on this day (any weekday). */
public record EarlyDeload(LocalDate start) {
    public EarlyDeload {
        Objects.requireNonNull(start, "start");
    }

    /** The last day of the deload: the end of the start's week from Monday to Thursday, else the following Sunday. */
    public LocalDate end() {
        LocalDate sunday = start.plusDays(7 - start.getDayOfWeek().getValue());
        return remainingDaysInWeek() >= 4 ? sunday : sunday.plusWeeks(1);
    }

    /** Days from the start to the end of its week, both included: Monday 7 … Sunday 1. */
    public int remainingDaysInWeek() {
        return 8 - start.getDayOfWeek().getValue();
    }
}
