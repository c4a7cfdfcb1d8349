package app.deload.training;

import java.time.Instant;
import java.time.ZoneId;

import app.deload.athlete.Athlete;

/**
 * Logging an extra session for one athlete: the session and its single attendance row, rated if given. The
 * pages and the JSON API both log through here.
 */
public final class IndividualSessions {

    private IndividualSessions() {
    }

    public static TrainingSession log(Athlete athlete, LogForm.Parsed values, String username, Instant now) {
        ZoneId zone = athlete.team.zone();
        TrainingSession session = new TrainingSession();
        session.team = athlete.team;
        session.individual = true;
        session.schedule(values.date(), values.startTime(), zone);
        session.type = values.type();
        session.plannedMinutes = values.minutes();
        session.notes = values.notes();
        session.persist();
        SessionAttendance attendance = SessionAttendance.of(session, athlete);
        if (values.rpe() != null) {
            attendance.rate(values.rpe(), username, now, zone);
        }
        attendance.persist();
        return session;
    }
}
