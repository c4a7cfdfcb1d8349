package app.deload.planning.microcycle;

import app.deload.planning.PlanRuleException;
import java.time.LocalTime;

/**
 * A training session of a week template.
 *
 * @param start   team-local start time, null when not fixed
 * @param minutes the nominal planned minutes, 1–600 (a match keeps them; other sessions get theirs from the plan)
 * @param rpe     planned CR-10 RPE, 1–10, kept in every week
 * @param share   share of the week's load, 0–1; ignored for a match, whose load is its minutes × RPE
 */
public record TemplateSession(SessionKind kind, LocalTime start, int minutes, int rpe, double share) {
    public TemplateSession {
        if (kind == null) {
            throw new PlanRuleException("kind", "a session needs a type");
        }
        if (kind == SessionKind.ACTIVE_RECOVERY) {
            throw new PlanRuleException("kind", "active recovery is a day of its own, not a training session");
        }
        if (minutes < 1 || minutes > 600) {
            throw new PlanRuleException("minutes", "planned minutes must be 1–600 but were " + minutes);
        }
        if (rpe < 1 || rpe > 10) {
            throw new PlanRuleException("rpe", "planned RPE must be 1–10 but was " + rpe);
        }
        if (!(share >= 0 && share <= 1)) {
            throw new PlanRuleException("share", "a session's share of the week's load must be 0–100 %");
        }
    }

    public boolean match() {
        return kind == SessionKind.MATCH;
    }

    /** Nominal load: minutes × RPE. */
    public int load() {
        return minutes * rpe;
    }
}
