package app.deload.planning.microcycle;

import app.deload.planning.PlanRuleException;
import java.time.LocalTime;

/**
 * An active-recovery day (science section 11): 20–40 min of walking, easy cycling, swimming, yoga or mobility at
 * 30–50 % intensity, CR-10 RPE 1–3; the athlete's bpm band is added where the athlete is known.
 */
public record ActiveRecovery(LocalTime start, int minutes, int rpe, String activity) {
    public static final int MIN_MINUTES = 20;
    public static final int MAX_MINUTES = 40;

    public ActiveRecovery {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new PlanRuleException("recoveryMinutes", "active recovery lasts 20–40 min but was " + minutes);
        }
        if (rpe < 1 || rpe > 3) {
            throw new PlanRuleException("recoveryRpe", "active recovery is RPE 1–3 but was " + rpe);
        }
        activity = activity == null || activity.isBlank() ? "walking, easy cycling, swimming, yoga or mobility"
                : activity.strip();
    }

    public static ActiveRecovery standard(LocalTime start) {
        return new ActiveRecovery(start, 30, 2, null);
    }

    public int load() {
        return minutes * rpe;
    }
}
