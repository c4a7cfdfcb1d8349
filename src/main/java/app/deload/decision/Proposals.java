package app.deload.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.deload.account.User;
import app.deload.athlete.Athlete;
import app.deload.monitoring.Sign;
import app.deload.monitoring.SignalLevel;
import app.deload.monitoring.TeamAlertShare;
import app.deload.plan.PlanningService;
import app.deload.planning.DeloadPeriod;
import app.deload.planning.PlanLayout;
import app.deload.planning.ProposalCheck;
import app.deload.planning.ProposalRules;
import app.deload.signals.TeamMetrics;
import app.deload.team.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Raises, accepts and dismisses proposals to bring a deload forward. Raising is idempotent: the team's row is
 * locked while a day is evaluated and (team, subject, day) is a unique key, so pages opened at once and the daily
 * job on several instances never raise the same proposal twice.
 */
@ApplicationScoped
public class Proposals {

    /** A deload that runs today or starts within this many days needs no proposal. */
    static final int DELOAD_SOON_DAYS = 7;

    @Inject
    TeamMetrics metrics;

    @Inject
    PlanningService planning;

    /**
     * Evaluates the team's day from its signals and raises what the rules call for ({@link ProposalRules}: not while
     * one is pending or a deload is near, and after a dismissal only when worse); returns how many were raised. Only
     * athletes and teams with an active plan get proposals: without one there is no deload to bring forward.
     */
    @Transactional
    public int raise(Team team, TeamMetrics.SquadDay squad) {
        Team locked = Team.findById(team.id, LockModeType.PESSIMISTIC_WRITE);
        LocalDate day = squad.date();
        Map<Long, List<Proposal>> bySubject = Proposal.listDecidedOrPendingForTeam(locked).stream()
                .collect(Collectors.groupingBy(p -> p.subjectKey));
        int raised = 0;
        List<TeamMetrics.AthleteDay> inAlert = squad.athletes().stream()
                .filter(a -> a.metrics().signals().level().isAlert()).toList();
        if (!inAlert.isEmpty()) {
            Map<Long, Athlete> athletes = new HashMap<>();
            for (Athlete a : Athlete.listActiveForTeam(locked)) {
                athletes.put(a.id, a);
            }
            Map<Long, PlanLayout> layouts = planning.layoutsFor(locked,
                    inAlert.stream().map(TeamMetrics.AthleteDay::athleteId).toList());
            for (TeamMetrics.AthleteDay a : inAlert) {
                Athlete athlete = athletes.get(a.athleteId());
                Optional<PlanLayout> layout = Optional.ofNullable(layouts.get(a.athleteId()));
                if (athlete == null || layout.isEmpty()) {
                    continue;
                }
                List<Proposal> earlier = bySubject.getOrDefault(a.athleteId(), List.of());
                SignalLevel level = a.metrics().signals().level();
                ProposalCheck check = ProposalRules.forAthlete(level, pendingLevel(earlier),
                        dismissedLevel(earlier, layout.get(), day), deloadSoon(layout.get(), day));
                if (check.raise()) {
                    List<Proposal.Reason> reasons = new ArrayList<>();
                    reasons.add(new Proposal.Reason("rule", check.reason(), ""));
                    a.metrics().signals().signs().forEach(s -> reasons.add(reason(s)));
                    Proposal.forAthlete(athlete, day, level, a.metrics().signals().summary(), reasons).persist();
                    raised++;
                }
            }
        }
        TeamAlertShare share = squad.alertShare();
        if (share.reachesThreshold()) {
            Optional<PlanLayout> layout = planning.layoutFor(locked);
            if (layout.isPresent()) {
                List<Proposal> earlier = bySubject.getOrDefault(0L, List.of());
                ProposalCheck check = ProposalRules.forTeam(share.inAlert(), share.athletes(), share.threshold(),
                        pendingShare(earlier), dismissedShare(earlier, layout.get(), day),
                        deloadSoon(layout.get(), day));
                if (check.raise()) {
                    List<Proposal.Reason> reasons = new ArrayList<>();
                    reasons.add(new Proposal.Reason("rule", check.reason(), share.reason()));
                    inAlert.stream().sorted(Comparator.comparing(TeamMetrics.AthleteDay::name))
                            .forEach(a -> reasons.add(new Proposal.Reason(a.name(),
                                    a.metrics().signals().level().label(), a.metrics().signals().domains().stream()
                                            .map(d -> d.label()).collect(Collectors.joining(", ")))));
                    SignalLevel worst = inAlert.stream().map(a -> a.metrics().signals().level())
                            .max(Comparator.naturalOrder()).orElse(SignalLevel.ALERT_ACCUMULATED_FATIGUE);
                    Proposal.forTeam(locked, day, share.inAlert(), share.athletes(), share.share(), worst,
                            share.reason(), reasons).persist();
                    raised++;
                }
            }
        }
        return raised;
    }

