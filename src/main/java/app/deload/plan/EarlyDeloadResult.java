package app.deload.plan;

import app.deload.planning.PlanLayout;
import java.time.LocalDate;

/**
 * A deload brought forward: the stored record's id, the days it runs (from the rewritten layout) and the
 * rewritten layout itself.
 */
public record EarlyDeloadResult(long earlyDeloadId, LocalDate start, LocalDate end, PlanLayout layout) {
}
