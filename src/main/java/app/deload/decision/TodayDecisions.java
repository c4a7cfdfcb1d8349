package app.deload.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.deload.account.User;
import app.deload.athlete.Athlete;
import app.deload.monitoring.ActiveRecoveryZone;
import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.Thresholds;
import app.deload.plan.PlanningService;
import app.deload.planning.Decision;
import app.deload.planning.DecisionInput;
import app.deload.planning.TodayDecision;
import app.deload.signals.MetricsLedger;
import app.deload.signals.TeamMetrics;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

/**
 * Today's decision for every athlete with a session on a day (science.md section 12's rules, from the pure core),
 * and the coach's acceptance of it. A team session has one type for everyone, so active recovery becomes an
 * individual session for the athlete at the team session's time, and the athlete is marked absent from the team
 * session; an athlete's own individual session is changed in place. Both are undone by the coach.
 */
@ApplicationScoped
public class TodayDecisions {

    /** The prescription the recovery session is planned with (section 11: 20–40 min, CR-10 RPE 1–3). */
    static final int RECOVERY_MINUTES = 30;
    static final int RECOVERY_RPE = 2;
    static final String PRESCRIPTION = "20–40 min";
    static final String RPE_RANGE = "RPE 1–3";

    @Inject
    TeamMetrics metrics;

    @Inject
    PlanningService planning;

    @Inject
    MetricsLedger ledger;

    /**
     * One athlete's session with today's recommendation.
     *
     * @param band      the active-recovery heart-rate band, e.g. "99–125 bpm", or null without an estimate
     * @param bandNote  how the band was computed, or why there is no estimate
     * @param decided   the coach's decision in force on this session, or null
     */
    public record Entry(SessionRow session, TodayDecision recommendation, String band, String bandNote,
            SessionDecision decided) {

        public boolean actionable() {
            Decision d = recommendation.decision();
            return decided == null && session.rpe() == null && (d == Decision.REST || d == Decision.MODIFY);
        }

        public boolean restAllowed() {
            return recommendation.decision() == Decision.REST;
        }
    }