    /** Evaluates the team's day today (in its zone). */
    public int raiseToday(Team team) {
        return raise(team, metrics.squadOn(team, LocalDate.now(team.zone())));
    }

    /**
     * Accepts a pending proposal: the next deload is brought forward to start tomorrow (in the team's zone), the
     * plan is rewritten from that day and the dated deload recorded and logged by the planning service.
     *
     * @throws AlreadyDecided when someone decided it first
     * @throws app.deload.planning.PlanRuleException when there is no active plan to rewrite
     */
    @Transactional
    public LocalDate accept(Proposal proposal, User by) {
        Proposal p = Proposal.lock(proposal.id);
        if (p.status != Proposal.Status.PENDING) {
            throw new AlreadyDecided(p.status);
        }
        LocalDate start = LocalDate.now(p.team.zone()).plusDays(1);
        String why = "proposal of " + p.raisedOn + " accepted: " + p.summary;
        planning.bringDeloadForward(p.team, p.athlete, start, why, by);
        p.decide(Proposal.Status.ACCEPTED, null, by.username, Instant.now());
        p.deloadStart = start;
        return start;
    }

    /** Dismisses a pending proposal with the coach's note, logged in the plan's history. */
    @Transactional
    public void dismiss(Proposal proposal, String note, User by) {
        Proposal p = Proposal.lock(proposal.id);
        if (p.status != Proposal.Status.PENDING) {
            throw new AlreadyDecided(p.status);
        }
        p.decide(Proposal.Status.DISMISSED, note, by.username, Instant.now());
        planning.log(p.team, p.athlete, "proposal dismissed", "proposal of " + p.raisedOn + " (" + p.summary
                + ") dismissed: " + note, by);
    }

    /** Checks a dismissal's note; returns the message to show beside the field, or null when it will do. */
    static String noteProblem(String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            return "Write why you dismiss it, e.g. \"Race on Saturday; easy days already planned.\"";
        }
        if (text.length() > 1000) {
            return "Use at most 1000 characters.";
        }
        return null;
    }

    /** Thrown when a proposal was decided by someone else first. */
    public static class AlreadyDecided extends RuntimeException {
        AlreadyDecided(Proposal.Status status) {
            super("This proposal was already " + status.name().toLowerCase(Locale.ROOT) + ".");
        }
    }

    private static Optional<SignalLevel> pendingLevel(List<Proposal> earlier) {
        return earlier.stream().filter(p -> p.status == Proposal.Status.PENDING).map(p -> p.signalLevel)
                .max(Comparator.naturalOrder());
    }

    private static Optional<Double> pendingShare(List<Proposal> earlier) {
        return earlier.stream().filter(p -> p.status == Proposal.Status.PENDING).map(p -> p.alertShare)
                .max(Comparator.naturalOrder());
    }

    /** A dismissal counts until a deload (planned or brought forward) has ended after it: then it is a new episode. */
    private static List<Proposal> dismissedSinceLastDeload(List<Proposal> earlier, PlanLayout layout, LocalDate day) {
        LocalDate lastEnd = lastDeloadEnd(layout, day);
        return earlier.stream().filter(p -> p.status == Proposal.Status.DISMISSED)
                .filter(p -> lastEnd == null || p.raisedOn.isAfter(lastEnd)).toList();
    }

    private static Optional<SignalLevel> dismissedLevel(List<Proposal> earlier, PlanLayout layout, LocalDate day) {
        return dismissedSinceLastDeload(earlier, layout, day).stream().map(p -> p.signalLevel)
                .max(Comparator.naturalOrder());
    }

    private static Optional<Double> dismissedShare(List<Proposal> earlier, PlanLayout layout, LocalDate day) {
        return dismissedSinceLastDeload(earlier, layout, day).stream().map(p -> p.alertShare)
                .max(Comparator.naturalOrder());
    }

    private static LocalDate lastDeloadEnd(PlanLayout layout, LocalDate day) {
        LocalDate last = null;
        for (DeloadPeriod period : layout.deloadPeriods()) {
            if (period.end().isBefore(day) && (last == null || period.end().isAfter(last))) {
                last = period.end();
            }
        }
        return last;
    }

    static boolean deloadSoon(PlanLayout layout, LocalDate day) {
        LocalDate horizon = day.plusDays(DELOAD_SOON_DAYS);
        return layout.deloadPeriods().stream()
                .anyMatch(p -> !p.end().isBefore(day) && !p.start().isAfter(horizon));
    }

    static Proposal.Reason reason(Sign sign) {
        String numbers = sign.measure() + " " + fmt(sign.value())
                + (sign.baseline() == null ? "" : ", baseline " + fmt(sign.baseline()))
                + ", threshold " + fmt(sign.threshold()) + "; " + sign.window().from() + " to " + sign.window().to()
                + ", " + sign.window().completenessText();
        return new Proposal.Reason(sign.domain().label(), sign.sentence(), numbers);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
