package app.deload.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The one reading of a date in a URL's query ({@code ?date=}, {@code ?week=}, {@code ?month=}, {@code ?from=&to=}): ISO
 * {@code YYYY-MM-DD} from {@link #EARLIEST} to two years after the team's today. Anything else is refused with
 * {@link InvalidDateParameter}, which answers 400: a page in the layout, or a problem document under /api/.
 */
public final class DateParameters {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int YEARS_AHEAD = 2;

    private DateParameters() {
    }

    /** A query date, {@code whenAbsent} when the parameter is missing or blank. */
    public static LocalDate day(String name, String raw, LocalDate whenAbsent, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return whenAbsent;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(raw.strip());
        } catch (DateTimeException e) {
            throw new InvalidDateParameter("“" + name + "” must be a date as YYYY-MM-DD, e.g. 2026-03-02.");
        }
        LocalDate latest = today.plusYears(YEARS_AHEAD);
        if (day.isBefore(EARLIEST) || day.isAfter(latest)) {
            throw new InvalidDateParameter("“" + name + "” must be from " + EARLIEST + " to " + latest + ".");
        }
        return day;
    }

    /** A query month ({@code YYYY-MM}) in the same range, {@code whenAbsent} when missing or blank. */
    public static YearMonth month(String name, String raw, YearMonth whenAbsent, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return whenAbsent;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(raw.strip());
        } catch (DateTimeException e) {
            throw new InvalidDateParameter("“" + name + "” must be a month as YYYY-MM, e.g. 2026-03.");
        }
        YearMonth latest = YearMonth.from(today.plusYears(YEARS_AHEAD));
        if (month.isBefore(YearMonth.from(EARLIEST)) || month.isAfter(latest)) {
            throw new InvalidDateParameter("“" + name + "” must be from " + YearMonth.from(EARLIEST) + " to " + latest
                    + ".");
        }
        return month;
    }

    /** A query date on a page that shows the past: a later date shows today. */
    public static LocalDate dayUpToToday(String name, String raw, LocalDate today) {
        LocalDate day = day(name, raw, today, today);
        return day.isAfter(today) ? today : day;
    }

    /**
     * The {@code from}/{@code to} range: by default the {@code defaultDays} days up to {@code to} (today when
     * absent), at most {@code maxDays} days long and ending no later than tomorrow.
     */
    public static Range range(String from, String to, LocalDate today, int defaultDays, int maxDays) {
        LocalDate end = day("to", to, today, today);
        LocalDate start = day("from", from, end.minusDays(defaultDays - 1L), today);
        if (start.isBefore(EARLIEST)) {
            start = EARLIEST;
        }
        if (start.isAfter(end)) {
            throw new InvalidDateParameter("“from” must not be after “to”.");
        }
        if (end.isAfter(today.plusDays(1))) {
            throw new InvalidDateParameter("“to” must not be after tomorrow (" + today.plusDays(1) + ").");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
            throw new InvalidDateParameter("Ask for at most " + maxDays + " days at once.");
        }
        return new Range(start, end);
    }

    /** Both ends included. */
    public record Range(LocalDate from, LocalDate to) {
    }

    /** A query date that is not one, or out of range; the message says what is expected. */
    public static final class InvalidDateParameter extends RuntimeException {

        InvalidDateParameter(String message) {
            super(message, null, false, false);
        }
    }
}
