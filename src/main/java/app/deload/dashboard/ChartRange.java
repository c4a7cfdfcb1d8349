package app.deload.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The days a chart page shows: the last 4 or 12 weeks, the season (the athlete's history, at most a year) or a
 * custom range of at most a year. Invalid custom dates keep what was typed and say what is wrong.
 *
 * @param error null when valid; then from and to are set
 */
public record ChartRange(String choice, LocalDate from, LocalDate to, String fromText, String toText, String error) {

    public static final int MAX_DAYS = 366;
    public static final String FOUR_WEEKS = "4w";
    public static final String TWELVE_WEEKS = "12w";
    public static final String SEASON = "season";
    public static final String CUSTOM = "custom";

    /**
     * @param historyStart the athlete's first day, or null when unknown (the season is then the last year)
     */
    public static ChartRange parse(String choice, String from, String to, LocalDate today, LocalDate historyStart) {
        String c = choice == null || choice.isBlank() ? FOUR_WEEKS : choice.trim();
        return switch (c) {
            case TWELVE_WEEKS -> last(c, 84, today);
            case SEASON -> {
                LocalDate yearAgo = today.minusDays(MAX_DAYS - 1);
                LocalDate start = historyStart == null || historyStart.isBefore(yearAgo) ? yearAgo
                        : historyStart.isAfter(today.minusDays(27)) ? today.minusDays(27) : historyStart;
                yield new ChartRange(c, start, today, start.toString(), today.toString(), null);
            }
            case CUSTOM -> custom(from, to, today);
            default -> last(FOUR_WEEKS, 28, today);
        };
    }

    private static ChartRange last(String choice, int days, LocalDate today) {
        LocalDate start = today.minusDays(days - 1);
        return new ChartRange(choice, start, today, start.toString(), today.toString(), null);
    }

    private static ChartRange custom(String from, String to, LocalDate today) {
        String fromText = from == null ? "" : from.trim();
        String toText = to == null ? "" : to.trim();
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(fromText);
            end = toText.isEmpty() ? today : LocalDate.parse(toText);
        } catch (DateTimeParseException e) {
            return invalid(fromText, toText, "Enter both dates as dates, e.g. 2026-09-01.");
        }
        if (end.isAfter(today)) {
            return invalid(fromText, toText, "The range must end today or earlier.");
        }
        if (start.isAfter(end)) {
            return invalid(fromText, toText, "The first date must not be after the last.");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            return invalid(fromText, toText, "Choose at most " + MAX_DAYS + " days.");
        }
        return new ChartRange(CUSTOM, start, end, fromText, end.toString(), null);
    }

    private static ChartRange invalid(String from, String to, String message) {
        return new ChartRange(CUSTOM, null, null, from, to, message);
    }

    public boolean valid() {
        return error == null;
    }
}
