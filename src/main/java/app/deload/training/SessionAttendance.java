package app.deload.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import app.deload.athlete.Athlete;
import app.deload.audit.AuditedEntity;
import app.deload.team.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One athlete's part in one session: did they attend, for how many minutes, and their session RPE
 * (CR-10, Foster et al. 2001) with who gave it and when. No rating on an attended session means missing.
 */
@Entity
public class SessionAttendance extends AuditedEntity {

    /** Ratings given later than this after the session's end are accepted and marked late (science.md §2). */
    public static final Duration RATING_WINDOW = Duration.ofHours(24);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    public TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;

    public boolean attended = true;
    /** Actual minutes; null while the planned duration stands. */
    public Integer minutes;
    public Integer rpe;
    public Instant ratedAt;
    /** Username of whoever gave the rating: the athlete or a coach. */
    public String ratedBy;
    public boolean late;

    public static SessionAttendance of(TrainingSession session, Athlete athlete) {
        SessionAttendance attendance = new SessionAttendance();
        attendance.session = session;
        attendance.athlete = athlete;
        return attendance;
    }

    public int effectiveMinutes() {
        return minutes == null ? session.plannedMinutes : minutes;
    }

    /**
     * Records a rating given now by {@code username} for the minutes that count; late when given more than
     * {@link #RATING_WINDOW} after the session ended. A correction is a new rating: who and when are replaced.
     */
    public void rate(int rpe, String username, Instant now, ZoneId zone) {
        this.rpe = rpe;
        this.ratedAt = now;
        this.ratedBy = username;
        this.late = isLate(session.endsAt(effectiveMinutes(), zone), now);
    }

    public void clearRating() {
        rpe = null;
        ratedAt = null;
        ratedBy = null;
        late = false;
    }

    static boolean isLate(Instant sessionEnd, Instant ratedAt) {
        return ratedAt.isAfter(sessionEnd.plus(RATING_WINDOW));
    }

    // ----- Loads for monitoring, one query each -----

    private static final String LOAD = "select new app.deload.training.SessionLoad(ath.id, s.id, s.date, s.type, "
            + "a.attended, coalesce(a.minutes, s.plannedMinutes), a.rpe, a.late, s.startsAt) "
            + "from SessionAttendance a join a.session s join a.athlete ath ";

    /**
     * Every session of the athletes now on the team (including ones from a previous team) on the team-local
     * dates from..to, ordered by athlete, date and start.
     */
    public static List<SessionLoad> listForTeamBetween(Team team, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery(LOAD + "where ath.team = ?1 and s.date between ?2 and ?3 "
                + "order by ath.id, s.date, s.startsAt, s.id", SessionLoad.class)
                .setParameter(1, team).setParameter(2, from).setParameter(3, to).getResultList();
    }

    /** The athlete's sessions on the dates from..to, by date and start. */
    public static List<SessionLoad> listForAthleteBetween(Athlete athlete, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery(LOAD + "where ath = ?1 and s.date between ?2 and ?3 "
                + "order by s.date, s.startsAt, s.id", SessionLoad.class)
                .setParameter(1, athlete).setParameter(2, from).setParameter(3, to).getResultList();
    }

    /**
     * The attendance rows of the team's own sessions on the dates from..to for the athletes now on the team,
     * with session and athlete, by date, start, session and athlete code: what a CSV export writes and an
     * import matches its rows against.
     */
    public static List<SessionAttendance> listWithSessionForTeamBetween(Team team, LocalDate from, LocalDate to) {
        return list("from SessionAttendance a join fetch a.session s join fetch a.athlete ath where s.team = ?1 "
                + "and ath.team = ?1 and s.date between ?2 and ?3 order by s.date, s.startsAt, s.id, ath.code",
                team, from, to);
    }

    // ----- Lines for pages -----

    private static final String LINE = "select new app.deload.training.AttendanceLine(a.id, a.version, s.id, "
            + "ath.id, ath.name, s.date, s.startTime, s.type, s.individual, a.attended, a.minutes, "
            + "s.plannedMinutes, a.rpe, a.late, a.ratedBy, a.ratedAt, "
            + "case when s.startsAt <= :now then true else false end) "
            + "from SessionAttendance a join a.session s join a.athlete ath ";

    /** Sessions the athlete attended that have started and have no rating yet, oldest first. */
    public static List<AttendanceLine> listAwaitingRating(Athlete athlete, Instant now) {
        return getEntityManager().createQuery(LINE + "where ath = :athlete and a.attended = true "
                + "and a.rpe is null and s.startsAt <= :now order by s.startsAt, s.id", AttendanceLine.class)
                .setParameter("athlete", athlete).setParameter("now", now).getResultList();
    }

    /** The athlete's sessions on the dates from..to, newest first. */
    public static List<AttendanceLine> linesForAthleteBetween(Athlete athlete, LocalDate from, LocalDate to,
            Instant now) {
        return getEntityManager().createQuery(LINE + "where ath = :athlete and s.date between :from and :to "
                + "order by s.date desc, s.startsAt desc, s.id desc", AttendanceLine.class)
                .setParameter("athlete", athlete).setParameter("from", from).setParameter("to", to)
                .setParameter("now", now).getResultList();
    }

    /** Every athlete of the team's sessions on the dates from..to, for the week view. */
    public static List<AttendanceLine> linesForTeamSessionsBetween(Team team, LocalDate from, LocalDate to,
            Instant now) {
        return getEntityManager().createQuery(LINE + "where s.team = :team and s.date between :from and :to "
                + "order by s.id, ath.name", AttendanceLine.class)
                .setParameter("team", team).setParameter("from", from).setParameter("to", to)
                .setParameter("now", now).getResultList();
    }

    /** The session's athletes by name. */
    public static List<AttendanceLine> linesForSession(TrainingSession session, Instant now) {
        return getEntityManager().createQuery(LINE + "where s = :session order by ath.name, ath.id",
                AttendanceLine.class).setParameter("session", session).setParameter("now", now).getResultList();
    }

    /** The session's attendance rows with their athletes, for changes. */
    public static List<SessionAttendance> listForSession(TrainingSession session) {
        return list("from SessionAttendance a join fetch a.athlete where a.session = ?1 order by a.athlete.name",
                session);
    }

    /** The athlete's row of a session, with the session and its team. */
    public static Optional<SessionAttendance> findFor(long sessionId, Athlete athlete) {
        return find("from SessionAttendance a join fetch a.session s join fetch s.team "
                + "where s.id = ?1 and a.athlete = ?2", sessionId, athlete).firstResultOptional();
    }

    /** The ids of the session's athletes, as plain values (nothing stays managed for a deletion to trip on). */
    public static List<Long> athleteIdsOf(TrainingSession session) {
        return getEntityManager().createQuery("select a.athlete.id from SessionAttendance a where a.session = ?1",
                Long.class).setParameter(1, session).getResultList();
    }

    public static boolean anyRated(TrainingSession session) {
        return count("session = ?1 and rpe is not null", session) > 0;
    }

    public static long deleteForSession(TrainingSession session) {
        return delete("session", session);
    }
}
