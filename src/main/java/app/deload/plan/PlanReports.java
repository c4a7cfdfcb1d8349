package app.deload.plan;

import app.deload.athlete.Athlete;
import app.deload.monitoring.BanisterModel;
import app.deload.plan.PlanReport.AthleteRef;
import app.deload.plan.PlanReport.AthleteWeek;
import app.deload.plan.PlanReport.Projected;
import app.deload.plan.PlanReport.Week;
import app.deload.planning.PlanEvent;
import app.deload.planning.PlanLayout;
import app.deload.planning.PlannedSessionLoad;
import app.deload.planning.PlannedWeek;
import app.deload.planning.ProjectedDay;
import app.deload.planning.Projection;
import app.deload.planning.TaperAdvice;
import app.deload.planning.TaperAdvisor;
import app.deload.signals.TeamMetrics;
import app.deload.team.Team;
import app.deload.training.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a team's {@link PlanReport} with a fixed number of queries whatever the squad's size: plans, events,
 * early deloads, athletes, performed loads per athlete and day, future planned sessions, and the monitoring
 * core's three for today's fitness and fatigue.
 */
@ApplicationScoped
public class PlanReports {

    /**
     * Fitness is a 42-day average: an athlete with less history than that has a fitness that only reflects how
     * recently they joined, so their values would drag the projection rather than describe them.
     */
    static final int MIN_HISTORY_DAYS = BanisterModel.CTL_DAYS;

    @Inject
    TeamMetrics metrics;

