package app.deload.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.deload.athlete.Athlete;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.TrainingSession;

/**
 * Imports session rows into a team, matching them against the team's sessions of the same dates:
 * <ul>
 * <li>a row whose athlete already has a session with that date, start time and type updates that attendance
 * row when the file says something new (attended, other minutes, another rating; an empty rating never clears
 * one) and is left alone otherwise, so importing a file twice changes nothing the second time;</li>
 * <li>other rows with a start time join the team's (non-individual) session of that date, start time and type,
 * or, when there is none, the rows of one date, start time and type become ONE new team session whose planned
 * duration is the most frequent of their minutes (the earlier row wins a tie), with an athlete's other minutes
 * kept as their actual minutes; attendance of a session that has started counts as taken by the import;</li>
 * <li>a row without a start time becomes an individual session of its athlete.</li>
 * </ul>
 * Ratings are recorded as given by the importing coach at import time, so, like any rating entered more than
 * 24 hours after the session, they are marked late.
 */
final class SessionImport implements ImportPlan {

    private record Joining(TrainingSession session, SessionRow row) {
    }

    private record Update(SessionAttendance attendance, SessionRow row) {
    }

    private final Team team;
    private final Map<SessionRow.Group, List<SessionRow>> newTeamSessions;
    private final List<SessionRow> newIndividualSessions;
    private final List<Joining> joining;
    private final List<Update> updates;
    private final int unchanged;

    private SessionImport(Team team, Map<SessionRow.Group, List<SessionRow>> newTeamSessions,
            List<SessionRow> newIndividualSessions, List<Joining> joining, List<Update> updates, int unchanged) {
        this.team = team;
        this.newTeamSessions = newTeamSessions;
        this.newIndividualSessions = newIndividualSessions;
        this.joining = joining;
        this.updates = updates;
        this.unchanged = unchanged;
    }

