package app.deload.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * An uploaded file checked as a whole: readable UTF-8 CSV, the kind's header on the first line, at most
 * {@link #MAX_ROWS} rows, each with the header's number of values and each value right. The checked rows are
 * kept as a payload (CSV with each row's original line number first), which the confirmation checks again
 * against the data as it is then.
 */
final class ImportFile {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    private static final String LINE_COLUMN = "line";

    private ImportFile() {
    }

    static Checked<? extends ImportRow> check(TransferKind kind, byte[] bytes, Roster roster, ZonedDateTime now) {
        CsvReader.Result read = CsvReader.read(bytes);
        if (read.unreadable() != null) {
            return Checked.refused(read.unreadable());
        }
        List<CsvReader.Record> records = read.records();
        if (records.isEmpty()) {
            return Checked.refused(new RowProblem(1, "The file is empty. The first line must be the header: "
                    + kind.header()));
        }
        CsvReader.Record header = records.get(0);
        if (!isHeaderOf(kind, header)) {
            return Checked.refused(new RowProblem(header.line(), wrongHeader(kind, header)));
        }
        List<CsvReader.Record> data = records.subList(1, records.size());
        if (data.isEmpty()) {
            return Checked.refused(new RowProblem(header.line(), "The file has its header but no rows."));
        }
        if (data.size() > MAX_ROWS) {
            return Checked.refused(new RowProblem(header.line(), "The file has " + data.size() + " rows; import "
                    + "at most " + MAX_ROWS + " at once, e.g. split the file by date."));
        }
        return checkRows(kind, data, roster, now);
    }

    /** The rows of a stored payload, checked again with today's roster and date. */
    static Checked<? extends ImportRow> checkPayload(TransferKind kind, String payload, Roster roster,
            ZonedDateTime now) {
        List<CsvReader.Record> records = CsvReader.parse(payload);
        List<CsvReader.Record> data = new ArrayList<>(records.size());
        for (CsvReader.Record record : records.subList(1, records.size())) {
            List<String> cells = record.cells();
            data.add(new CsvReader.Record(Integer.parseInt(cells.get(0)), cells.subList(1, cells.size()), null));
        }
        return checkRows(kind, data, roster, now);
    }

    static String payload(TransferKind kind, List<? extends ImportRow> rows) {
        List<String> header = new ArrayList<>();
        header.add(LINE_COLUMN);
        header.addAll(kind.columnNames());
        CsvWriter csv = new CsvWriter().row(header);
        for (ImportRow row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(row.line()));
            cells.addAll(row.cells());
            csv.row(cells);
        }
        return csv.toString();
    }

    static String checksum(String payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Checked<? extends ImportRow> checkRows(TransferKind kind, List<CsvReader.Record> data,
            Roster roster, ZonedDateTime now) {
        List<CsvReader.Record> wellFormed = new ArrayList<>(data.size());
        List<RowProblem> malformed = new ArrayList<>();
        int columns = kind.columns().size();
        for (CsvReader.Record record : data) {
            if (record.problem() != null) {
                malformed.add(new RowProblem(record.line(), record.problem()));
            } else if (record.cells().size() != columns) {
                malformed.add(new RowProblem(record.line(), "The line has " + record.cells().size()
                        + " values where the header has " + columns + " (" + kind.header() + ")."));
            } else {
                wellFormed.add(record);
            }
        }
        Checked<? extends ImportRow> checked = switch (kind) {
            case SESSIONS -> SessionsCsv.check(wellFormed, roster, now);
            case WELLNESS -> WellnessCsv.check(wellFormed, roster, now.toLocalDate());
        };
        if (malformed.isEmpty()) {
            return checked;
        }
        List<RowProblem> problems = new ArrayList<>(checked.problems());
        problems.addAll(malformed);
        return new Checked<>(checked.rows(), problems);
    }

    private static boolean isHeaderOf(TransferKind kind, CsvReader.Record header) {
        return header.problem() == null && header.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT))
                .toList().equals(kind.columnNames());
    }

    private static String wrongHeader(TransferKind kind, CsvReader.Record header) {
        for (TransferKind other : TransferKind.values()) {
            if (other != kind && isHeaderOf(other, header)) {
                return "This is a " + other.key() + " file, but you chose " + kind.key() + ". Choose "
                        + other.label() + ", or upload a " + kind.key() + " file.";
            }
        }
        return "The first line must be the header: " + kind.header();
    }
}
