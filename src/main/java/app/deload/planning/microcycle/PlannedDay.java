package app.deload.planning.microcycle;

import java.time.LocalDate;
import java.util.List;

/** A day of a generated week: its kind, its sessions (none on a rest day) and the reason in plain words. */
public record PlannedDay(LocalDate date, DayKind kind, List<PlannedSession> sessions, String reason) {
    public PlannedDay {
        sessions = List.copyOf(sessions);
    }

    public boolean rest() {
        return sessions.isEmpty();
    }

    public boolean recoveryOnly() {
        return !sessions.isEmpty() && sessions.stream().allMatch(PlannedSession::activeRecovery);
    }

    public boolean hasMatch() {
        return sessions.stream().anyMatch(PlannedSession::match);
    }

    public int maxRpe() {
        return sessions.stream().mapToInt(PlannedSession::rpe).max().orElse(0);
    }

    public int load() {
        return sessions.stream().mapToInt(PlannedSession::load).sum();
    }
}
