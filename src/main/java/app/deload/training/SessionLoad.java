package app.deload.training;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One athlete's part in one session, as daily-load calculations need it: the team-local date, whether they
 * attended, the minutes that count (actual, else planned) and the CR-10 rating, null while not rated.
 * A session that has not started yet also comes with {@code attended} true and no rating: use
 * {@link #isMissing(Instant)} rather than {@code rpe == null} to find missing ratings.
 */
public record SessionLoad(long athleteId, long sessionId, LocalDate date, SessionType type, boolean attended,
        int minutes, Integer rpe, boolean late, Instant startsAt) {

    /** RPE × minutes in AU (Foster 2001); null while not rated. */
    public Integer load() {
        return rpe == null ? null : rpe * minutes;
    }

    /** Attended and started but not rated: the load is unknown, never zero. */
    public boolean isMissing(Instant now) {
        return attended && rpe == null && !startsAt.isAfter(now);
    }
}
