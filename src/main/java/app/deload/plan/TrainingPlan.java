package app.deload.plan;

import app.deload.athlete.Athlete;
import app.deload.audit.AuditedEntity;
import app.deload.planning.Pattern;
import app.deload.planning.PlanParameters;
import app.deload.team.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A team's training plan, or an athlete's individual plan that overrides the team's from {@link #effectiveFrom}.
 * A plan that has started is never rewritten: editing it ends it and continues it as a new plan from the next
 * Monday ({@link #previous}), so the weeks already planned stay as they were planned.
 */
@Entity
public class TrainingPlan extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    public Team team;

    /** Null for the team's plan. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "athlete_id")
    public Athlete athlete;

    /** The plan this one continues after an edit. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_plan_id")
    public TrainingPlan previous;

    public LocalDate startDate;
    /** The first day the plan applies: its start (an individual plan overrides the team's from here). */
    public LocalDate effectiveFrom;
    public int weeks;
    public String pattern;
    public double firstWeekLoad;
    public double progressionPercent;
    public double deloadReduction;
    public double taperReduction;
    /** The last day the plan applied; null while it is active. */
    public LocalDate endedOn;

    public PlanParameters parameters() {
        return new PlanParameters(startDate, weeks, Pattern.parse(pattern), firstWeekLoad, progressionPercent,
                deloadReduction, taperReduction);
    }

    public void apply(PlanParameters p) {
        startDate = p.start();
        effectiveFrom = p.start();
        weeks = p.weeks();
        pattern = p.pattern().label();
        firstWeekLoad = p.firstWeekLoad();
        progressionPercent = p.progressionPercent();
        deloadReduction = p.deloadReduction();
        taperReduction = p.taperReduction();
    }

    /** The last day this plan covers: its ended-on day, or its last planned Sunday. */
    public LocalDate lastDay() {
        LocalDate planned = startDate.plusWeeks(weeks).minusDays(1);
        return endedOn != null && endedOn.isBefore(planned) ? endedOn : planned;
    }

    public boolean isActive() {
        return endedOn == null;
    }

    public static Optional<TrainingPlan> findActiveForTeam(Team team) {
        return find("team = ?1 and athlete is null and endedOn is null", team).firstResultOptional();
    }

    public static Optional<TrainingPlan> findActiveForAthlete(Athlete athlete) {
        return find("athlete = ?1 and endedOn is null", athlete).firstResultOptional();
    }

    /** The team's own plan by id, or empty when it is another team's. */
    public static Optional<TrainingPlan> findForTeam(Team team, long id) {
        return find("from TrainingPlan p left join fetch p.athlete where p.id = ?1 and p.team = ?2", id, team)
                .firstResultOptional();
    }

    /** The team's plans (not the individual ones), oldest first, ended ones included. */
    public static List<TrainingPlan> listTeamPlans(Team team) {
        return list("team = ?1 and athlete is null order by startDate, id", team);
    }

    /** The active individual plans of the team's athletes, with the athletes. */
    public static List<TrainingPlan> listActiveIndividual(Team team) {
        return list("from TrainingPlan p join fetch p.athlete a where p.team = ?1 and p.endedOn is null "
                + "order by a.name", team);
    }

    /** Every individual plan of the team's athletes, ended ones included, with the athletes. */
    public static List<TrainingPlan> listIndividualForTeam(Team team) {
        return list("from TrainingPlan p join fetch p.athlete a where p.team = ?1 order by p.startDate, p.id", team);
    }

    /** Every individual plan of these athletes, ended ones included. */
    public static List<TrainingPlan> listIndividualFor(Collection<Long> athleteIds) {
        if (athleteIds.isEmpty()) {
            return List.of();
        }
        return list("from TrainingPlan p join fetch p.athlete a where a.id in ?1 order by p.startDate, p.id",
                athleteIds);
    }
}
