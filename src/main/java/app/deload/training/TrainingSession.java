package app.deload.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import app.deload.audit.AuditedEntity;
import app.deload.team.Team;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A session planned by a coach for a team (or some of its athletes), or an individual extra session logged
 * for one athlete. Who took part, for how long and how hard lives in {@link SessionAttendance}.
 */
@Entity
public class TrainingSession extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    /** The team-local date: the day this session's load belongs to (science.md §1). */
    @Column(name = "session_date")
    public LocalDate date;

    /** Team-local start time; an individual session may be logged without one. */
    public LocalTime startTime;

    /** The start as an instant, derived from date, time and the team's zone; start of the day without a time. */
    public Instant startsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type")
    public SessionType type;

    public int plannedMinutes;
    /** The intended CR-10 rating; none for an individual session, which is logged after the fact. */
    public Integer plannedRpe;
    public String notes;
    /** Logged for one athlete (by them or their coach) rather than planned for the team. */
    public boolean individual;

    /** The generation that created this session from a week template; null when planned by hand. */
    public Long generationId;
    /**
     * The values the generation gave it ({@code app.deload.microcycle.Generated#fingerprint}): when the current values
     * differ, a coach edited it by hand and later generations leave it alone.
     */
    public String generatedAs;
    /** Set when an athlete's own template or individual plan made it (its one athlete); null for the team's. */
    public Long generatedForAthleteId;

    /** When the coach last confirmed attendance, and who. */
    public Instant closedAt;
    public String closedBy;

    /** Sets the team-local date and time and the instant they mean in the team's zone. */
    public void schedule(LocalDate date, LocalTime startTime, ZoneId zone) {
        this.date = date;
        this.startTime = startTime;
        this.startsAt = (startTime == null ? date.atStartOfDay(zone) : date.atTime(startTime).atZone(zone))
                .toInstant();
    }

    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** When a session of this many minutes ends; one logged without a start time ends with its day. */
    public Instant endsAt(int minutes, ZoneId zone) {
        if (startTime == null) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return startsAt.plusSeconds(minutes * 60L);
    }

    /** A session with its team, or empty. */
    public static Optional<TrainingSession> findWithTeam(long id) {
        return find("from TrainingSession s join fetch s.team where s.id = ?1", id).firstResultOptional();
    }

    /** Whether the team has another team session with this date, start time and type (one per slot). */
    public static boolean teamSlotTaken(Team team, LocalDate date, LocalTime startTime, SessionType type,
            Long except) {
        return count("team = ?1 and individual = false and date = ?2 and startTime = ?3 and type = ?4 and id <> ?5",
                team, date, startTime, type, except == null ? -1L : except) > 0;
    }

    /** The team's sessions on the team-local dates from..to, in the order they happen. */
    public static List<TrainingSession> listForTeamBetween(Team team, LocalDate from, LocalDate to) {
        return list("from TrainingSession s where s.team = ?1 and s.date between ?2 and ?3 "
                + "order by s.date, s.startsAt, s.id", team, from, to);
    }
}
