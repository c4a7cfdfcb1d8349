package app.deload.decision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import app.deload.team.Team;
import app.deload.training.SessionType;
import io.quarkus.hibernate.orm.panache.Panache;

/** One active athlete's part in one of the team's sessions on a day: what today's decision is made for. */
public record SessionRow(long attendanceId, long sessionId, long athleteId, String athleteName, LocalDate date,
        LocalTime startTime, SessionType type, int plannedMinutes, Integer plannedRpe, boolean individual,
        boolean attended, Integer rpe) {

    /** The team's sessions (team and individual) on the day with one row per active athlete, in one query. */
    static List<SessionRow> listForTeamOn(Team team, LocalDate day) {
        return Panache.getEntityManager().createQuery("select new app.deload.decision.SessionRow(a.id, "
                + "s.id, ath.id, ath.name, s.date, s.startTime, s.type, s.plannedMinutes, s.plannedRpe, s.individual, "
                + "a.attended, a.rpe) from SessionAttendance a join a.session s join a.athlete ath "
                + "where s.team = ?1 and s.date = ?2 and ath.team = ?1 and ath.active = true "
                + "order by s.startsAt, s.id, ath.name, ath.id", SessionRow.class)
                .setParameter(1, team).setParameter(2, day).getResultList();
    }
}
