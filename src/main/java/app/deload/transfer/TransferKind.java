package app.deload.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import app.deload.training.SessionType;
import app.deload.wellness.SoreArea;

/**
 * The two kinds of CSV a team imports and exports, with their columns (the order is the format) and what
 * each column holds. The import page shows these descriptions; the templates hold the header and two examples.
 */
public enum TransferKind {
    SESSIONS("sessions", "Sessions with RPE", List.of(
            new Column("athlete_code", true, "The athlete's code on this team's roster (letters, digits, . _ -)."),
            new Column("date", true, "Team-local date as YYYY-MM-DD, from 2000-01-01 to tomorrow."),
            new Column("start_time", false, "Team-local start as HH:MM (24 h). Empty: an individual session "
                    + "logged without a time."),
            new Column("type", true, "One of " + types() + "."),
            new Column("minutes", true, "Whole minutes the athlete trained, 1 to 600."),
            new Column("rpe", false, "Session RPE on the CR-10 scale, a whole number 0 to 10. Empty: attended "
                    + "but not rated yet (missing, never zero); only a session that has started can be rated."),
            new Column("notes", false, "Notes of the session, at most 1000 characters; rows of one session carry "
                    + "the same notes or none.")),
            List.of(List.of("EXAMPLE-1", "2026-03-02", "17:30", "conditioning", "75", "6", "Intervals 6 x 4 min"),
                    List.of("EXAMPLE-2", "2026-03-02", "17:30", "conditioning", "60", "", ""))),
    WELLNESS("wellness", "Wellness questionnaires", List.of(
            new Column("athlete_code", true, "The athlete's code on this team's roster."),
            new Column("date", true, "The morning's team-local date as YYYY-MM-DD, from 2000-01-01 to tomorrow."),
            new Column("fatigue", true, "1 (always tired) to 5 (very fresh)."),
            new Column("sleep_quality", true, "1 (insomnia) to 5 (very restful)."),
            new Column("soreness", true, "1 (very sore) to 5 (feeling great)."),
            new Column("stress", true, "1 (highly stressed) to 5 (very relaxed)."),
            new Column("mood", true, "1 (highly annoyed, irritable, down) to 5 (very positive)."),
            new Column("sleep_hours", true, "Hours slept, 0 to 16 in quarter hours with a decimal point: 7, 7.25, "
                    + "7.5, 7.75."),
            new Column("resting_hr", false, "Morning resting heart rate, whole bpm, 25 to 150."),
            new Column("rmssd", false, "Morning RMSSD in ms, 3 to 300, at most one decimal."),
            new Column("sore_areas", false, "Sore body areas separated by semicolons, from: " + areas() + "."),
            new Column("comment", false, "At most 500 characters.")),
            List.of(List.of("EXAMPLE-1", "2026-03-02", "4", "4", "3", "5", "4", "7.5", "52", "61.4",
                    "calves;lower_back", "Long bus ride"),
                    List.of("EXAMPLE-2", "2026-03-02", "3", "2", "4", "3", "4", "6.25", "", "", "", "")));

    /** One column of the format, as the import page documents it. */
    public record Column(String name, boolean required, String description) {
    }

    private final String key;
    private final String label;
    private final List<Column> columns;
    private final List<List<String>> examples;

    TransferKind(String key, String label, List<Column> columns, List<List<String>> examples) {
        this.key = key;
        this.label = label;
        this.columns = columns;
        this.examples = examples;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public String header() {
        return String.join(",", columnNames());
    }

    /** The header and two example rows, with a byte-order mark so spreadsheets read it as UTF-8. */
    public String template() {
        CsvWriter csv = new CsvWriter().row(columnNames());
        examples.forEach(csv::row);
        return CsvWriter.BOM + csv;
    }

    public static Optional<TransferKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key == null ? "" : key.strip())).findFirst();
    }

    private static String types() {
        return Arrays.stream(SessionType.values()).map(SessionType::key).collect(Collectors.joining(", "));
    }

    private static String areas() {
        return Arrays.stream(SoreArea.values()).map(SoreArea::code).collect(Collectors.joining(", "));
    }
}