    public PlanReport build(Team team, LocalDate today) {
        List<TrainingPlan> teamPlans = TrainingPlan.listTeamPlans(team);
        Optional<TrainingPlan> active = teamPlans.stream().filter(TrainingPlan::isActive).findFirst();
        List<Athlete> athletes = Athlete.listActiveForTeam(team);
        List<AthleteRef> refs = athletes.stream().map(a -> new AthleteRef(a.id, a.name)).toList();
        if (active.isEmpty()) {
            return new PlanReport(today, null, null, List.of(), refs, null, Map.of(), List.of());
        }
        TrainingPlan plan = active.get();
        List<TeamEvent> events = TeamEvent.listForTeam(team);
        List<PlanEarlyDeload> early = PlanEarlyDeload.listForTeam(team);
        List<PlanEarlyDeload> teamLevel = early.stream().filter(d -> d.athlete == null).toList();
        PlanLayout layout = PlanningService.layout(plan, events, teamLevel);
        Map<Long, TrainingPlan> individual = new HashMap<>();
        TrainingPlan.listActiveIndividual(team).forEach(p -> individual.put(p.athlete.id, p));
        Map<Long, PlanLayout> athleteLayouts = new HashMap<>();
        for (Athlete athlete : athletes) {
            TrainingPlan own = individual.get(athlete.id);
            boolean ownEarly = early.stream().anyMatch(d -> d.athlete != null && d.athlete.id.equals(athlete.id));
            athleteLayouts.put(athlete.id, own != null || ownEarly
                    ? PlanningService.layout(own != null ? own : plan, events,
                            early.stream().filter(d -> PlanningService.appliesTo(d, athlete.id)).toList())
                    : layout);
        }

        List<TrainingPlan> chain = chain(plan, teamPlans);
        LocalDate first = chain.get(0).startDate;
        LocalDate last = plan.lastDay();
        PerformedLoads performed = PerformedLoads.read(team, first, today.isBefore(last) ? today : last);

        List<PlannedSessionLoad> planned = plannedSessions(team, today, last);
        Projected teamProjection = null;
        Map<Long, Projected> projections = new HashMap<>();
        List<TaperAdvice> advice = List.of();
        if (today.isBefore(last)) {
            List<Double> ctl = new ArrayList<>();
            List<Double> atl = new ArrayList<>();
            Map<Long, Double> forms = new HashMap<>();
            for (TeamMetrics.AthleteDay day : metrics.squadOn(team, today).athletes()) {
                BanisterModel b = day.metrics().banister();
                if (day.metrics().dayOfHistory() >= MIN_HISTORY_DAYS && b.fitness().isAvailable()
                        && b.fatigue().isAvailable()) {
                    double c = b.fitness().value();
                    double a = b.fatigue().value();
                    ctl.add(c);
                    atl.add(a);
                    Double form = b.form().isAvailable() ? b.form().value() : null;
                    forms.put(day.athleteId(), form);
                    PlanLayout own = athleteLayouts.getOrDefault(day.athleteId(), layout);
                    LocalDate until = own.parameters().end().isAfter(last) ? own.parameters().end() : last;
                    projections.put(day.athleteId(), new Projected(c, a, form,
                            Projection.project(c, a, today, until, own, planned), own));
                }
            }
            if (!ctl.isEmpty()) {
                double c = median(ctl);
                double a = median(atl);
                List<Double> formValues = forms.values().stream().filter(Objects::nonNull).toList();
                teamProjection = new Projected(c, a, formValues.isEmpty() ? null : median(formValues),
                        Projection.project(c, a, today, last, layout, planned), layout);
                List<PlanEvent> coming = layout.events().stream().filter(e -> e.date().isAfter(today)).toList();
                advice = coming.isEmpty() ? List.of() : TaperAdvisor.forEvents(c, a, today, layout.parameters(),
                        coming, teamLevel.stream().filter(d -> d.plan.id.equals(plan.id))
                                .map(PlanEarlyDeload::toPlanning).toList(), planned);
            }
        }

        List<Week> weeks = new ArrayList<>();
        for (TrainingPlan version : chain) {
            boolean isActive = version == plan;
            PlanLayout versionLayout = isActive ? layout : PlanningService.layout(version, events, teamLevel);
            for (PlannedWeek week : versionLayout.weeks()) {
                if (week.start().isAfter(version.lastDay())) {
                    continue;
                }
                boolean started = !week.start().isAfter(today);
                boolean current = started && !week.end().isBefore(today);
                List<AthleteWeek> rows = new ArrayList<>();
                List<Double> done = new ArrayList<>();
                if (started) {
                    for (Athlete athlete : athletes) {
                        PlanLayout own = isActive ? athleteLayouts.get(athlete.id) : versionLayout;
                        double plannedLoad = own.weekOf(week.start()).map(PlannedWeek::plannedLoad)
                                .orElse(week.plannedLoad());
                        Double load = performed.of(athlete.id, week.start());
                        rows.add(new AthleteWeek(athlete.id, plannedLoad, load));
                        if (load != null) {
                            done.add(load);
                        }
                    }
                }
                ProjectedDay end = teamProjection == null || !isActive ? null : teamProjection.on(week.end());
                weeks.add(new Week(week, isActive, started, current, done.isEmpty() ? null : median(done),
                        done.size(), rows, end));
            }
        }
        return new PlanReport(today, plan, layout, weeks, refs, teamProjection, projections, advice);
    }

    /** The active plan and the plans it continues after edits, oldest first. */
    static List<TrainingPlan> chain(TrainingPlan active, List<TrainingPlan> teamPlans) {
        Map<Long, TrainingPlan> byId = new HashMap<>();
        teamPlans.forEach(p -> byId.put(p.id, p));
        List<TrainingPlan> chain = new ArrayList<>();
        TrainingPlan at = active;
        while (at != null && chain.size() < 200) {
            chain.add(at);
            at = at.previous == null ? null : byId.get(at.previous.id);
        }
        Collections.reverse(chain);
        return chain;
    }

    /** The team's planned sessions after today with a planned RPE, as minutes × RPE per session. */
    static List<PlannedSessionLoad> plannedSessions(Team team, LocalDate today, LocalDate until) {
        if (!until.isAfter(today)) {
            return List.of();
        }
        List<TrainingSession> sessions = TrainingSession.list("team = ?1 and individual = false and plannedRpe "
                + "is not null and date > ?2 and date <= ?3 order by date", team, today, until);
        return sessions.stream().map(s -> new PlannedSessionLoad(s.date, (double) s.plannedMinutes * s.plannedRpe))
                .toList();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
