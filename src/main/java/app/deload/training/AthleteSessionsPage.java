package app.deload.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import app.deload.athlete.Athlete;

/**
 * One athlete's sessions: those waiting for a rating, then the recent and coming ones. Seen by the athlete
 * (links lead to rating) or by their coach (links lead to the session).
 */
public record AthleteSessionsPage(long athleteId, String athleteName, String teamName, String timeZone,
        boolean self, String period, List<AttendanceLine> waiting, List<AttendanceLine> recent,
        List<String> coachToday) {

    /** Four weeks back and one ahead, so the coming week's plan shows too. */
    static final int DAYS_BACK = 27;
    static final int DAYS_AHEAD = 7;

    static AthleteSessionsPage of(Athlete athlete, boolean self, Instant now) {
        LocalDate today = LocalDate.now(athlete.team.zone());
        LocalDate from = today.minusDays(DAYS_BACK);
        LocalDate to = today.plusDays(DAYS_AHEAD);
        return new AthleteSessionsPage(athlete.id, athlete.name, athlete.team.name, athlete.team.timeZone, self,
                TrainingText.day(from) + " – " + TrainingText.day(to),
                SessionAttendance.listAwaitingRating(athlete, now),
                SessionAttendance.linesForAthleteBetween(athlete, from, to, now),
                app.deload.decision.SessionDecision.messagesFor(athlete, today));
    }

    public String href(AttendanceLine line) {
        return self ? "/me/sessions/" + line.sessionId() : "/sessions/" + line.sessionId();
    }

    public String when(AttendanceLine line) {
        return TrainingText.when(line.date(), line.startTime());
    }

    public String logHref() {
        return self ? "/me/sessions/new" : "/athletes/" + athleteId + "/sessions/new";
    }

    public String profileHref() {
        return "/athletes/" + athleteId;
    }
}
