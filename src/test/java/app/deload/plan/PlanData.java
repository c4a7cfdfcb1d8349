package app.deload.plan;

import app.deload.athlete.Athlete;
import app.deload.support.Ledger;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** Sessions for planning tests, written through the training entities. */
final class PlanData {

    private PlanData() {
    }

    /** A team session on the day at the time, attended by the athlete and rated {@code rpe} (null: not rated). */
    static long session(long teamId, long athleteId, LocalDate day, LocalTime time, int minutes, Integer rpe) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(teamId);
            TrainingSession session = new TrainingSession();
            session.team = team;
            session.schedule(day, time, team.zone());
            session.type = SessionType.CONDITIONING;
            session.plannedMinutes = minutes;
            session.plannedRpe = 6;
            session.persist();
            SessionAttendance attendance = SessionAttendance.of(session, Athlete.findById(athleteId));
            if (rpe != null) {
                attendance.rate(rpe, "test", Instant.now(), team.zone());
            }
            attendance.persist();
            Ledger.changed(attendance.athlete, day);
            return session.id;
        });
    }

    static void renameTeam(long teamId, String name) {
        QuarkusTransaction.requiringNew().run(() -> Team.<Team>findById(teamId).name = name);
    }
}
