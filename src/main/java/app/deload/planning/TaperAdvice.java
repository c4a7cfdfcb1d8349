package app.deload.planning;

/**
 * The projected form on an event's day and, when it misses fresh, the taper reduction that lands it.
 *
 * @param projectedFormPercent form % on the event day; NaN when there is no fitness to compare with
 * @param band                 its band; null when NaN
 * @param proposedTaperReduction the smallest t in 0.41–0.60 (0.01 steps) that lands the event day fresh; null when
 *                             already fresh or when none does
 */
public record TaperAdvice(PlanEvent event, double projectedFormPercent, FormBand band, boolean fresh,
                          Double proposedTaperReduction, String summary) {
}
