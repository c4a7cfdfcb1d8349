package app.deload.team;

import java.time.Instant;
import java.util.List;

import app.deload.audit.CurrentActor;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One changed threshold: kept forever, so a coach can see why yesterday's signals differ from today's. */
@Entity
public class ThresholdChange extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;
    public String name;
    public String oldValue;
    public String newValue;
    public String changedBy;
    public Instant changedAt;

    static void record(Team team, String name, String oldValue, String newValue) {
        ThresholdChange change = new ThresholdChange();
        change.team = team;
        change.name = name;
        change.oldValue = oldValue;
        change.newValue = newValue;
        change.changedBy = CurrentActor.username();
        change.changedAt = Instant.now();
        change.persist();
    }

    public static List<ThresholdChange> listForTeam(Team team) {
        return list("team = ?1 order by changedAt desc, id desc", team);
    }
}
