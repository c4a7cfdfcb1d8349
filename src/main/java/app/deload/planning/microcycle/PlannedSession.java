package app.deload.planning.microcycle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A session the generator wants on a day.
 *
 * @param note the reason in plain words, e.g. "deload week: same intensity, less volume"
 */
public record PlannedSession(LocalDate date, LocalTime start, SessionKind kind, int minutes, int rpe, String note) {
    public PlannedSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (minutes < 1 || minutes > 600) {
            throw new IllegalArgumentException("planned minutes must be 1–600 but were " + minutes);
        }
        if (rpe < 0 || rpe > 10) {
            throw new IllegalArgumentException("planned RPE must be 0–10 but was " + rpe);
        }
    }

    static PlannedSession recovery(LocalDate date, ActiveRecovery r, String note) {
        return new PlannedSession(date, r.start(), SessionKind.ACTIVE_RECOVERY, r.minutes(), r.rpe(), note);
    }

    /** Planned minutes × planned RPE. */
    public int load() {
        return minutes * rpe;
    }

    public boolean activeRecovery() {
        return kind == SessionKind.ACTIVE_RECOVERY;
    }

    public boolean match() {
        return kind == SessionKind.MATCH;
    }

    /**
     * Whether a session an athlete already has (often one they logged themselves) takes this session's slot: the same
     * day, and the same start time or, when either has none, the same kind.
     */
    public boolean sameSlot(LocalDate otherDate, LocalTime otherStart, SessionKind otherKind) {
        if (!date.equals(otherDate)) {
            return false;
        }
        if (start != null && otherStart != null) {
            return start.equals(otherStart);
        }
        return kind == otherKind;
    }
}
