package app.deload.microcycle;

import app.deload.planning.microcycle.ExistingSession;
import app.deload.planning.microcycle.PlannedSession;
import app.deload.planning.microcycle.SessionKind;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The values a generation gives a session, as one line ("2026-12-07|18:00|SKILL|75|7|loading week"): stored on the
 * session to tell a hand edit, and on a generation's changes to restore a session on undo.
 */
record Generated(LocalDate date, LocalTime start, SessionType type, int minutes, Integer rpe, String notes) {

    static Generated of(PlannedSession s) {
        return new Generated(s.date(), s.start(), type(s.kind()), s.minutes(), s.rpe(), notes(s.note()));
    }

    static Generated of(TrainingSession s) {
        return new Generated(s.date, s.startTime, s.type, s.plannedMinutes, s.plannedRpe, s.notes);
    }

    static Generated parse(String line) {
        String[] p = line.split("\\|", 6);
        return new Generated(LocalDate.parse(p[0]), p[1].isEmpty() ? null : LocalTime.parse(p[1]),
                SessionType.valueOf(p[2]), Integer.parseInt(p[3]), p[4].isEmpty() ? null : Integer.valueOf(p[4]),
                p[5].isEmpty() ? null : p[5]);
    }

    String line() {
        return date + "|" + (start == null ? "" : start) + "|" + type.name() + "|" + minutes + "|"
                + (rpe == null ? "" : rpe) + "|" + (notes == null ? "" : notes);
    }

    void applyTo(TrainingSession s, ZoneId zone) {
        s.schedule(date, start, zone);
        s.type = type;
        s.plannedMinutes = minutes;
        s.plannedRpe = rpe;
        s.notes = notes;
    }

    /** Generated and not changed since: its values are still the ones it was generated with. */
    static boolean untouched(TrainingSession s) {
        return s.generationId != null && s.generatedAs != null && Objects.equals(s.generatedAs, of(s).line());
    }

    /** The session as the pure generator sees it. */
    static ExistingSession existing(TrainingSession s, boolean rated) {
        return new ExistingSession(s.id, s.date, s.startTime, kind(s.type), s.plannedMinutes, s.plannedRpe, s.notes,
                s.generationId != null && !untouched(s), rated, s.generationId);
    }

    static SessionType type(SessionKind kind) {
        return SessionType.valueOf(kind.name());
    }

    static SessionKind kind(SessionType type) {
        return SessionKind.valueOf(type.name());
    }

    /** Notes fit the session's column (1000). */
    private static String notes(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String s = note.strip();
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
