package app.deload.plan;

import app.deload.planning.DeloadPeriod;
import app.deload.team.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deloads a team's athletes actually had, read once for the whole team (its plans, the individual plans of its
 * athletes, its events and the deloads brought forward: four queries), so the last deload's end of every athlete is
 * found without a query per athlete (science section 10's medical review reads it for each day's metrics).
 */
public final class DeloadRecords {

    private final List<TrainingPlan> teamPlans;
    private final List<TrainingPlan> individual;
    private final List<TeamEvent> events;
    private final List<PlanEarlyDeload> early;

    DeloadRecords(List<TrainingPlan> teamPlans, List<TrainingPlan> individual, List<TeamEvent> events,
            List<PlanEarlyDeload> early) {
        this.teamPlans = teamPlans;
        this.individual = individual;
        this.events = events;
        this.early = early;
    }

    static DeloadRecords of(Team team) {
        return new DeloadRecords(TrainingPlan.listTeamPlans(team), TrainingPlan.listIndividualForTeam(team),
                TeamEvent.listForTeam(team), PlanEarlyDeload.listForTeam(team));
    }

    /**
     * The end of the last deload or taper (planned or brought forward) that the athlete actually had and that ended
     * on or before the day: from the team's plans, except while an individual plan of the athlete applied, and
     * from the athlete's individual plans, each plan only up to the day it ended.
     */
    public Optional<LocalDate> lastEnd(long athleteId, LocalDate onOrBefore) {
        List<TrainingPlan> own = individual.stream().filter(p -> p.athlete.id == athleteId).toList();
        List<LocalDate> ends = new ArrayList<>();
        for (TrainingPlan plan : teamPlans) {
            for (DeloadPeriod period : PlanningService.periods(plan, events, early, athleteId)) {
                boolean overridden = own.stream().anyMatch(i -> !period.start().isBefore(i.effectiveFrom)
                        && !period.start().isAfter(i.lastDay()));
                if (!overridden) {
                    ends.add(clippedEnd(period, plan));
                }
            }
        }
        for (TrainingPlan plan : own) {
            PlanningService.periods(plan, events, early, athleteId).forEach(p -> ends.add(clippedEnd(p, plan)));
        }
        return ends.stream().filter(end -> !end.isAfter(onOrBefore)).max(LocalDate::compareTo);
    }

    private static LocalDate clippedEnd(DeloadPeriod period, TrainingPlan plan) {
        return period.end().isAfter(plan.lastDay()) ? plan.lastDay() : period.end();
    }
}
