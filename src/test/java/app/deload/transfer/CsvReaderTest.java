package app.deload.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvReader.Record> read(String text) {
        CsvReader.Result result = CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertNull(result.unreadable());
        return result.records();
    }

    @Test
    void readsQuotedValuesWithCommasDoubledQuotesAndLineBreaks() {
        List<CsvReader.Record> records = read("a,\"b, \"\"c\"\"\nd\",e\n");
        assertEquals(1, records.size());
        assertEquals(List.of("a", "b, \"c\"\nd", "e"), records.get(0).cells());
        assertNull(records.get(0).problem());
    }

    @Test
    void aRecordKeepsTheLineItStartsOnAcrossLineBreaksInQuotes() {
        List<CsvReader.Record> records = read("h\r\n\"one\r\ntwo\r\nthree\"\r\nnext\rlast");
        assertEquals(List.of(1, 2, 5, 6), records.stream().map(CsvReader.Record::line).toList());
        assertEquals(List.of("one\r\ntwo\r\nthree"), records.get(1).cells());
    }

    @Test
    void dropsTheByteOrderMarkAndBlankLines() {
        List<CsvReader.Record> records = read("\uFEFFa,b\n\n   \nc,d\n");
        assertEquals(List.of("a", "b"), records.get(0).cells());
        assertEquals(List.of("c", "d"), records.get(1).cells());
        assertEquals(4, records.get(1).line());
    }

    @Test
    void keepsEmptyValuesAtEitherEnd() {
        assertEquals(List.of("", "b", ""), read(",b,\n").get(0).cells());
        assertEquals(List.of("a", ""), read("a,\"\"").get(0).cells());
    }

    @Test
    void aQuoteInsideAnUnquotedValueIsText() {
        assertEquals(List.of("5\" tall", "x"), read("5\" tall,x").get(0).cells());
    }

    @Test
    void textAfterAClosingQuoteIsAProblemOfThatRecordOnly() {
        List<CsvReader.Record> records = read("\"a\"b,c\nd,e\n");
        assertTrue(records.get(0).problem().startsWith("Text follows a closing quote"));
        assertNull(records.get(1).problem());
    }

    @Test
    void everyRecordWithTextAfterAClosingQuoteIsReportedAtItsOwnLine() {
        List<CsvReader.Record> records = read("x,\"m\nn\"\n\"a\"b,c\nq\r\n\"z\"z\nlast");
        assertEquals(List.of(1, 3, 4, 5, 6), records.stream().map(CsvReader.Record::line).toList());
        assertNull(records.get(2).problem());
        assertTrue(records.get(3).problem().startsWith("Text follows a closing quote"));
        assertEquals(List.of("last"), records.get(4).cells());
    }

    @Test
    void aClosedQuoteAtTheEndOfTheFileIsNoProblem() {
        List<CsvReader.Record> records = read("a,\"b\nc\"\r\n");
        assertEquals(List.of("a", "b\nc"), records.get(0).cells());
        assertNull(records.get(0).problem());
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineItOpens() {
        List<CsvReader.Record> records = read("a,b\nc,\"d\ne,f\n");
        assertEquals(2, records.size());
        assertEquals(2, records.get(1).line());
        assertTrue(records.get(1).problem().startsWith("A quoted value starting on this line is never closed"));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirLine() {
        byte[] latin1 = "a,b\nc,d\nM\u00fcller,e\n".getBytes(StandardCharsets.ISO_8859_1);
        CsvReader.Result result = CsvReader.read(latin1);
        assertEquals(3, result.unreadable().line());
        assertTrue(result.unreadable().reason().startsWith("The file is not UTF-8 text."));
    }
}
