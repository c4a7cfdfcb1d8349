package app.deload.planning;

import java.time.LocalDate;

/**
 * A dated stretch of reduced volume: a deload (planned or brought forward) or a taper (its two weeks).
 *
 * @param reduction the planned cut, r for a deload, t for a taper
 */
public record DeloadPeriod(LocalDate start, LocalDate end, WeekKind kind, double reduction) {
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
