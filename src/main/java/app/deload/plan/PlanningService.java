package app.deload.plan;

import app.deload.account.User;
import app.deload.athlete.Athlete;
import app.deload.planning.DeloadPeriod;
import app.deload.planning.EarlyDeload;
import app.deload.planning.PlanLayout;
import app.deload.planning.PlanParameters;
import app.deload.planning.PlanRuleException;
import app.deload.signals.MetricsLedger;
import app.deload.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The one orchestrating service of planning: it turns stored plans, events and early deloads into the pure
 * core's {@link PlanLayout}, and changes plans in one transaction with their history entry.
 */
@ApplicationScoped
public class PlanningService {

    private static final Logger LOG = Logger.getLogger(PlanningService.class);

    @Inject
    MetricsLedger ledger;

    // ----- The contract (PLANNING_CONTRACT.md §2) -----

    /** The team's active plan with the team-level early deloads and the team's events. */
    public Optional<PlanLayout> layoutFor(Team team) {
        return TrainingPlan.findActiveForTeam(team)
                .map(plan -> layout(plan, TeamEvent.listForTeam(team), PlanEarlyDeload.listTeamLevel(team)));
    }

    /** The athlete's individual plan, else the team's, with the early deloads that apply to the athlete. */
    public Optional<PlanLayout> layoutFor(Athlete athlete) {
        Optional<TrainingPlan> plan = TrainingPlan.findActiveForAthlete(athlete)
                .or(() -> TrainingPlan.findActiveForTeam(athlete.team));
        return plan.map(p -> layout(p, TeamEvent.listForTeam(athlete.team),
                PlanEarlyDeload.listForTeam(athlete.team).stream().filter(d -> appliesTo(d, athlete.id)).toList()));
    }

    /**
     * Stores a deload brought forward on the active plan (the athlete's individual plan, else the team's), logs it
     * and returns the rewritten layout.
     */
    @Transactional(dontRollbackOn = PlanRuleException.class)
    public EarlyDeloadResult bringDeloadForward(Team team, Athlete athleteOrNull, LocalDate start, String why,
            User by) {
        Team.getEntityManager().lock(team, LockModeType.PESSIMISTIC_WRITE);
        Optional<TrainingPlan> found = athleteOrNull == null ? TrainingPlan.findActiveForTeam(team)
                : TrainingPlan.findActiveForAthlete(athleteOrNull).or(() -> TrainingPlan.findActiveForTeam(team));
        TrainingPlan plan = found.orElseThrow(() -> new PlanRuleException("plan",
                "no active plan: create a plan for " + team.name + " before bringing a deload forward"));
        if (start.isBefore(plan.startDate) || start.isAfter(plan.lastDay())) {
            throw new PlanRuleException("start", "the deload's start " + start + " is outside the plan ("
                    + plan.startDate + " to " + plan.lastDay() + ")");
        }
        PlanEarlyDeload early = new PlanEarlyDeload();
        early.team = team;
        early.plan = plan;
        early.athlete = athleteOrNull;
        early.startDate = start;
        early.reason = why == null || why.isBlank() ? "brought forward" : why.trim();
        early.persist();
        List<PlanEarlyDeload> applying = PlanEarlyDeload.listForTeam(team).stream()
                .filter(d -> athleteOrNull == null ? d.athlete == null : appliesTo(d, athleteOrNull.id)).toList();
        PlanLayout layout = layout(plan, TeamEvent.listForTeam(team), applying);
        LocalDate end = layout.deloadPeriods().stream().filter(p -> !p.start().isAfter(start) && !p.end().isBefore(start))
                .map(DeloadPeriod::end).findFirst().orElse(start);
        record(team, athleteOrNull, plan, "deload brought forward",
                "From " + start + " to " + end + ": " + early.reason, by == null ? null : by.username);
        LOG.infof("Deload brought forward for team %d%s from %s to %s", team.id,
                athleteOrNull == null ? "" : " athlete " + athleteOrNull.id, start, end);
        ledger.changed(team, ids(athleteOrNull), start);
        return new EarlyDeloadResult(early.id, start, end, layout);
    }

    /** A plan history entry for the team (athleteOrNull null) or one athlete. */
    @Transactional(dontRollbackOn = PlanRuleException.class)
    public void log(Team team, Athlete athleteOrNull, String action, String note, User by) {
        Optional<TrainingPlan> plan = athleteOrNull == null ? TrainingPlan.findActiveForTeam(team)
                : TrainingPlan.findActiveForAthlete(athleteOrNull).or(() -> TrainingPlan.findActiveForTeam(team));
        record(team, athleteOrNull, plan.orElse(null), action, note == null ? "" : note,
                by == null ? null : by.username);
    }

