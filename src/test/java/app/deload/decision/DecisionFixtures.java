package app.deload.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import app.deload.athlete.Athlete;
import app.deload.monitoring.SignalLevel;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Rows of this package written straight through the entities, for tests that need one to exist. */
public final class DecisionFixtures {

    private DecisionFixtures() {
    }

    /** A pending proposal for the athlete, raised on the given day, with one stored reason. */
    public static long pendingProposal(long athleteId, LocalDate raisedOn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Athlete athlete = Athlete.findWithTeam(athleteId).orElseThrow();
            Proposal p = Proposal.forAthlete(athlete, raisedOn, SignalLevel.ALERT_ACCUMULATED_FATIGUE,
                    "signs consistent with accumulated fatigue: wellness, sleep",
                    List.of(new Proposal.Reason("wellness", "total 8/25, far below the baseline",
                            "wellness z -2.40, threshold -2.00")));
            p.persist();
            return p.id;
        });
    }

    /** A team session today at the given time, with the athletes in it. */
    public static long sessionToday(long teamId, LocalTime start, SessionType type, Integer plannedRpe,
            long... athleteIds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(teamId);
            TrainingSession session = new TrainingSession();
            session.team = team;
            session.schedule(LocalDate.now(team.zone()), start, team.zone());
            session.type = type;
            session.plannedMinutes = 60;
            session.plannedRpe = plannedRpe;
            session.persist();
            for (long id : athleteIds) {
                SessionAttendance.of(session, Athlete.findById(id)).persist();
            }
            return session.id;
        });
    }

    /** A rest decision in force on the athlete's part in the session, as if a coach had taken it. */
    public static long restDecision(long sessionId, long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            SessionAttendance attendance = SessionAttendance.findFor(sessionId, Athlete.findById(athleteId))
                    .orElseThrow();
            SessionDecision d = new SessionDecision();
            d.attendance = attendance;
            d.athlete = attendance.athlete;
            d.sessionDate = attendance.session.date;
            d.decided = SessionDecision.Choice.REST;
            d.recommended = "REST";
            d.message = "Coach: rest today";
            d.previousType = attendance.session.type;
            d.previousMinutes = attendance.session.plannedMinutes;
            d.previousRpe = attendance.session.plannedRpe;
            d.previousAttended = attendance.attended;
            d.decidedBy = "fixture";
            d.decidedAt = Instant.now();
            attendance.attended = false;
            d.persist();
            return d.id;
        });
    }
}
