package app.deload.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The date rules of planning pages and the API, in one place. */
final class PlanDates {

    /** A plan may start up to a year back (to record the plan a squad is already on) and up to two years ahead. */
    static final int PAST_DAYS = 365;
    static final int FUTURE_DAYS = 2 * 365;

    private PlanDates() {
    }

    static LocalDate nextMonday(LocalDate day) {
        return day.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    static LocalDate monday(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }

    /** An ISO date, or empty for anything else (including years beyond 9999). */
    static Optional<LocalDate> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