    /**
     * The end of the last deload or taper (planned or brought forward) that the athlete actually had and that ended
     * on or before the day ({@link DeloadRecords#lastEnd}).
     */
    public Optional<LocalDate> lastDeloadEnd(Athlete athlete, LocalDate onOrBefore) {
        return DeloadRecords.of(athlete.team).lastEnd(athlete.id, onOrBefore);
    }

    /** Every deload the team's athletes had, read once for the team. */
    public DeloadRecords deloadRecords(Team team) {
        return DeloadRecords.of(team);
    }

    /**
     * The layout in force for each of the athletes (their individual plan, else the team's), read with four queries
     * for the whole team; athletes without a plan are left out.
     */
    public Map<Long, PlanLayout> layoutsFor(Team team, Collection<Long> athleteIds) {
        Optional<TrainingPlan> teamPlan = TrainingPlan.findActiveForTeam(team);
        Map<Long, TrainingPlan> individual = new HashMap<>();
        TrainingPlan.listActiveIndividual(team).forEach(p -> individual.put(p.athlete.id, p));
        if (teamPlan.isEmpty() && individual.isEmpty()) {
            return Map.of();
        }
        List<TeamEvent> events = TeamEvent.listForTeam(team);
        List<PlanEarlyDeload> early = PlanEarlyDeload.listForTeam(team);
        Map<Long, PlanLayout> layouts = new HashMap<>();
        for (long id : athleteIds) {
            TrainingPlan plan = individual.getOrDefault(id, teamPlan.orElse(null));
            if (plan != null) {
                layouts.put(id, layout(plan, events, early.stream().filter(d -> appliesTo(d, id)).toList()));
            }
        }
        return layouts;
    }

    /** The team's plan history, newest first. */
    public List<PlanHistoryEntry> history(Team team) {
        return PlanHistory.listForTeam(team);
    }

    // ----- Changing plans (the plan page and the API) -----

    /**
     * Creates the team's plan, or an athlete's individual plan; refused while one is active, because one plan at a
     * time is what the squad trains to: the coach ends (or edits) the current one first.
     */
    @Transactional(dontRollbackOn = PlanRuleException.class)
    public TrainingPlan create(Team team, Athlete athleteOrNull, PlanParameters parameters) {
        Team.getEntityManager().lock(team, LockModeType.PESSIMISTIC_WRITE);
        Optional<TrainingPlan> active = athleteOrNull == null ? TrainingPlan.findActiveForTeam(team)
                : TrainingPlan.findActiveForAthlete(athleteOrNull);
        if (active.isPresent()) {
            throw new PlanRuleException("plan", athleteOrNull == null
                    ? "this team already has an active plan (from " + active.get().startDate
                            + "); end or edit it before creating another"
                    : athleteOrNull.name + " already has an active individual plan; end it first");
        }
        TrainingPlan plan = new TrainingPlan();
        plan.team = team;
        plan.athlete = athleteOrNull;
        plan.apply(parameters);
        plan.persist();
        record(team, athleteOrNull, plan, athleteOrNull == null ? "plan created" : "individual plan created",
                describe(parameters), null);
        ledger.changed(team, ids(athleteOrNull), parameters.start());
        return plan;
    }

    /**
     * Changes a plan's parameters. A plan that has not started yet is changed in place; one that has started ends
     * with the current week and continues from next Monday with the new parameters, so the weeks planned so far
     * stay as they were planned. Returns the plan that now holds the parameters.
     */
    @Transactional(dontRollbackOn = PlanRuleException.class)
    public TrainingPlan edit(TrainingPlan plan, PlanParameters parameters, LocalDate today) {
        Team.getEntityManager().lock(plan.team, LockModeType.PESSIMISTIC_WRITE);
        if (!plan.isActive()) {
            throw new PlanRuleException("plan", "this plan has ended; create a new one instead");
        }
        LocalDate from = plan.startDate.isBefore(parameters.start()) ? plan.startDate : parameters.start();
        TrainingPlan result = plan;
        if (plan.startDate.isAfter(today)) {
            plan.apply(parameters);
        } else {
            plan.endedOn = PlanDates.nextMonday(today).minusDays(1);
            result = new TrainingPlan();
            result.team = plan.team;
            result.athlete = plan.athlete;
            result.previous = plan;
            result.apply(parameters);
            result.persist();
        }
        record(plan.team, plan.athlete, result, "plan edited", describe(parameters), null);
        ledger.changed(plan.team, ids(plan.athlete), from);
        return result;
    }

