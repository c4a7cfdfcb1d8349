package app.deload.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.deload.training.SessionType;

class SessionsCsvTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 3, 10, 12, 0, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final Roster ROSTER = RowFixtures.roster("AB-1", "CD-2");

    private static Checked<SessionRow> check(String... lines) {
        return SessionsCsv.check(RowFixtures.lines(lines), ROSTER, NOW);
    }

    private static String reason(String line) {
        Checked<SessionRow> checked = check(line);
        assertEquals(1, checked.problems().size(), () -> "expected a problem for " + line);
        return checked.problems().get(0).reason();
    }

    private static void valid(String line) {
        Checked<SessionRow> checked = check(line);
        assertTrue(checked.problems().isEmpty(), () -> line + ": " + checked.problems());
    }

    @Test
    void aValidRowKeepsItsLineAndTheRostersSpellingOfTheCode() {
        SessionRow row = check("ab-1,2026-03-09,7:05,Conditioning,75,6,Intervals").rows().get(0);
        assertEquals(new SessionRow(2, 1, "AB-1", LocalDate.of(2026, 3, 9), LocalTime.of(7, 5),
                SessionType.CONDITIONING, 75, 6, "Intervals"), row);
        assertEquals(List.of("AB-1", "2026-03-09", "07:05", "conditioning", "75", "6", "Intervals"), row.cells());
    }

    @Test
    void minutesFrom1To600() {
        valid("AB-1,2026-03-09,17:00,skill,1,5,");
        valid("AB-1,2026-03-09,17:00,skill,600,5,");
        assertEquals("minutes “0” must be a whole number from 1 to 600.", reason("AB-1,2026-03-09,17:00,skill,0,5,"));
        assertTrue(reason("AB-1,2026-03-09,17:00,skill,601,5,").startsWith("minutes “601”"));
        assertTrue(reason("AB-1,2026-03-09,17:00,skill,60.5,5,").startsWith("minutes “60.5”"));
        assertTrue(reason("AB-1,2026-03-09,17:00,skill,,5,").startsWith("minutes is empty"));
    }

    @Test
    void rpeFrom0To10OrEmptyForNotRatedYet() {
        valid("AB-1,2026-03-09,17:00,skill,60,0,");
        valid("AB-1,2026-03-09,17:00,skill,60,10,");
        assertNull(check("AB-1,2026-03-09,17:00,skill,60,,").rows().get(0).rpe(), "missing, never zero");
        assertEquals("rpe “11” must be a whole number from 0 to 10.", reason("AB-1,2026-03-09,17:00,skill,60,11,"));
        assertTrue(reason("AB-1,2026-03-09,17:00,skill,60,-1,").startsWith("rpe “-1”"));
    }

    @Test
    void datesFrom2000UpToTomorrowInTheTeamsZone() {
        valid("AB-1,2000-01-01,17:00,skill,60,5,");
        valid("AB-1,2026-03-11,17:00,skill,60,,");
        assertTrue(reason("AB-1,2026-03-12,17:00,skill,60,,").startsWith("date 2026-03-12 is after tomorrow (2026-03-11"));
        assertEquals("date 1999-12-31 is before 2000-01-01.", reason("AB-1,1999-12-31,17:00,skill,60,5,"));
        assertEquals("date “09.03.2026” is not a date as YYYY-MM-DD.", reason("AB-1,09.03.2026,17:00,skill,60,5,"));
    }

    @Test
    void onlyASessionThatHasStartedCanBeRated() {
        valid("AB-1,2026-03-10,11:59,skill,60,5,");
        valid("AB-1,2026-03-10,,skill,60,5,");
        assertTrue(reason("AB-1,2026-03-10,12:01,skill,60,5,").startsWith("rpe is given for a session that has not"));
        valid("AB-1,2026-03-10,12:01,skill,60,,");
    }

    @Test
    void timesAreHoursAndMinutes() {
        assertTrue(reason("AB-1,2026-03-09,24:00,skill,60,5,").startsWith("start_time “24:00” is not a time as HH:MM"));
        assertTrue(reason("AB-1,2026-03-09,17:30:00,skill,60,5,").startsWith("start_time “17:30:00”"));
        assertTrue(check("AB-1,2026-03-09,,skill,60,5,").rows().get(0).individual());
    }

    @Test
    void everyBadValueOfALineIsNamed() {
        String reason = reason("XY-9,2026-02-30,7pm,yoga,0,11," + "n".repeat(1001));
        for (String part : List.of("athlete_code “XY-9”", "date “2026-02-30”", "start_time “7pm”", "type “yoga”",
                "minutes “0”", "rpe “11”", "notes has 1001 characters; at most 1000")) {
            assertTrue(reason.contains(part), part + " in " + reason);
        }
    }

    @Test
    void anAthletesSessionOncePerFile() {
        Checked<SessionRow> checked = check("AB-1,2026-03-09,17:00,skill,60,5,", "CD-2,2026-03-09,17:00,skill,60,5,",
                "ab-1,2026-03-09,17:00,SKILL,90,6,", "AB-1,2026-03-09,18:00,skill,60,5,");
        assertEquals(3, checked.rows().size());
        assertEquals(List.of(new RowProblem(4, "Duplicate of line 2: the same athlete, date, start time and type.")),
                checked.problems());
    }

    @Test
    void theRowsOfOneSessionAgreeOnItsNotes() {
        Checked<SessionRow> checked = check("AB-1,2026-03-09,17:00,skill,60,5,Drills",
                "CD-2,2026-03-09,17:00,skill,60,5,", "AB-1,2026-03-08,17:00,skill,60,5,Other day");
        assertTrue(checked.problems().isEmpty(), checked.problems()::toString);
        assertTrue(check("AB-1,2026-03-09,17:00,skill,60,5,Drills", "CD-2,2026-03-09,17:00,skill,60,5,Games")
                .problems().get(0).reason().startsWith("notes differ from line 2, a row of the same session"));
        assertTrue(check("AB-1,2026-03-09,,skill,60,5,Mine", "CD-2,2026-03-09,,skill,60,5,Theirs").problems()
                .isEmpty(), "individual sessions have their own notes");
    }
}
