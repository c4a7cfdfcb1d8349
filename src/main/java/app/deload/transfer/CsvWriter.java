package app.deload.transfer;

import java.io.StringWriter;
import java.util.List;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * Writes CSV as {@link CsvReader} reads it (RFC 4180, CRLF line ends), with FastCSV's writer, which quotes a value
 * only when it holds a comma, a quote or a line break. A text value that a spreadsheet would evaluate as a formula
 * (starting with = + - or @, and not a number) gets a leading apostrophe, which the import removes again, so
 * exported files are safe to open and still re-import to the same data.
 */
public final class CsvWriter {

    /** Excel reads UTF-8 only with a byte-order mark; the import accepts files with or without one. */
    static final String BOM = "\uFEFF";
    private static final String FORMULA_START = "=+-@";
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private final StringWriter text = new StringWriter();
    private final de.siegmar.fastcsv.writer.CsvWriter csv = de.siegmar.fastcsv.writer.CsvWriter.builder()
            .lineDelimiter(LineDelimiter.CRLF).autoFlush(true).build(text);

    public CsvWriter row(List<String> cells) {
        csv.writeRecord(cells.stream().map(c -> defuse(c == null ? "" : c)).toList());
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** One value as it appears in a row. */
    static String escape(String value) {
        String row = new CsvWriter().row(java.util.Collections.singletonList(value)).toString();
        return row.substring(0, row.length() - 2);
    }

    static String defuse(String value) {
        boolean formula = !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0
                && !NUMBER.matcher(value).matches();
        return formula ? "'" + value : value;
    }

    /** Undoes {@link #defuse}: the apostrophe before a formula character is the export's guard, not data. */
    static String undefuse(String value) {
        boolean guarded = value.length() > 1 && value.charAt(0) == '\'' && FORMULA_START.indexOf(value.charAt(1)) >= 0;
        return guarded ? value.substring(1) : value;
    }
}
