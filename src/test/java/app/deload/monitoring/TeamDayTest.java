package app.deload.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamDayTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void springForwardLateEveningBelongsToThatDay() {
        // 2026-03-29 23:30 CEST (UTC+2) is 21:30 UTC the same day.
        Instant lateEvening = Instant.parse("2026-03-29T21:30:00Z");
        assertEquals(LocalDate.of(2026, 3, 29), TeamDay.of(lateEvening, BERLIN));
    }

    @Test
    void springForwardEarlyMorningBelongsToThatDayThoughUtcSaysYesterday() {
        // 2026-03-29 00:30 CET (UTC+1, before the 02:00 switch) is 23:30 UTC on the 28th.
        Instant earlyMorning = Instant.parse("2026-03-28T23:30:00Z");
        assertEquals(LocalDate.of(2026, 3, 29), TeamDay.of(earlyMorning, BERLIN));
        // 2026-03-30 00:30 CEST is 22:30 UTC on the 29th.
        assertEquals(LocalDate.of(2026, 3, 30), TeamDay.of(Instant.parse("2026-03-29T22:30:00Z"), BERLIN));
    }

    @Test
    void fallBackLateEveningBelongsToThatDay() {
        // 2026-10-25 23:30 CET (UTC+1, after the 03:00 switch) is 22:30 UTC the same day.
        assertEquals(LocalDate.of(2026, 10, 25), TeamDay.of(Instant.parse("2026-10-25T22:30:00Z"), BERLIN));
    }

    @Test
    void fallBackEarlyMorningBelongsToThatDayThoughUtcSaysYesterday() {
        // 2026-10-25 00:30 CEST (UTC+2) is 22:30 UTC on the 24th.
        assertEquals(LocalDate.of(2026, 10, 25), TeamDay.of(Instant.parse("2026-10-24T22:30:00Z"), BERLIN));
        // 2026-10-26 00:30 CET is 23:30 UTC on the 25th.
        assertEquals(LocalDate.of(2026, 10, 26), TeamDay.of(Instant.parse("2026-10-25T23:30:00Z"), BERLIN));
    }

    @Test
    void fallBackDayHasTwentyFiveHours() {
        // Local 2026-10-25 runs from 22:00 UTC on the 24th to 23:00 UTC on the 25th.
        assertEquals(LocalDate.of(2026, 10, 24), TeamDay.of(Instant.parse("2026-10-24T21:59:59Z"), BERLIN));
        assertEquals(LocalDate.of(2026, 10, 25), TeamDay.of(Instant.parse("2026-10-24T22:00:00Z"), BERLIN));
        assertEquals(LocalDate.of(2026, 10, 25), TeamDay.of(Instant.parse("2026-10-25T22:59:59Z"), BERLIN));
        assertEquals(LocalDate.of(2026, 10, 26), TeamDay.of(Instant.parse("2026-10-25T23:00:00Z"), BERLIN));
    }

    @Test
    void zonedAndOffsetMomentsAreConvertedToTheTeamZone() {
        ZonedDateTime newYork = ZonedDateTime.of(2026, 3, 29, 18, 30, 0, 0, ZoneId.of("America/New_York"));
        // 18:30 EDT = 22:30 UTC = 00:30 CEST on the 30th in Berlin.
        assertEquals(LocalDate.of(2026, 3, 30), TeamDay.of(newYork, BERLIN));
        assertEquals(LocalDate.of(2026, 3, 30),
                TeamDay.of(OffsetDateTime.of(2026, 3, 29, 22, 30, 0, 0, ZoneOffset.UTC), BERLIN));
        assertEquals(LocalDate.of(2026, 10, 25), TeamDay.ofUtc(LocalDateTime.of(2026, 10, 24, 22, 30), BERLIN));
    }

    @Test
    void sessionLoadsAreBucketedByTeamDay() {
        LocalDate day = TeamDay.of(Instant.parse("2026-03-28T23:30:00Z"), BERLIN);
        DailyLoads loads = DailyLoads.of(List.of(new SessionInput(day, 5, 60, true)), null,
                LocalDate.of(2026, 3, 29));
        assertEquals(DayState.TRAINED, loads.state(LocalDate.of(2026, 3, 29)));
        assertEquals(DayState.BEFORE_HISTORY, loads.state(LocalDate.of(2026, 3, 28)));
    }
}
