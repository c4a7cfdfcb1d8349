package app.deload.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the values of one line of a file by column, collecting a reason, named after the column, for each value
 * that is wrong; the line is imported only when there is none.
 */
final class LineCheck {

    /** Monitoring reads history from this date on; anything earlier is a typo. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,6}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,6})?");

    private final int line;
    private final List<String> cells;
    private final List<String> names;
    private final List<String> reasons = new ArrayList<>();

    LineCheck(CsvReader.Record record, List<String> names) {
        this.line = record.line();
        this.cells = record.cells();
        this.names = names;
    }

    int line() {
        return line;
    }

    /** The value as written, trimmed, without the export's formula guard. */
    String text(int column) {
        return CsvWriter.undefuse(cells.get(column).strip());
    }

    boolean blank(int column) {
        return text(column).isEmpty();
    }

    Roster.Member athlete(int column, Roster roster) {
        String code = text(column);
        if (code.isEmpty()) {
            return fail(names.get(column) + " is empty: give the athlete's code from the roster.");
        }
        return roster.find(code).orElseGet(() -> fail(names.get(column) + " “" + code
                + "” is not the code of an athlete on this team's roster."));
    }

    /** A team-local date from 2000-01-01 to tomorrow: imports hold what has happened. */
    LocalDate date(int column, LocalDate today) {
        String raw = text(column);
        LocalDate date;
        try {
            date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return fail(names.get(column) + " “" + raw + "” is not a date as YYYY-MM-DD.");
        }
        if (date.isAfter(today.plusDays(1))) {
            return fail(names.get(column) + " " + date + " is after tomorrow (" + today.plusDays(1)
                    + ", team time): only what has happened can be imported.");
        }
        if (date.isBefore(EARLIEST)) {
            return fail(names.get(column) + " " + date + " is before " + EARLIEST + ".");
        }
        return date;
    }

    /** A whole number from min to max; null when empty and not required. */
    Integer whole(int column, int min, int max, boolean required) {
        String raw = text(column);
        if (raw.isEmpty() && !required) {
            return null;
        }
        if (WHOLE.matcher(raw).matches()) {
            int value = Integer.parseInt(raw);
            if (value >= min && value <= max) {
                return value;
            }
        }
        return fail(names.get(column) + (raw.isEmpty() ? " is empty: it" : " “" + raw + "”")
                + " must be a whole number from " + min + " to " + max + ".");
    }

    /** A non-negative decimal number with a decimal point, or null when empty; bad text gets a reason. */
    BigDecimal decimal(int column, String expected) {
        String raw = text(column);
        if (raw.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(raw).matches()) {
            return fail(names.get(column) + " “" + raw + "” must be " + expected + ".");
        }
        return new BigDecimal(raw);
    }

    /** Free text of at most {@code max} characters; null when empty. */
    String note(int column, int max) {
        String raw = text(column);
        if (raw.length() > max) {
            return fail(names.get(column) + " has " + raw.length() + " characters; at most " + max + " are allowed.");
        }
        return raw.isEmpty() ? null : raw;
    }

    /** Records a reason; returns null so a parse can give up on the value in one statement. */
    <T> T fail(String reason) {
        reasons.add(reason);
        return null;
    }

    boolean ok() {
        return reasons.isEmpty();
    }

    Optional<RowProblem> problem() {
        return ok() ? Optional.empty() : Optional.of(new RowProblem(line, String.join(" ", reasons)));
    }
}
