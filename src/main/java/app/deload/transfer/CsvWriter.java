package app.deload.transfer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV as {@link CsvReader} reads it (RFC 4180, CRLF line ends). A text value that a spreadsheet would
 * evaluate as a formula (starting with = + - or @, and not a number) gets a leading apostrophe, which the
 * import removes again, so exported files are safe to open and still re-import to the same data.
 */
public final class CsvWriter {

    /** Excel reads UTF-8 only with a byte-order mark; the import accepts files with or without one. */
    static final String BOM = "\uFEFF";
    private static final String FORMULA_START = "=+-@";
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private final StringBuilder csv = new StringBuilder();

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(cells.get(i)));
        }
        csv.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    static String escape(String value) {
        String safe = defuse(value == null ? "" : value);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
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
