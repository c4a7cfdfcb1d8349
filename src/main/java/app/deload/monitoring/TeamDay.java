package app.deload.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** The team-local date a moment belongs to; never the server's or UTC's date. */
public final class TeamDay {
    private TeamDay() {
    }

    public static LocalDate of(Instant instant, ZoneId teamZone) {
        return instant.atZone(teamZone).toLocalDate();
    }

    public static LocalDate of(ZonedDateTime moment, ZoneId teamZone) {
        return of(moment.toInstant(), teamZone);
    }

    public static LocalDate of(OffsetDateTime moment, ZoneId teamZone) {
        return of(moment.toInstant(), teamZone);
    }

    /** For timestamps stored as UTC without a zone (a common database column type). */
    public static LocalDate ofUtc(LocalDateTime utcDateTime, ZoneId teamZone) {
        return of(utcDateTime.toInstant(ZoneOffset.UTC), teamZone);
    }
}
