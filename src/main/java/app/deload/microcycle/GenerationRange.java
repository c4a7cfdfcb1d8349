package app.deload.microcycle;

import app.deload.web.FormErrors;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The days a generation covers: from tomorrow on, at most 12 weeks; by default the next 4 weeks from next Monday. */
public record GenerationRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 12 * 7;

    public static GenerationRange standard(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return new GenerationRange(monday, monday.plusWeeks(4).minusDays(1));
    }

    /** The range from the raw values (empty: the default's), or empty with the errors named by field. */
    public static Optional<GenerationRange> parse(String fromRaw, String toRaw, LocalDate today, FormErrors errors) {
        GenerationRange standard = standard(today);
        LocalDate from = day(fromRaw, standard.from(), "from", errors);
        LocalDate to = day(toRaw, from == null ? null : from.plusWeeks(4).minusDays(1), "to", errors);
        if (from == null || to == null) {
            return Optional.empty();
        }
        if (!from.isAfter(today)) {
            errors.add("from", "Start tomorrow (" + today.plusDays(1) + ") or later: sessions of today and before "
                    + "are not generated.");
        } else if (to.isBefore(from)) {
            errors.add("to", "The last day must not be before the first (" + from + ").");
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            errors.add("to", "Generate at most 12 weeks at a time (until " + from.plusDays(MAX_DAYS - 1) + ").");
        }
        return errors.any() ? Optional.empty() : Optional.of(new GenerationRange(from, to));
    }

    private static LocalDate day(String raw, LocalDate fallback, String field, FormErrors errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            LocalDate d = LocalDate.parse(raw.trim());
            if (d.getYear() < 2000 || d.getYear() > 2200) {
                errors.add(field, "Enter a date between the years 2000 and 2200.");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter a date as YYYY-MM-DD.");
            return null;
        }
    }
}
