package app.deload.plan;

import app.deload.athlete.Athlete;
import app.deload.planning.DeloadPeriod;
import app.deload.planning.PlanLayout;
import app.deload.planning.PlannedWeek;
import app.deload.team.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The planned weeks and deload periods of a team, or of one athlete, across all their plans: ended plans up to
 * the day they ended, a later plan taking over from its start, an individual plan over the team's from its date.
 * Four queries, whatever the number of plans.
 */
record PlanWeeks(Map<LocalDate, PlannedWeek> byMonday, List<DeloadPeriod> deloads, List<TeamEvent> events,
        List<PlanEarlyDeload> athletesDeloads) {

    /** The team's weeks, and the deloads brought forward for single athletes (accepted proposals) to mark. */
    static PlanWeeks forTeam(Team team) {
        List<TeamEvent> events = TeamEvent.listForTeam(team);
        List<PlanEarlyDeload> early = PlanEarlyDeload.listForTeam(team);
        List<PlanEarlyDeload> teamLevel = early.stream().filter(d -> d.athlete == null).toList();
        PlanWeeks weeks = new PlanWeeks(new TreeMap<>(), new ArrayList<>(), events,
                early.stream().filter(d -> d.athlete != null).toList());
        for (TrainingPlan plan : TrainingPlan.listTeamPlans(team)) {
            weeks.add(plan, PlanningService.layout(plan, events, teamLevel), null);
        }
        return weeks;
    }

    static PlanWeeks forAthlete(Athlete athlete) {
        List<TeamEvent> events = TeamEvent.listForTeam(athlete.team);
        List<PlanEarlyDeload> early = PlanEarlyDeload.listForTeam(athlete.team).stream()
                .filter(d -> PlanningService.appliesTo(d, athlete.id)).toList();
        PlanWeeks weeks = new PlanWeeks(new TreeMap<>(), new ArrayList<>(), events, List.of());
        List<TrainingPlan> individual = TrainingPlan.listIndividualFor(List.of(athlete.id));
        for (TrainingPlan plan : TrainingPlan.listTeamPlans(athlete.team)) {
            weeks.add(plan, PlanningService.layout(plan, events, early), individual);
        }
        for (TrainingPlan plan : individual) {
            weeks.add(plan, PlanningService.layout(plan, events, early), null);
        }
        return weeks;
    }

    private void add(TrainingPlan plan, PlanLayout layout, List<TrainingPlan> overriding) {
        LocalDate last = plan.lastDay();
        for (PlannedWeek week : layout.weeks()) {
            if (!week.start().isAfter(last) && !overridden(week.start(), overriding)) {
                byMonday.put(week.start(), week);
            }
        }
        deloads.removeIf(d -> !d.start().isBefore(plan.startDate));
        for (DeloadPeriod period : layout.deloadPeriods()) {
            if (!period.start().isAfter(last) && !overridden(period.start(), overriding)) {
                deloads.add(period.end().isAfter(last)
                        ? new DeloadPeriod(period.start(), last, period.kind(), period.reduction()) : period);
            }
        }
    }

    private static boolean overridden(LocalDate day, List<TrainingPlan> overriding) {
        return overriding != null && overriding.stream()
                .anyMatch(p -> !day.isBefore(p.effectiveFrom) && !day.isAfter(p.lastDay()));
    }

    PlannedWeek weekOf(LocalDate day) {
        return byMonday.get(PlanDates.monday(day));
    }
}