    /** Reads the team's sessions and attendance of the rows' dates: two queries, whatever the file's size. */
    static SessionImport plan(Team team, List<SessionRow> rows) {
        LocalDate from = ImportPlan.first(rows);
        LocalDate to = ImportPlan.last(rows);
        Map<SessionRow.Group, TrainingSession> joinable = new HashMap<>();
        for (TrainingSession session : TrainingSession.listForTeamBetween(team, from, to)) {
            if (!session.individual && session.startTime != null) {
                joinable.putIfAbsent(new SessionRow.Group(session.date, session.startTime, session.type), session);
            }
        }
        Map<SessionRow.Key, SessionAttendance> existing = new HashMap<>();
        for (SessionAttendance attendance : SessionAttendance.listWithSessionForTeamBetween(team, from, to)) {
            TrainingSession s = attendance.session;
            existing.putIfAbsent(new SessionRow.Key(attendance.athlete.id, s.date, s.startTime, s.type), attendance);
        }
        Map<SessionRow.Group, List<SessionRow>> newTeamSessions = new LinkedHashMap<>();
        List<SessionRow> newIndividualSessions = new ArrayList<>();
        List<Joining> joining = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        int unchanged = 0;
        for (SessionRow row : rows) {
            SessionAttendance attendance = existing.get(row.key());
            if (attendance != null) {
                if (changes(attendance, row)) {
                    updates.add(new Update(attendance, row));
                } else {
                    unchanged++;
                }
            } else if (row.individual()) {
                newIndividualSessions.add(row);
            } else if (joinable.containsKey(row.group())) {
                joining.add(new Joining(joinable.get(row.group()), row));
            } else {
                newTeamSessions.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row);
            }
        }
        return new SessionImport(team, newTeamSessions, newIndividualSessions, joining, updates, unchanged);
    }

    @Override
    public ImportEffects effects() {
        List<SessionRow> added = addedRows();
        long rated = added.stream().filter(r -> r.rpe() != null).count();
        long reRated = updates.stream().filter(u -> rerates(u.attendance(), u.row())).count();
        return new ImportEffects(List.of(
                new ImportEffects.Effect(newTeamSessions.size() + newIndividualSessions.size(), "sessions created"),
                new ImportEffects.Effect(added.size(), "athlete sessions added"),
                new ImportEffects.Effect((int) (rated + reRated), "ratings recorded"),
                new ImportEffects.Effect((int) (added.size() - rated), "added without a rating (missing)"),
                new ImportEffects.Effect(updates.size(), "existing athlete sessions updated"),
                new ImportEffects.Effect(unchanged, "rows already stored, left as they are")));
    }

    /**
     * Persists the new sessions first and then the attendance rows, so the inserts of each table go to the
     * database in JDBC batches.
     */
    @Override
    public void apply(String username, Instant now) {
        ZoneId zone = team.zone();
        Map<Long, Athlete> athletes = athletes();
        List<Joining> attendances = new ArrayList<>(joining);
        for (List<SessionRow> group : newTeamSessions.values()) {
            TrainingSession session = newSession(group.get(0), plannedMinutes(group), notes(group), false, zone);
            if (session.hasStarted(now)) {
                session.closedAt = now;
                session.closedBy = username;
            }
            group.forEach(row -> attendances.add(new Joining(session, row)));
        }
        for (SessionRow row : newIndividualSessions) {
            attendances.add(new Joining(newSession(row, row.minutes(), row.notes(), true, zone), row));
        }
        for (Joining join : attendances) {
            SessionAttendance attendance = SessionAttendance.of(join.session(), athletes.get(join.row().athleteId()));
            record(attendance, join.row(), username, now, zone);
            attendance.persist();
        }
        for (Update update : updates) {
            update.attendance().attended = true;
            record(update.attendance(), update.row(), username, now, zone);
        }
    }

    private TrainingSession newSession(SessionRow row, int plannedMinutes, String notes, boolean individual,
            ZoneId zone) {
        TrainingSession session = new TrainingSession();
        session.team = team;
        session.schedule(row.date(), row.startTime(), zone);
        session.type = row.type();
        session.plannedMinutes = plannedMinutes;
        session.notes = notes;
        session.individual = individual;
        session.persist();
        return session;
    }

    /** Minutes other than the session's planned ones are the athlete's actual minutes; a new rating replaces. */
    private static void record(SessionAttendance attendance, SessionRow row, String username, Instant now,
            ZoneId zone) {
        if (attendance.effectiveMinutes() != row.minutes()) {
            attendance.minutes = row.minutes() == attendance.session.plannedMinutes ? null : row.minutes();
        }
        if (rerates(attendance, row)) {
            attendance.rate(row.rpe(), username, now, zone);
        }
    }

    private static boolean changes(SessionAttendance attendance, SessionRow row) {
        return !attendance.attended || attendance.effectiveMinutes() != row.minutes() || rerates(attendance, row);
    }

    private static boolean rerates(SessionAttendance attendance, SessionRow row) {
        return row.rpe() != null && !row.rpe().equals(attendance.rpe);
    }

    private List<SessionRow> addedRows() {
        List<SessionRow> added = new ArrayList<>(joining.stream().map(Joining::row).toList());
        newTeamSessions.values().forEach(added::addAll);
        added.addAll(newIndividualSessions);
        return added;
    }

    /** The athletes of the added rows, as references: no query, they were checked against the roster. */
    private Map<Long, Athlete> athletes() {
        return addedRows().stream().map(SessionRow::athleteId).distinct().collect(Collectors.toMap(
                Function.identity(), id -> Athlete.getEntityManager().getReference(Athlete.class, id)));
    }

    /** The most frequent minutes of a session's rows; the earlier row wins a tie. */
    static int plannedMinutes(List<SessionRow> group) {
        Map<Integer, Long> counts = group.stream()
                .collect(Collectors.groupingBy(SessionRow::minutes, LinkedHashMap::new, Collectors.counting()));
        int planned = group.get(0).minutes();
        long most = 0;
        for (Map.Entry<Integer, Long> minutes : counts.entrySet()) {
            if (minutes.getValue() > most) {
                planned = minutes.getKey();
                most = minutes.getValue();
            }
        }
        return planned;
    }

    private static String notes(List<SessionRow> group) {
        return group.stream().map(SessionRow::notes).filter(n -> n != null).findFirst().orElse(null);
    }
}
