package app.deload.plan;

import app.deload.athlete.Athlete;
import app.deload.audit.AuditedEntity;
import app.deload.planning.EarlyDeload;
import app.deload.team.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.List;

/** A deload brought forward (an accepted proposal) for the team, or for one athlete, from {@link #startDate}. */
@Entity
public class PlanEarlyDeload extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    /** The plan that was active when the deload was brought forward. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public TrainingPlan plan;

    /** Null when the whole team deloads. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;

    public LocalDate startDate;
    public Long proposalId;
    public String reason;

    public EarlyDeload toPlanning() {
        return new EarlyDeload(startDate);
    }

    /** The team's own early deloads (not the athletes'), by start. */
    public static List<PlanEarlyDeload> listTeamLevel(Team team) {
        return list("team = ?1 and athlete is null order by startDate, id", team);
    }

    /** Every early deload of the team's plans, team-level and per athlete, by start. */
    public static List<PlanEarlyDeload> listForTeam(Team team) {
        return list("from PlanEarlyDeload d left join fetch d.athlete where d.team = ?1 order by d.startDate, d.id",
                team);
    }

    /** The athlete's own early deloads, by start. */
    public static List<PlanEarlyDeload> listForAthlete(Athlete athlete) {
        return list("athlete = ?1 order by startDate, id", athlete);
    }
}
