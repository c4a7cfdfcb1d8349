package app.deload.planning;

import app.deload.monitoring.Domain;
import app.deload.monitoring.SignalLevel;
import java.util.Objects;
import java.util.Set;

/**
 * What today's decision needs about one athlete and one planned session.
 *
 * @param watchDomains       the domains signalling today
 * @param questionnaireToday whether today's wellness questionnaire was answered
 * @param hrvMeanAvailable   whether a 7-day ln RMSSD mean exists today
 * @param plannedRpe         the session's planned RPE (0–10), null if not set
 * @param match              whether the session is a match or competition
 */
public record DecisionInput(SignalLevel level, Set<Domain> watchDomains, boolean questionnaireToday,
                            boolean hrvMeanAvailable, Integer plannedRpe, boolean match) {
    public DecisionInput {
        Objects.requireNonNull(level, "level");
        watchDomains = watchDomains == null ? Set.of() : Set.copyOf(watchDomains);
        if (plannedRpe != null && (plannedRpe < 0 || plannedRpe > 10)) {
            throw new IllegalArgumentException("planned RPE must be 0–10 but was " + plannedRpe);
        }
    }

    /** Hard: planned RPE 5 or more, or a match. */
    public boolean hard() {
        return match || plannedRpe != null && plannedRpe >= TodayDecision.HARD_RPE;
    }
}
