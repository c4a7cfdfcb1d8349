package app.deload.plan;

import app.deload.athlete.Athlete;
import app.deload.team.Team;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** One entry of a team's plan history: created, edited, ended, events, deloads brought forward, proposals. */
@Entity
public class PlanHistory extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    public TrainingPlan plan;

    public Instant happenedAt;
    public String doneBy;
    public String action;
    public String note;

    /** The team's history with athlete names, newest first. */
    public static List<PlanHistoryEntry> listForTeam(Team team) {
        return getEntityManager().createQuery("select new app.deload.plan.PlanHistoryEntry(h.happenedAt, h.doneBy, "
                + "h.action, h.note, a.name) from PlanHistory h left join h.athlete a where h.team = ?1 "
                + "order by h.happenedAt desc, h.id desc", PlanHistoryEntry.class).setParameter(1, team)
                .getResultList();
    }
}
