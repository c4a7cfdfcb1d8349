package app.deload.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import app.deload.athlete.Athlete;
import app.deload.audit.CurrentActor;
import app.deload.team.Team;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A coach's note on an athlete's signal of one day. Never edited or deleted: the history shows what was seen,
 * by whom, and what they decided.
 */
@Entity
public class SignalAcknowledgement extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;
    public LocalDate signalDate;
    /** The level as it was shown when acknowledged, e.g. ALERT_ACCUMULATED_FATIGUE. */
    public String signalLevel;
    /** The signal's summary as it was shown, kept because thresholds and data may change later. */
    public String summary;
    public String note;
    public String acknowledgedBy;
    public Instant acknowledgedAt;

    public static SignalAcknowledgement record(Athlete athlete, LocalDate date, String level, String summary,
            String note) {
        SignalAcknowledgement ack = new SignalAcknowledgement();
        ack.athlete = athlete;
        ack.signalDate = date;
        ack.signalLevel = level;
        ack.summary = summary.length() > 1000 ? summary.substring(0, 1000) : summary;
        ack.note = note;
        ack.acknowledgedBy = CurrentActor.username();
        ack.acknowledgedAt = Instant.now();
        ack.persist();
        return ack;
    }

    public static List<SignalAcknowledgement> listForAthlete(Athlete athlete) {
        return list("athlete = ?1 order by signalDate desc, acknowledgedAt desc", athlete);
    }

    /** Ids of the team's athletes with a signal acknowledged on the day: one query, its text the same for any squad. */
    public static Set<Long> acknowledgedOn(Team team, LocalDate day) {
        return Set.copyOf(getEntityManager().createQuery("select distinct a.athlete.id from SignalAcknowledgement a "
                + "where a.athlete.team = ?1 and a.signalDate = ?2", Long.class)
                .setParameter(1, team).setParameter(2, day).getResultList());
    }
}
