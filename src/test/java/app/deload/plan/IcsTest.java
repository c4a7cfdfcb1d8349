package app.deload.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iCalendar writer's RFC 5545 details: escaping, folding at 75 octets, all-day and UTC values. */
class IcsTest {

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        assertEquals("a\\\\b\\;c\\,d\\ne", Ics.text("a\\b;c,d\r\ne"));
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        String value = "SUMMARY:" + "é".repeat(60);
        Ics.line(out, value);
        String[] lines = out.toString().split("\r\n");
        assertEquals(2, lines.length);
        // "SUMMARY:" is 8 octets, each é 2: 33 of them fill 74 octets, a 34th would make 76.
        assertEquals(74, lines[0].getBytes(StandardCharsets.UTF_8).length);
        assertTrue(lines[1].startsWith(" "));
        assertEquals(value, lines[0] + lines[1].substring(1), "unfolding gives the value back");
    }

    @Test
    void aShortLineIsNotFolded() {
        StringBuilder out = new StringBuilder();
        Ics.line(out, "X".repeat(75));
        assertEquals("X".repeat(75) + "\r\n", out.toString());
    }

    @Test
    void allDayEventsEndTheDayAfterAndTimedEventsAreUtc() {
        String ics = Ics.calendar("Team", Instant.parse("2026-12-02T10:15:30Z"),
                List.of(new Ics.AllDay("d@deload", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13), "Deload",
                        null)),
                List.of(new Ics.Timed("s@deload", Instant.parse("2026-12-08T16:30:00Z"),
                        Instant.parse("2026-12-08T17:45:00Z"), "Strength, 75 min", "")));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20261207\r\nDTEND;VALUE=DATE:20261214\r\n"));
        assertTrue(ics.contains("DTSTART:20261208T163000Z\r\nDTEND:20261208T174500Z\r\n"));
        assertTrue(ics.contains("DTSTAMP:20261202T101530Z\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }
}
