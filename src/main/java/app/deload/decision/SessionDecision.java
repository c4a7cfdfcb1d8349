package app.deload.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.deload.athlete.Athlete;
import app.deload.audit.AuditedEntity;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A coach's decision on one athlete's part in one session, taken from today's recommendation. It keeps what the
 * attendance was before, so the coach can undo it, and the words the athlete sees.
 */
@Entity
public class SessionDecision extends AuditedEntity {

    /** What the coach chose for the athlete's session. */
    public enum Choice {
        ACTIVE_RECOVERY("active recovery"), REST("rest");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        static Optional<Choice> fromKey(String key) {
            for (Choice c : values()) {
                if (c.key().equals(key)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attendance_id")
    public SessionAttendance attendance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;

    public LocalDate sessionDate;
    @Enumerated(EnumType.STRING)
    public Choice decided;
    /** The recommendation's code as shown (REST, MODIFY, ...). */
    public String recommended;
    public String message;
    /** The individual active-recovery session created for the athlete; null for rest or once undone. */
    public Long recoverySessionId;
    @Enumerated(EnumType.STRING)
    public SessionType previousType;
    public int previousMinutes;
    public Integer previousRpe;
    public boolean previousAttended;
    public String decidedBy;
    public Instant decidedAt;
    public String undoneBy;
    public Instant undoneAt;

    public boolean isActive() {
        return undoneAt == null;
    }

    /** The decisions in force on the team's sessions of the day, with their attendance rows, in one query. */
    static List<SessionDecision> listActiveForTeamOn(app.deload.team.Team team, LocalDate day) {
        return list("from SessionDecision d join fetch d.attendance a join fetch a.session s where s.team = ?1 "
                + "and d.sessionDate = ?2 and d.undoneAt is null order by d.decidedAt", team, day);
    }

    static Optional<SessionDecision> findActiveFor(SessionAttendance attendance) {
        return find("attendance = ?1 and undoneAt is null", attendance).firstResultOptional();
    }

    /** What the coach decided for the athlete's sessions on the day, in the words the athlete sees. */
    public static List<String> messagesFor(Athlete athlete, LocalDate day) {
        return getEntityManager().createQuery("select d.message from SessionDecision d where d.athlete = ?1 "
                + "and d.sessionDate = ?2 and d.undoneAt is null order by d.decidedAt", String.class)
                .setParameter(1, athlete).setParameter(2, day).getResultList();
    }
}
