package app.deload.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordWrapper;

/**
 * Reads CSV as RFC 4180 defines it, with FastCSV: comma separated, CRLF, LF or CR line ends, values in double
 * quotes may hold commas, quotes (doubled) and line breaks. Input is UTF-8 with or without a byte-order mark. Each
 * record keeps the line it starts on, so every problem can be reported with the line a spreadsheet shows. Broken
 * quoting is reported at the line of its record: text after a closing quote (FastCSV refuses the record; reading
 * goes on with the next line) and a quoted value never closed (FastCSV reads it to the end of the file, so this
 * class checks the end).
 */
final class CsvReader {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final Pattern STARTED_IN_LINE = Pattern.compile("started in line (\\d+)");
    static final String TEXT_AFTER_QUOTE = "Text follows a closing quote; a quoted value must be followed by a comma "
            + "or the end of the line (write a quote inside a quoted value as two quotes \"\").";
    static final String NEVER_CLOSED = "A quoted value starting on this line is never closed, so the rest of the "
            + "file cannot be read.";

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

    /**
     * The records of text; blank lines are left out. A record with text after a closing quote is reported at its
     * line and the reading goes on with the next line, so every bad line is listed.
     */
    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        String rest = text;
        int linesBefore = 0;
        while (rest != null) {
            Cells cells = new Cells(linesBefore);
            int refusedLine = readUntilRefused(rest, cells, records);
            if (refusedLine < 0) {
                if (cells.lastQuoted && !records.isEmpty() && !rest.stripTrailing().endsWith("\"")) {
                    Record last = records.remove(records.size() - 1);
                    records.add(new Record(last.line(), List.of(), NEVER_CLOSED));
                }
                return records;
            }
            records.add(new Record(refusedLine, List.of(), TEXT_AFTER_QUOTE));
            rest = afterLine(rest, refusedLine - linesBefore);
            linesBefore = refusedLine;
        }
        return records;
    }

    /** Reads records into {@code records}; the line of a record FastCSV refuses, or −1 at the end of the text. */
    private static int readUntilRefused(String text, Cells cells, List<Record> records) {
        int before = records.size();
        try (de.siegmar.fastcsv.reader.CsvReader<Record> reader = de.siegmar.fastcsv.reader.CsvReader.builder()
                .acceptCharsAfterQuotes(false).ignoreDifferentFieldCount(true).skipEmptyLines(true)
                .build(cells, text)) {
            Iterator<Record> iterator = reader.iterator();
            while (true) {
                try {
                    if (!iterator.hasNext()) {
                        return -1;
                    }
                    Record record = iterator.next();
                    if (!record.blank()) {
                        records.add(record);
                    }
                } catch (CsvParseException e) {
                    return cells.linesBefore + lineOf(e, records.subList(before, records.size()), cells.linesBefore);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string", e);
        }
    }

    /** The text after its {@code line}-th line (CRLF, LF or CR ends a line), or null when there is none. */
    private static String afterLine(String text, int line) {
        int seen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (++seen == line) {
                    return i + 1 < text.length() ? text.substring(i + 1) : null;
                }
            }
        }
        return null;
    }

    /** FastCSV names the line, within the text it read, that the refused record starts on. */
    private static int lineOf(CsvParseException e, List<Record> readBefore, int linesBefore) {
        Matcher line = STARTED_IN_LINE.matcher(String.valueOf(e.getMessage()));
        if (line.find()) {
            return Integer.parseInt(line.group(1));
        }
        return readBefore.isEmpty() ? 1 : readBefore.get(readBefore.size() - 1).line() - linesBefore + 1;
    }

    /** Collects each record's values and remembers whether the last value read was quoted. */
    private static final class Cells extends AbstractBaseCsvCallbackHandler<Record> {

        private final List<String> values = new ArrayList<>();
        private final int linesBefore;
        private boolean lastQuoted;

        Cells(int linesBefore) {
            this.linesBefore = linesBefore;
        }

        @Override
        protected void handleBegin(long startingLineNumber) {
            values.clear();
            lastQuoted = false;
        }

        @Override
        protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
            values.add(new String(buffer, offset, length));
            lastQuoted = quoted;
        }

        @Override
        protected RecordWrapper<Record> buildRecord() {
            return wrapRecord(new Record(linesBefore + (int) getStartingLineNumber(), List.copyOf(values), null));
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
