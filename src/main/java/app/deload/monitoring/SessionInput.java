package app.deload.monitoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One planned or done session on its team-local date (see {@link TeamDay}). Only attended sessions count;
 * {@code rpe} null means attended but not rated yet, which makes the day MISSING.
 */
public record SessionInput(LocalDate date, Integer rpe, int minutes, boolean attended) {

    public SessionInput {
        Objects.requireNonNull(date, "date");
        if (rpe != null && (rpe < 0 || rpe > 10)) {
            throw new IllegalArgumentException("RPE must be an integer 0–10 (CR-10) but was " + rpe);
        }
        if (minutes < 1 || minutes > 600) {
            throw new IllegalArgumentException("duration must be 1–600 minutes but was " + minutes);
        }
    }

    public boolean isRated() {
        return rpe != null;
    }

    /** RPE × minutes in AU (Foster 2001); null while unrated. */
    public Integer load() {
        return rpe == null ? null : rpe * minutes;
    }
}
