package app.deload.microcycle;

import app.deload.planning.microcycle.GenerationDiff;
import app.deload.planning.microcycle.PlannedMicrocycle;
import java.util.List;

/**
 * The sessions one group of athletes gets: the team (everyone without a template or plan of their own) or one
 * athlete with their own template or individual plan.
 *
 * @param athleteId null for the team's group
 * @param name      "the team" or the athlete's name
 */
public record GenerationGroup(Long athleteId, String name, List<Long> athleteIds, EffectiveTemplate template,
                              List<PlannedMicrocycle> weeks, GenerationDiff diff) {
    public GenerationGroup {
        athleteIds = List.copyOf(athleteIds);
        weeks = List.copyOf(weeks);
    }
}
