package app.deload.plan;

import app.deload.planning.PlanLayout;
import app.deload.planning.PlannedWeek;
import app.deload.planning.ProjectedDay;
import app.deload.planning.TaperAdvice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the plan page and the plan API show for a team, in numbers: the weeks of the active plan (after
 * the weeks of the plans it continues), performed loads and the projection from today's fitness and fatigue.
 *
 * @param plan         the active team plan, or null
 * @param layout       its layout, or null
 * @param weeks        the weeks of the active plan and of the earlier plans it continues, in date order
 * @param athletes     the team's active athletes, by name
 * @param team         the team's median projection, or null when no athlete has fitness and fatigue today
 * @param projections  each athlete's projection, by athlete id (absent without values today)
 * @param taperAdvice  the team median's projected form on each coming event day, with the advisor's proposal
 */
public record PlanReport(LocalDate today, TrainingPlan plan, PlanLayout layout, List<Week> weeks,
        List<AthleteRef> athletes, Projected team, Map<Long, Projected> projections, List<TaperAdvice> taperAdvice) {

    /** Off by more than this share of the planned load, an athlete's week is called out. */
    public static final double OFF_PLAN_SHARE = 0.20;

    public record AthleteRef(long id, String name) {
    }

    /**
     * One week: planned, the team's median performed (null before it starts or without ratings), each athlete's
     * planned and performed load, and the team's projected values at its end (null when that day is not ahead).
     */
    public record Week(PlannedWeek planned, boolean activePlan, boolean started, boolean current,
            Double performedMedian, int athletesWithRatings, List<AthleteWeek> athletes, ProjectedDay projectedEnd) {
    }

    /** An athlete's week: their own planned load (individual plan or early deload included), performed or null. */
    public record AthleteWeek(long athleteId, double planned, Double performed) {

        /** (performed − planned) / planned in %, or null. */
        public Double differencePercent() {
            return performed == null || planned <= 0 ? null : 100 * (performed - planned) / planned;
        }

        public boolean offPlan() {
            Double d = differencePercent();
            return d != null && Math.abs(d) > 100 * OFF_PLAN_SHARE;
        }
    }

    /** Today's actual CTL, ATL and form, and the projected days after today. */
    public record Projected(double fitnessToday, double fatigueToday, Double formToday, List<ProjectedDay> days,
            PlanLayout layout) {

        public ProjectedDay on(LocalDate day) {
            return days.stream().filter(d -> d.date().equals(day)).findFirst().orElse(null);
        }
    }
}
