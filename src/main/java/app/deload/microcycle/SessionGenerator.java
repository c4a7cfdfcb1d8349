package app.deload.microcycle;

import app.deload.athlete.Athlete;
import app.deload.plan.PlanningService;
import app.deload.plan.TrainingPlan;
import app.deload.planning.PlanLayout;
import app.deload.planning.PlanRuleException;
import app.deload.planning.microcycle.ExistingSession;
import app.deload.planning.microcycle.GenerationDiff;
import app.deload.planning.microcycle.GenerationUndo;
import app.deload.planning.microcycle.PlannedMicrocycle;
import app.deload.planning.microcycle.PlannedSession;
import app.deload.planning.microcycle.WeekPlanner;
import app.deload.signals.MetricsLedger;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Turns the plan and the week templates into ordinary planned sessions. The team's athletes share the team's
 * sessions; an athlete with a template or individual plan of their own gets sessions of their own. A preview computes
 * only; a generation writes everything in one transaction and records each change so that it can be undone in one
 * step. A day with a session entered or edited by hand, or rated, is never touched. An athlete who logged a session
 * of their own in a new session's slot is left out of it, so nobody has the same session twice.
 */
@ApplicationScoped
public class SessionGenerator {

    private static final Logger LOG = Logger.getLogger(SessionGenerator.class);

    @Inject
    PlanningService planning;

    @Inject
    TemplateStore templates;

    @Inject
    MetricsLedger ledger;

    /** What generating the range would do. Refused (field "plan") when the team has no active plan. */
    public GenerationPreview preview(Team team, GenerationRange range) {
        PlanLayout teamLayout = planning.layoutFor(team).orElseThrow(() -> new PlanRuleException("plan",
                "no active plan: create the team's plan first, then generate its sessions"));
        List<Athlete> athletes = Athlete.listForTeam(team).stream().filter(a -> a.active).toList();
        List<Long> ids = athletes.stream().map(a -> a.id).toList();
        Map<Long, EffectiveTemplate> own = templates.ownOf(ids);
        Set<Long> individualPlans = TrainingPlan.listActiveIndividual(team).stream().map(p -> p.athlete.id)
                .collect(Collectors.toSet());
        EffectiveTemplate teamTemplate = templates.forTeam(team);

        List<TrainingSession> sessions = TrainingSession.list("team = ?1 and individual = false and date between ?2 "
                + "and ?3 order by date, startsAt, id", team, range.from(), range.to());
        Map<Long, Set<Long>> attendees = new HashMap<>();
        Set<Long> rated = new HashSet<>();
        for (Object[] row : SessionAttendance.getEntityManager().createQuery("select s.id, a.athlete.id, a.rpe "
                + "from SessionAttendance a join a.session s where s.team = ?1 and s.individual = false "
                + "and s.date between ?2 and ?3", Object[].class).setParameter(1, team)
                .setParameter(2, range.from()).setParameter(3, range.to()).getResultList()) {
            attendees.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
            if (row[2] != null) {
                rated.add((Long) row[0]);
            }
        }

        List<GenerationGroup> groups = new ArrayList<>();
        List<Long> teamIds = ids.stream().filter(id -> !own.containsKey(id) && !individualPlans.contains(id)).toList();
        groups.add(group(null, "the team", teamIds, teamTemplate, teamLayout, sessions, attendees, rated, range));
        for (Athlete a : athletes) {
            if (own.containsKey(a.id) || individualPlans.contains(a.id)) {
                PlanLayout layout = planning.layoutFor(a).orElse(teamLayout);
                groups.add(group(a.id, a.name, List.of(a.id), own.getOrDefault(a.id, teamTemplate), layout, sessions,
                        attendees, rated, range));
            }
        }
        return new GenerationPreview(range.from(), range.to(), groups);
    }

    private static GenerationGroup group(Long athleteId, String name, List<Long> athleteIds,
            EffectiveTemplate template, PlanLayout layout, List<TrainingSession> sessions,
            Map<Long, Set<Long>> attendees, Set<Long> rated, GenerationRange range) {
        List<PlannedMicrocycle> weeks = WeekPlanner.weeks(layout, template.template(), range.from(), range.to());
        List<PlannedSession> wanted = new ArrayList<>();
        for (PlannedMicrocycle week : weeks) {
            wanted.addAll(week.sessions());
        }
        List<ExistingSession> existing = new ArrayList<>();
        for (TrainingSession s : sessions) {
            boolean mine = s.generationId == null
                    ? athleteId == null || attendees.getOrDefault(s.id, Set.of()).contains(athleteId)
                    : java.util.Objects.equals(s.generatedForAthleteId, athleteId);
            if (mine) {
                existing.add(Generated.existing(s, rated.contains(s.id)));
            }
        }
        GenerationDiff diff = athleteIds.isEmpty() ? GenerationDiff.of(List.of(), List.of(), range.from(), range.to())
                : GenerationDiff.of(wanted, existing, range.from(), range.to());
        return new GenerationGroup(athleteId, name, athleteIds, template, weeks, diff);
    }

