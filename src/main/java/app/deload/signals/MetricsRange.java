package app.deload.signals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** A requested date range for metrics: defaults to the last 28 days, ISO dates, bounded in length. */
public record MetricsRange(LocalDate from, LocalDate to, String error) {

    public static MetricsRange parse(String from, String to, LocalDate today, int maxDays) {
        try {
            LocalDate end = to == null || to.isBlank() ? today : LocalDate.parse(to.trim());
            LocalDate start = from == null || from.isBlank() ? end.minusDays(27) : LocalDate.parse(from.trim());
            if (start.isAfter(end)) {
                return new MetricsRange(null, null, "'from' must not be after 'to'.");
            }
            if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
                return new MetricsRange(null, null, "Ask for at most " + maxDays + " days at once.");
            }
            if (end.isAfter(today.plusDays(1))) {
                return new MetricsRange(null, null, "'to' must not be after tomorrow.");
            }
            return new MetricsRange(start, end, null);
        } catch (DateTimeParseException e) {
            return new MetricsRange(null, null, "Dates must be ISO dates, e.g. 2026-11-25.");
        }
    }
}