    /** Ends the plan today: it stops after today, the weeks up to today stay as they were planned. */
    @Transactional(dontRollbackOn = PlanRuleException.class)
    public void end(TrainingPlan plan, LocalDate today) {
        Team.getEntityManager().lock(plan.team, LockModeType.PESSIMISTIC_WRITE);
        if (!plan.isActive()) {
            throw new PlanRuleException("plan", "this plan has already ended");
        }
        plan.endedOn = today.isBefore(plan.startDate) ? plan.startDate.minusDays(1) : today;
        record(plan.team, plan.athlete, plan, "plan ended", "Ended on " + today + ".", null);
        ledger.changed(plan.team, ids(plan.athlete), plan.endedOn);
    }

    @Transactional(dontRollbackOn = PlanRuleException.class)
    public TeamEvent addEvent(Team team, app.deload.planning.PlanEvent event) {
        TeamEvent row = new TeamEvent();
        row.team = team;
        row.date = event.date();
        row.name = event.name();
        row.eventWeekLoad = event.eventWeekLoad();
        row.persist();
        record(team, null, TrainingPlan.findActiveForTeam(team).orElse(null), "event added",
                event.name() + " on " + event.date() + (event.eventWeekLoad() == null ? ""
                        : ", event week " + PlanText.load(event.eventWeekLoad()) + " AU"), null);
        ledger.changed(team, List.of(), event.date().minusWeeks(3));
        return row;
    }

    @Transactional(dontRollbackOn = PlanRuleException.class)
    public void removeEvent(TeamEvent event) {
        record(event.team, null, TrainingPlan.findActiveForTeam(event.team).orElse(null), "event removed",
                event.name + " on " + event.date, null);
        ledger.changed(event.team, List.of(), event.date.minusWeeks(3));
        event.delete();
    }

    // ----- Layouts -----

    /** The plan's layout with the team's events that fall in it and the early deloads stored on it. */
    static PlanLayout layout(TrainingPlan plan, List<TeamEvent> events, List<PlanEarlyDeload> early) {
        PlanParameters parameters = plan.parameters();
        LocalDate end = parameters.end();
        List<app.deload.planning.PlanEvent> inPlan = events.stream()
                .filter(e -> !e.date.isBefore(parameters.start()) && !e.date.isAfter(end))
                .map(TeamEvent::toPlanning).toList();
        List<EarlyDeload> earlyInPlan = early.stream().filter(d -> Objects.equals(d.plan.id, plan.id))
                .map(PlanEarlyDeload::toPlanning).toList();
        return PlanLayout.of(parameters, inPlan, earlyInPlan);
    }

    static boolean appliesTo(PlanEarlyDeload deload, long athleteId) {
        return deload.athlete == null || deload.athlete.id == athleteId;
    }

    static List<DeloadPeriod> periods(TrainingPlan plan, List<TeamEvent> events, List<PlanEarlyDeload> early,
            long athleteId) {
        List<PlanEarlyDeload> applying = early.stream().filter(d -> appliesTo(d, athleteId)).toList();
        LocalDate last = plan.lastDay();
        return layout(plan, events, applying).deloadPeriods().stream().filter(p -> !p.start().isAfter(last)).toList();
    }

    private static Collection<Long> ids(Athlete athleteOrNull) {
        return athleteOrNull == null ? List.of() : List.of(athleteOrNull.id);
    }

    static String describe(PlanParameters p) {
        return "From " + p.start() + ", " + p.weeks() + " weeks, pattern " + p.pattern().label() + ", first week "
                + PlanText.load(p.firstWeekLoad()) + " AU, progression " + PlanText.number(p.progressionPercent())
                + " %/week, deload −" + PlanText.percent(p.deloadReduction()) + ", taper −"
                + PlanText.percent(p.taperReduction()) + ".";
    }

    private static void record(Team team, Athlete athlete, TrainingPlan plan, String action, String note,
            String username) {
        PlanHistory entry = new PlanHistory();
        entry.team = team;
        entry.athlete = athlete;
        entry.plan = plan;
        entry.happenedAt = Instant.now();
        entry.doneBy = username != null ? username : app.deload.audit.CurrentActor.username();
        entry.action = action;
        entry.note = note.length() > 2000 ? note.substring(0, 2000) : note;
        entry.persist();
    }
}
