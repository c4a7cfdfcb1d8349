package app.deload.planning;

import java.time.LocalDate;
import java.util.Objects;

/** A planned (not yet performed) session: its day and planned minutes × planned RPE. */
public record PlannedSessionLoad(LocalDate date, double minutesTimesRpe) {
    public PlannedSessionLoad {
        Objects.requireNonNull(date, "date");
        if (!(minutesTimesRpe >= 0) || Double.isInfinite(minutesTimesRpe)) {
            throw new IllegalArgumentException("planned minutes × RPE must be 0 or more but was " + minutesTimesRpe);
        }
    }
}
