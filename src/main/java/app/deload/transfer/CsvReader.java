package app.deload.transfer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 defines it: comma separated, CRLF or LF line ends, values in double quotes may hold
 * commas, quotes (doubled) and line breaks. Input is UTF-8 with or without a byte-order mark. Each record keeps
 * the line it starts on, so every problem can be reported with the line a spreadsheet shows.
 */
final class CsvReader {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    /** One record: its first line (1-based), its values as written, and why it is malformed, if it is. */
    record Record(int line, List<String> cells, String problem) {

        boolean blank() {
            return cells.size() == 1 && cells.get(0).isBlank() && problem == null;
        }
    }

    /** The records of a file, or why the file could not be read as text at all. */
    record Result(List<Record> records, RowProblem unreadable) {
    }

    private CsvReader() {
    }

    static Result read(byte[] bytes) {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CoderResult result = decoder.decode(in, text, true);
        if (result.isError()) {
            return new Result(List.of(), new RowProblem(lineAt(bytes, in.position()),
                    "The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8 (comma delimited)”."));
        }
        decoder.flush(text);
        text.flip();
        return new Result(parse(text.toString()), null);
    }

    /** The records of text; blank lines are left out. */
    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String problem = null;
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean closed = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < length && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 == length || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                closed = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                add(records, new Record(recordLine, List.copyOf(cells), problem));
                cells.clear();
                cell.setLength(0);
                problem = null;
                closed = false;
                line++;
                recordLine = line;
            } else if (c == '"' && cell.length() == 0 && !closed) {
                quoted = true;
            } else if (closed) {
                if (problem == null) {
                    problem = "Text follows a closing quote; a quoted value must be followed by a comma or the end of "
                            + "the line (write a quote inside a quoted value as two quotes \"\").";
                }
                cell.append(c);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            add(records, new Record(recordLine, List.of(), "A quoted value starting on this line is never closed, "
                    + "so the rest of the file cannot be read."));
        } else if (cell.length() > 0 || !cells.isEmpty() || closed) {
            cells.add(cell.toString());
            add(records, new Record(recordLine, List.copyOf(cells), problem));
        }
        return records;
    }

    private static void add(List<Record> records, Record record) {
        if (!record.blank()) {
            records.add(record);
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
