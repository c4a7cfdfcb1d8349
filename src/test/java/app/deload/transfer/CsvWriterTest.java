package app.deload.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesValuesWithACommaQuoteOrLineBreak() {
        assertEquals("plain", CsvWriter.escape("plain"));
        assertEquals("\"a,b\"", CsvWriter.escape("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.escape("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvWriter.escape("two\nlines"));
        assertEquals("\"cr\ronly\"", CsvWriter.escape("cr\ronly"));
        assertEquals("", CsvWriter.escape(null));
    }

    @Test
    void guardsFormulaStartsButNotNumbers() {
        assertEquals("'=1+2", CsvWriter.defuse("=1+2"));
        assertEquals("'+49 170 1234", CsvWriter.defuse("+49 170 1234"));
        assertEquals("'@SUM(A1)", CsvWriter.defuse("@SUM(A1)"));
        assertEquals("'-", CsvWriter.defuse("-"));
        assertEquals("'-cmd", CsvWriter.defuse("-cmd"));
        assertEquals("-5", CsvWriter.defuse("-5"));
        assertEquals("-5.25", CsvWriter.defuse("-5.25"));
        assertEquals("+3", CsvWriter.defuse("+3"));
        assertEquals("a=b", CsvWriter.defuse("a=b"));
    }

    @Test
    void theImportRemovesOnlyTheGuard() {
        assertEquals("=1+2", CsvWriter.undefuse("'=1+2"));
        assertEquals("-cmd", CsvWriter.undefuse("'-cmd"));
        assertEquals("'quoted'", CsvWriter.undefuse("'quoted'"));
        assertEquals("'", CsvWriter.undefuse("'"));
    }

    @Test
    void quotesValuesThatStartWithACommaQuoteOrLineBreak() {
        assertEquals("\",x\"", CsvWriter.escape(",x"));
        assertEquals("\"\"\"x\"", CsvWriter.escape("\"x"));
        assertEquals("\"\nx\"", CsvWriter.escape("\nx"));
        assertEquals("\"\r\nx\"", CsvWriter.escape("\r\nx"));
        assertEquals("\"x,\"", CsvWriter.escape("x,"));
    }

    @Test
    void rowsAreCommaSeparatedWithCrlfEnds() {
        assertEquals("a,,\"b,c\"\r\n'=1,2\r\n", new CsvWriter().row(java.util.Arrays.asList("a", null, "b,c"))
                .row(List.of("=1", "2")).toString());
    }

    @Test
    void valuesStartingWithACommaQuoteOrLineBreakReadBackTheSame() {
        List<String> values = List.of(",lead", "\"lead", "\nlead", "\r\nlead", "trail,", "trail\"", "trail\n");
        String csv = new CsvWriter().row(values).toString();
        assertEquals(values, CsvReader.parse(csv).get(0).cells());
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<String> values = List.of("=HYPERLINK(\"x\",\"y\")", "Hills, \"steep\"\r\nthen flats", "-5", "@me", "");
        String csv = new CsvWriter().row(values).toString();
        List<String> read = CsvReader.parse(csv).get(0).cells().stream().map(CsvWriter::undefuse).toList();
        assertEquals(values, read);
    }
}