    /** Generates the range in one transaction; the generation records every change it made. */
    @Transactional(dontRollbackOn = PlanRuleException.class)
    public SessionGeneration generate(Team team, GenerationRange range, String username) {
        Team.getEntityManager().lock(team, LockModeType.PESSIMISTIC_WRITE);
        GenerationPreview preview = preview(team, range);
        ZoneId zone = team.zone();
        SessionGeneration generation = new SessionGeneration();
        generation.team = team;
        generation.firstDay = range.from();
        generation.lastDay = range.to();
        generation.doneBy = username;
        generation.persist();
        Map<Long, Athlete> byId = Athlete.listForTeam(team).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a));
        Map<Long, List<TrainingSession>> ownSessions = individualSessions(team, range);
        Set<Long> touched = new HashSet<>();
        LocalDate earliest = null;
        for (GenerationGroup group : preview.groups()) {
            GenerationDiff diff = group.diff();
            for (PlannedSession wanted : diff.creates()) {
                TrainingSession s = create(team, Generated.of(wanted), generation.id, group.athleteId(), zone,
                        group.athleteIds().stream().filter(id -> !slotTaken(ownSessions.get(id), wanted))
                                .map(byId::get).toList());
                change(generation, s.id, GenerationChange.Kind.CREATED, null, null, null, null);
                touched.addAll(group.athleteIds());
                earliest = min(earliest, wanted.date());
            }
            for (GenerationDiff.Update update : diff.updates()) {
                TrainingSession s = TrainingSession.findById(update.existing().id());
                change(generation, s.id, GenerationChange.Kind.UPDATED, s.generationId, s.generatedAs,
                        s.generatedForAthleteId, null);
                LocalDate before = s.date;
                Generated values = Generated.of(update.wanted());
                values.applyTo(s, zone);
                s.generationId = generation.id;
                s.generatedAs = values.line();
                touched.addAll(SessionAttendance.athleteIdsOf(s));
                earliest = min(min(earliest, before), s.date);
            }
            for (ExistingSession gone : diff.deletes()) {
                TrainingSession s = TrainingSession.findById(gone.id());
                List<Long> athletes = SessionAttendance.athleteIdsOf(s);
                change(generation, s.id, GenerationChange.Kind.DELETED, s.generationId, s.generatedAs,
                        s.generatedForAthleteId, athletes.stream().map(String::valueOf).collect(Collectors.joining(",")));
                SessionAttendance.deleteForSession(s);
                s.delete();
                touched.addAll(athletes);
                earliest = min(earliest, gone.date());
            }
        }
        generation.createdSessions = preview.creates();
        generation.updatedSessions = preview.updates();
        generation.deletedSessions = preview.deletes();
        generation.keptDays = preview.keptDays();
        if (earliest != null) {
            ledger.changed(team, touched, earliest);
        }
        LOG.infof("Generated sessions for team %d from %s to %s: %d created, %d updated, %d deleted, %d days kept",
                team.id, range.from(), range.to(), generation.createdSessions, generation.updatedSessions,
                generation.deletedSessions, generation.keptDays);
        return generation;
    }

    /**
     * The sessions logged for one athlete in the range, by athlete: a generated team session leaves out an athlete
     * who already has one in its slot, so that nobody gets the same session twice.
     */
    private static Map<Long, List<TrainingSession>> individualSessions(Team team, GenerationRange range) {
        Map<Long, List<TrainingSession>> out = new HashMap<>();
        for (SessionAttendance a : SessionAttendance.<SessionAttendance>list("from SessionAttendance a join fetch "
                + "a.session s where s.team = ?1 and s.individual = true and s.date between ?2 and ?3", team,
                range.from(), range.to())) {
            out.computeIfAbsent(a.athlete.id, k -> new ArrayList<>()).add(a.session);
        }
        return out;
    }

    private static boolean slotTaken(List<TrainingSession> own, PlannedSession wanted) {
        return own != null && own.stream().anyMatch(s -> wanted.sameSlot(s.date, s.startTime, Generated.kind(s.type)));
    }

    /** The team's last generation that can still be undone. */
    public Optional<SessionGeneration> last(Team team) {
        return SessionGeneration.lastOf(team);
    }

    /**
     * Undoes the team's last generation in one step: the sessions it created are deleted, the ones it rewrote get
     * their earlier values back and the ones it deleted are planned again, except sessions edited by hand or rated
     * since, which are kept. Refused (field "generation") when there is nothing to undo or {@code expectedId} is not
     * the last generation.
     */
    @Transactional(dontRollbackOn = PlanRuleException.class)
    public UndoResult undo(Team team, Long expectedId, String username) {
        Team.getEntityManager().lock(team, LockModeType.PESSIMISTIC_WRITE);
        SessionGeneration generation = SessionGeneration.lastOf(team).orElseThrow(() -> new PlanRuleException(
                "generation", "there is no generation to undo"));
        if (expectedId != null && expectedId != generation.id.longValue()) {
            throw new PlanRuleException("generation", "only the last generation (#" + generation.id
                    + ") can be undone");
        }
        ZoneId zone = team.zone();
        List<GenerationChange> changes = new ArrayList<>(GenerationChange.listFor(generation));
        java.util.Collections.reverse(changes);
        List<Long> sessionIds = changes.stream().map(c -> c.sessionId).filter(java.util.Objects::nonNull).toList();
        Map<Long, TrainingSession> sessions = sessionIds.isEmpty() ? Map.of()
                : TrainingSession.<TrainingSession>list("id in ?1", sessionIds).stream()
                        .collect(Collectors.toMap(s -> s.id, s -> s));
        Set<Long> rated = sessionIds.isEmpty() ? Set.of() : new HashSet<>(SessionAttendance.getEntityManager()
                .createQuery("select distinct a.session.id from SessionAttendance a where a.session.id in ?1 "
                        + "and a.rpe is not null", Long.class).setParameter(1, sessionIds).getResultList());
        List<ExistingSession> created = new ArrayList<>();
        for (GenerationChange c : changes) {
            TrainingSession s = sessions.get(c.sessionId);
            if (c.changeKind == GenerationChange.Kind.CREATED && s != null) {
                created.add(Generated.existing(s, rated.contains(s.id)));
            }
        }
        GenerationUndo plan = GenerationUndo.of(generation.id, created);
        Set<Long> toDelete = plan.deletes().stream().map(ExistingSession::id).collect(Collectors.toSet());
        List<String> kept = new ArrayList<>();
        for (GenerationUndo.Kept k : plan.kept()) {
            kept.add(describe(k.session().date(), sessions.get(k.session().id())) + " " + k.reason());
        }
        Map<Long, Athlete> byId = Athlete.listForTeam(team).stream().collect(Collectors.toMap(a -> a.id, a -> a));
        Set<Long> touched = new HashSet<>();
        LocalDate earliest = null;
        int removed = 0;
        int restored = 0;
        for (GenerationChange c : changes) {
            TrainingSession s = sessions.get(c.sessionId);
            switch (c.changeKind) {
                case CREATED -> {
                    if (s != null && toDelete.contains(s.id)) {
                        touched.addAll(SessionAttendance.athleteIdsOf(s));
                        earliest = min(earliest, s.date);
                        SessionAttendance.deleteForSession(s);
                        s.delete();
                        removed++;
                    }
                }
                case UPDATED -> {
                    if (s == null) {
                        continue;
                    }
                    if (s.generationId != null && s.generationId.equals(generation.id) && Generated.untouched(s)
                            && !rated.contains(s.id)) {
                        earliest = min(earliest, s.date);
                        Generated before = Generated.parse(c.previousValues);
                        before.applyTo(s, zone);
                        s.generationId = c.previousGenerationId;
                        s.generatedAs = c.previousValues;
                        earliest = min(earliest, s.date);
                        touched.addAll(SessionAttendance.athleteIdsOf(s));
                        restored++;
                    } else {
                        kept.add(describe(s.date, s) + " kept: " + (rated.contains(s.id) ? "already rated"
                                : "edited by hand") + " since it was generated");
                    }
                }
                case DELETED -> {
                    Generated before = Generated.parse(c.previousValues);
                    List<Athlete> athletes = c.athleteIds == null || c.athleteIds.isBlank() ? List.of()
                            : Arrays.stream(c.athleteIds.split(",")).map(Long::valueOf).map(byId::get)
                                    .filter(a -> a != null && a.active).toList();
                    create(team, before, c.previousGenerationId, c.previousForAthleteId, zone, athletes);
                    athletes.forEach(a -> touched.add(a.id));
                    earliest = min(earliest, before.date());
                    restored++;
                }
            }
        }
        generation.undoneAt = Instant.now();
        generation.undoneBy = username;
        if (earliest != null) {
            ledger.changed(team, touched, earliest);
        }
        LOG.infof("Undid generation %d of team %d: %d removed, %d restored, %d kept", generation.id, team.id, removed,
                restored, kept.size());
        return new UndoResult(generation.id, removed, restored, kept);
    }

    private static TrainingSession create(Team team, Generated values, Long generationId, Long forAthleteId,
            ZoneId zone, List<Athlete> athletes) {
        TrainingSession s = new TrainingSession();
        s.team = team;
        values.applyTo(s, zone);
        s.individual = false;
        s.generationId = generationId;
        s.generatedAs = values.line();
        s.generatedForAthleteId = forAthleteId;
        s.persist();
        for (Athlete a : athletes) {
            if (a != null) {
                SessionAttendance.of(s, a).persist();
            }
        }
        return s;
    }

    private static void change(SessionGeneration generation, Long sessionId, GenerationChange.Kind kind,
            Long previousGeneration, String previousValues, Long previousForAthlete, String athleteIds) {
        GenerationChange c = new GenerationChange();
        c.generationId = generation.id;
        c.sessionId = sessionId;
        c.changeKind = kind;
        c.previousGenerationId = previousGeneration;
        c.previousValues = previousValues;
        c.previousForAthleteId = previousForAthlete;
        c.athleteIds = athleteIds;
        c.persist();
    }

    private static String describe(LocalDate date, TrainingSession s) {
        return (s == null ? "" : s.type.label() + " on ") + date;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