    /** Every active athlete's sessions of the team on the day, with the recommendation and any decision taken. */
    public List<Entry> on(Team team, LocalDate day) {
        TeamMetrics.SquadDay squad = metrics.squadOn(team, day);
        Map<Long, DayMetrics> byAthlete = new HashMap<>();
        squad.athletes().forEach(a -> byAthlete.put(a.athleteId(), a.metrics()));
        Map<Long, Athlete> athletes = new HashMap<>();
        Athlete.listActiveForTeam(team).forEach(a -> athletes.put(a.id, a));
        List<SessionDecision> decisions = SessionDecision.listActiveForTeamOn(team, day);
        Map<Long, SessionDecision> byAttendance = new HashMap<>();
        Set<Long> recoverySessions = new HashSet<>();
        for (SessionDecision d : decisions) {
            byAttendance.put(d.attendance.id, d);
            if (d.recoverySessionId != null) {
                recoverySessions.add(d.recoverySessionId);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (SessionRow row : SessionRow.listForTeamOn(team, day)) {
            DayMetrics m = byAthlete.get(row.athleteId());
            Athlete athlete = athletes.get(row.athleteId());
            if (m == null || athlete == null || recoverySessions.contains(row.sessionId())) {
                continue;
            }
            entries.add(entry(row, m, athlete, day, squad.thresholds(), byAttendance.get(row.attendanceId())));
        }
        return entries;
    }

    private static Entry entry(SessionRow row, DayMetrics m, Athlete athlete, LocalDate day, Thresholds thresholds,
            SessionDecision decided) {
        TodayDecision recommendation = TodayDecision.decide(new DecisionInput(m.signals().level(),
                m.signals().domains(), m.wellness() != null, m.hrv().sevenDayMean().isAvailable(), row.plannedRpe(),
                row.type() == SessionType.MATCH));
        String band = null;
        String note;
        try {
            ActiveRecoveryZone zone = ActiveRecoveryZone.of(athlete.hrMax, athlete.ageOn(day), athlete.hrRest,
                    thresholds);
            band = zone.lowBpm() + "–" + zone.highBpm() + " bpm";
            note = zone.method() + "; " + zone.reason();
        } catch (IllegalArgumentException e) {
            note = "no estimate: " + e.getMessage() + "; enter HRmax on the athlete's profile";
        }
        return new Entry(row, recommendation, band, note, decided);
    }

    /**
     * Applies the coach's choice to the athlete's session today.
     *
     * @throws NotFoundException when the attendance row is not one of the team's
     * @throws Refused           with the reason when the choice cannot be applied
     */
    @Transactional
    public SessionDecision decide(Team team, long attendanceId, SessionDecision.Choice choice, User by) {
        SessionAttendance attendance = SessionAttendance.findById(attendanceId, LockModeType.PESSIMISTIC_WRITE);
        if (attendance == null || !attendance.session.team.id.equals(team.id)
                || !attendance.athlete.team.id.equals(team.id) || !attendance.athlete.active) {
            throw new NotFoundException();
        }
        TrainingSession session = attendance.session;
        LocalDate today = LocalDate.now(team.zone());
        if (!session.date.equals(today)) {
            throw new Refused("Decisions are taken for today's sessions only.");
        }
        if (SessionDecision.findActiveFor(attendance).isPresent()) {
            throw new Refused("This session already has a decision; undo it first.");
        }
        if (attendance.rpe != null) {
            throw new Refused("This session is already rated; change it on the session's page.");
        }
        Athlete athlete = attendance.athlete;
        DayMetrics m = metrics.athleteOn(athlete, today);
        SessionRow row = new SessionRow(attendance.id, session.id, athlete.id, athlete.name, session.date,
                session.startTime, session.type, session.plannedMinutes, session.plannedRpe, session.individual,
                attendance.attended, attendance.rpe);
        Entry entry = entry(row, m, athlete, today, metrics.thresholds(team), null);
        Decision recommended = entry.recommendation().decision();
        if (recommended != Decision.REST && recommended != Decision.MODIFY) {
            throw new Refused("Today's recommendation for this session is \"" + recommended.label()
                    + "\": there is nothing to accept.");
        }
        if (choice == SessionDecision.Choice.REST && recommended != Decision.REST) {
            throw new Refused("Rest is recommended only for an athlete in alert; accept active recovery instead.");
        }
        SessionDecision decision = new SessionDecision();
        decision.attendance = attendance;
        decision.athlete = athlete;
        decision.sessionDate = today;
        decision.decided = choice;
        decision.recommended = recommended.name();
        decision.previousType = session.type;
        decision.previousMinutes = session.plannedMinutes;
        decision.previousRpe = session.plannedRpe;
        decision.previousAttended = attendance.attended;
        decision.decidedBy = by.username;
        decision.decidedAt = Instant.now();
        String instead = " (instead of " + session.type.label() + at(session.startTime) + ")";
        if (choice == SessionDecision.Choice.REST) {
            decision.message = "Coach: rest today" + instead;
            attendance.attended = false;
        } else {
            decision.message = "Coach: active recovery today, " + PRESCRIPTION
                    + (entry.band() == null ? ", " + RPE_RANGE + " (no heart-rate estimate)"
                            : " at " + entry.band() + ", " + RPE_RANGE)
                    + (session.individual ? "" : instead);
            if (session.individual) {
                session.type = SessionType.ACTIVE_RECOVERY;
                session.plannedMinutes = RECOVERY_MINUTES;
                session.plannedRpe = RECOVERY_RPE;
            } else {
                attendance.attended = false;
                TrainingSession recovery = new TrainingSession();
                recovery.team = team;
                recovery.individual = true;
                recovery.schedule(today, session.startTime, team.zone());
                recovery.type = SessionType.ACTIVE_RECOVERY;
                recovery.plannedMinutes = RECOVERY_MINUTES;
                recovery.plannedRpe = RECOVERY_RPE;
                recovery.notes = decision.message + ". " + entry.bandNote();
                recovery.persist();
                SessionAttendance.of(recovery, athlete).persist();
                decision.recoverySessionId = recovery.id;
            }
        }
        decision.persist();
        ledger.changed(team, List.of(athlete.id), today);
        planning.log(team, athlete, "today's decision: " + choice.label(), decision.message + ". Recommended: "
                + recommended.label() + " — " + String.join("; ", entry.recommendation().reasons()), by);
        return decision;
    }

    /** Undoes a decision in force: the session is as it was before, and the undo is logged. */
    @Transactional
    public SessionDecision undo(Team team, long decisionId, User by) {
        SessionDecision decision = SessionDecision.findById(decisionId, LockModeType.PESSIMISTIC_WRITE);
        if (decision == null || !decision.attendance.session.team.id.equals(team.id)) {
            throw new NotFoundException();
        }
        if (!decision.isActive()) {
            throw new Refused("This decision was already undone.");
        }
        SessionAttendance attendance = decision.attendance;
        TrainingSession session = attendance.session;
        if (decision.recoverySessionId != null) {
            TrainingSession recovery = TrainingSession.findById(decision.recoverySessionId);
            if (recovery != null) {
                if (SessionAttendance.anyRated(recovery)) {
                    throw new Refused("The athlete already rated the active-recovery session; it stays as done.");
                }
                decision.recoverySessionId = null;
                SessionAttendance.deleteForSession(recovery);
                recovery.delete();
            }
        } else if (session.individual && decision.decided == SessionDecision.Choice.ACTIVE_RECOVERY) {
            if (attendance.rpe != null) {
                throw new Refused("The athlete already rated this session; it stays as done.");
            }
            session.type = decision.previousType;
            session.plannedMinutes = decision.previousMinutes;
            session.plannedRpe = decision.previousRpe;
        }
        attendance.attended = decision.previousAttended;
        decision.undoneBy = by.username;
        decision.undoneAt = Instant.now();
        ledger.changed(team, List.of(decision.athlete.id), decision.sessionDate);
        planning.log(team, decision.athlete, "today's decision undone", decision.message + " — undone", by);
        return decision;
    }

    private static String at(LocalTime time) {
        return time == null ? " today" : " at " + time;
    }

    /** A decision that cannot be applied, with the reason to show. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}
