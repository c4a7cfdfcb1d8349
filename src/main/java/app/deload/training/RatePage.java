package app.deload.training;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An athlete's session with their rating: the scale to rate it, or why it cannot be rated, and the load
 * once rated.
 */
public record RatePage(long sessionId, String when, String typeLabel, int plannedMinutes, boolean individual,
        String notes, String blocked, Rating current, List<Cr10.Option> scale) {

    /** The stored rating and the load it gives. */
    public record Rating(String rpe, int minutes, int load, boolean late, boolean byCoach, String ratedAt) {
        public String formula() {
            return rpe.split(" ")[0] + " × " + minutes + " min = " + load + " AU";
        }
    }

    static RatePage of(SessionAttendance a, String username, Instant now, RatingForm form) {
        TrainingSession s = a.session;
        ZoneId zone = s.team.zone();
        Rating current = a.rpe == null ? null
                : new Rating(Cr10.describe(a.rpe), a.effectiveMinutes(), a.rpe * a.effectiveMinutes(), a.late,
                        !username.equals(a.ratedBy), TrainingText.stamp(a.ratedAt, zone));
        return new RatePage(s.id, TrainingText.when(s.date, s.startTime), s.type.label(), s.plannedMinutes,
                s.individual, s.notes, blockedReason(a, username, now), current, Cr10.options(form.rpe()));
    }

    /** Why the athlete cannot rate this session now, or null when they can; the JSON API applies it too. */
    public static String blockedReason(SessionAttendance a, String username, Instant now) {
        if (!a.attended) {
            return "Your coach recorded that you did not attend this session, so there is nothing to rate.";
        }
        if (!a.session.individual && !a.session.hasStarted(now)) {
            return "This session has not started yet (" + TrainingText.when(a.session.date, a.session.startTime)
                    + "). Rate it once you have done it.";
        }
        if (a.rpe != null && !username.equals(a.ratedBy)) {
            return "Your coach entered this rating. Ask them if it needs a correction.";
        }
        return null;
    }

    public String action() {
        return "/me/sessions/" + sessionId;
    }

    public String prompt() {
        return Cr10.PROMPT;
    }
}
