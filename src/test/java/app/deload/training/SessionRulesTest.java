package app.deload.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import app.deload.web.FormErrors;

/** The rules behind the pages, without the application: lateness, start and end, the scale. */
class SessionRulesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static TrainingSession session(LocalDate date, LocalTime time) {
        TrainingSession session = new TrainingSession();
        session.schedule(date, time, BERLIN);
        session.plannedMinutes = 60;
        return session;
    }

    @Test
    void aRatingExactly24HoursAfterTheEndIsOnTimeOneSecondMoreIsLate() {
        Instant end = Instant.parse("2025-03-03T18:00:00Z");
        assertFalse(SessionAttendance.isLate(end, end.plusSeconds(24 * 3600)));
        assertTrue(SessionAttendance.isLate(end, end.plusSeconds(24 * 3600 + 1)));
    }

    @Test
    void theRatingWindowCountsFromStartPlusTheMinutesThatCount() {
        TrainingSession s = session(LocalDate.of(2025, 3, 3), LocalTime.of(17, 0));
        SessionAttendance a = SessionAttendance.of(s, null);
        a.minutes = 90;
        Instant end = ZonedDateTime.of(2025, 3, 3, 18, 30, 0, 0, BERLIN).toInstant();
        a.rate(5, "coach", end.plusSeconds(24 * 3600), BERLIN);
        assertFalse(a.late);
        a.rate(5, "coach", end.plusSeconds(24 * 3600 + 60), BERLIN);
        assertTrue(a.late);
        assertEquals("coach", a.ratedBy);
    }

    @Test
    void aSessionWithoutAStartTimeStartsAndEndsWithItsTeamLocalDay() {
        TrainingSession s = session(LocalDate.of(2025, 3, 30), null);
        assertEquals(ZonedDateTime.of(2025, 3, 30, 0, 0, 0, 0, BERLIN).toInstant(), s.startsAt);
        assertEquals(ZonedDateTime.of(2025, 3, 31, 0, 0, 0, 0, BERLIN).toInstant(), s.endsAt(60, BERLIN),
                "the DST day is 23 hours long: the end is the next local midnight");
    }

    @Test
    void clearingARatingLeavesItMissingNotZero() {
        SessionAttendance a = SessionAttendance.of(session(LocalDate.of(2025, 3, 3), LocalTime.NOON), null);
        a.rate(7, "athlete", Instant.parse("2025-03-10T00:00:00Z"), BERLIN);
        assertTrue(a.late);
        a.clearRating();
        assertEquals(null, a.rpe);
        assertEquals(null, a.ratedBy);
        assertFalse(a.late);
    }

    @Test
    void theCr10ScaleHasFostersAnchorsWithNoWordOn6And8And9() {
        assertEquals("Rest", Cr10.anchor(0));
        assertEquals("Very, very easy", Cr10.anchor(1));
        assertEquals("Somewhat hard", Cr10.anchor(4));
        assertEquals("", Cr10.anchor(6));
        assertEquals("Very hard", Cr10.anchor(7));
        assertEquals("", Cr10.anchor(8));
        assertEquals("", Cr10.anchor(9));
        assertEquals("Maximal", Cr10.anchor(10));
        assertEquals("6", Cr10.describe(6));
        assertEquals(11, Cr10.options("").size());
        assertTrue(Cr10.options("3").get(3).checked());
    }

    @Test
    void loggedDatesStopAtTomorrowPlannedOnesAYearAhead() {
        LocalDate today = LocalDate.of(2025, 6, 15);
        FormErrors errors = FormErrors.none();
        assertEquals(today.plusDays(1), SessionFields.loggedDate("2025-06-16", today, errors));
        assertFalse(errors.any());
        SessionFields.loggedDate("2025-06-17", today, errors);
        assertTrue(errors.has("date"));
        FormErrors planned = FormErrors.none();
        assertEquals(today.plusYears(1), SessionFields.plannedDate("2026-06-15", today, planned));
        SessionFields.plannedDate("2026-06-16", today, planned);
        assertTrue(planned.has("date"));
        FormErrors old = FormErrors.none();
        SessionFields.loggedDate("2023-06-14", today, old);
        assertTrue(old.has("date"));
    }

    @Test
    void aLoadIsRpeTimesTheMinutesThatCount() {
        AttendanceLine line = new AttendanceLine(1, 0, 1, 1, "A", LocalDate.of(2025, 1, 1), null,
                SessionType.SKILL, false, true, null, 45, 6, false, "a", Instant.EPOCH, true);
        assertEquals(270, line.load());
        assertEquals("270 AU", line.loadText());
        AttendanceLine unrated = new AttendanceLine(1, 0, 1, 1, "A", LocalDate.of(2025, 1, 1), null,
                SessionType.SKILL, false, true, 50, 45, null, false, null, null, true);
        assertEquals(null, unrated.load());
        assertEquals(AttendanceLine.State.MISSING, unrated.state());
        assertEquals(50, unrated.minutes());
    }
}
