package app.deload.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import app.deload.training.AttendanceLine;
import app.deload.training.SessionAttendance;
import app.deload.training.TrainingSession;

/**
 * One athlete's part in one session. {@code minutes} are those that count (actual, else planned); {@code rpe} is
 * null while not rated, and so is {@code load} (rpe × minutes, AU). {@code state}: planned (not started yet),
 * missing (started, attended, no rating: unknown load, never 0), rated, or not_attended.
 */
public record SessionDto(long id, long athleteId, LocalDate date,
        @Schema(type = SchemaType.STRING, description = "Team-local start time as HH:MM; null for an individual "
                + "session logged without one.") @JsonFormat(pattern = "HH:mm") LocalTime startTime,
        String type,
        boolean individual, boolean attended, int minutes, Integer rpe, Integer load, boolean late, String state,
        Instant ratedAt, String ratedBy) {

    static SessionDto of(AttendanceLine line) {
        return new SessionDto(line.sessionId(), line.athleteId(), line.date(), line.startTime(), line.type().key(),
                line.individual(), line.attended(), line.minutes(), line.rpe(), line.load(), line.late(),
                line.state().name().toLowerCase(Locale.ROOT), line.ratedAt(), line.ratedBy());
    }

    /** A row just written, read the way the lists read it. */
    static SessionDto of(SessionAttendance a, Instant now) {
        TrainingSession s = a.session;
        return of(new AttendanceLine(a.id, a.version, s.id, a.athlete.id, a.athlete.name, s.date, s.startTime, s.type,
                s.individual, a.attended, a.minutes, s.plannedMinutes, a.rpe, a.late, a.ratedBy, a.ratedAt,
                s.hasStarted(now)));
    }
}
