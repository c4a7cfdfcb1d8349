package app.deload.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What a coach sets for a plan. Every rule is checked here, so a plan that exists is a valid plan.
 *
 * @param start              the first Monday
 * @param weeks              1–104
 * @param pattern            loading weeks : deload week
 * @param firstWeekLoad      W, the first week's planned load in AU, above 0 and at most 100000
 * @param progressionPercent p, the week-over-week increase of loading weeks in %, 0–10 (the cap)
 * @param deloadReduction    r, the share a deload week cuts from the mesocycle's mean loading week, 0.4–0.6
 * @param taperReduction     t, the share a taper cuts, 0.41–0.60
 */
public record PlanParameters(LocalDate start, int weeks, Pattern pattern, double firstWeekLoad,
                             double progressionPercent, double deloadReduction, double taperReduction) {
    public static final int MAX_WEEKS = 104;
    public static final double MAX_WEEK_LOAD = 100_000;
    public static final double MAX_PROGRESSION_PERCENT = 10;
    public static final double MIN_DELOAD_REDUCTION = 0.4;
    public static final double MAX_DELOAD_REDUCTION = 0.6;
    public static final double MIN_TAPER_REDUCTION = 0.41;
    public static final double MAX_TAPER_REDUCTION = 0.60;
    public static final double DEFAULT_DELOAD_REDUCTION = 0.5;
    public static final double DEFAULT_TAPER_REDUCTION = 0.5;

    public PlanParameters {
        if (start == null) {
            throw new PlanRuleException("start", "a plan needs a start date (a Monday)");
        }
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new PlanRuleException("start", "a plan starts on a Monday; " + Words.day(start) + " "
                    + start.getYear() + " is a " + start.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH));
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new PlanRuleException("weeks", "a plan has 1 to " + MAX_WEEKS + " weeks but this one has " + weeks);
        }
        if (pattern == null) {
            throw new PlanRuleException("pattern", "the pattern must be 2:1, 3:1 or 4:1 (loading weeks : deload week)");
        }
        if (!(firstWeekLoad > 0 && firstWeekLoad <= MAX_WEEK_LOAD)) {
            throw new PlanRuleException("firstWeekLoad", "the first week's planned load must be above 0 and at most "
                    + "100000 AU (minutes × RPE summed over the week) but was " + Words.number(firstWeekLoad, 2));
        }
        if (progressionPercent > MAX_PROGRESSION_PERCENT) {
            throw new PlanRuleException("progressionPercent", "weekly progression is capped at 10 %: planned increases "
                    + "above 10 % a week are refused (was " + Words.percentValue(progressionPercent) + ")");
        }
        if (!(progressionPercent >= 0)) {
            throw new PlanRuleException("progressionPercent", "weekly progression must be 0 to 10 % but was "
                    + Words.percentValue(progressionPercent));
        }
        if (!(deloadReduction >= MIN_DELOAD_REDUCTION && deloadReduction <= MAX_DELOAD_REDUCTION)) {
            throw new PlanRuleException("deloadReduction", "the deload reduction must be 0.4 to 0.6 (a deload week "
                    + "cuts 40–60 % of the volume) but was " + Words.number(deloadReduction, 3));
        }
        if (!(taperReduction >= MIN_TAPER_REDUCTION && taperReduction <= MAX_TAPER_REDUCTION)) {
            throw new PlanRuleException("taperReduction", "the taper reduction must be 0.41 to 0.60 (a taper cuts "
                    + "41–60 % of the volume) but was " + Words.number(taperReduction, 3));
        }
    }

    /** The default taper reduction t = 0.5. */
    public static PlanParameters of(LocalDate start, int weeks, Pattern pattern, double firstWeekLoad,
                                    double progressionPercent, double deloadReduction) {
        return new PlanParameters(start, weeks, pattern, firstWeekLoad, progressionPercent, deloadReduction,
                DEFAULT_TAPER_REDUCTION);
    }

    public PlanParameters withTaperReduction(double t) {
        return new PlanParameters(start, weeks, pattern, firstWeekLoad, progressionPercent, deloadReduction, t);
    }

    /** The last Sunday of the plan. */
    public LocalDate end() {
        return start.plusWeeks(weeks).minusDays(1);
    }

    /** 1 + p: the factor from one loading week to the next. */
    public double stepFactor() {
        return 1 + progressionPercent / 100;
    }

    /** Loading week j (0-based) of a mesocycle at step k: W·(1 + p)^(k + j). */
    public double loadingLoad(int step, int j) {
        return firstWeekLoad * Math.pow(stepFactor(), step + j);
    }

    /** Mean planned load of the loading weeks of a mesocycle at step k. */
    public double meanLoadingLoad(int step) {
        double sum = 0;
        for (int j = 0; j < pattern.loadingWeeks(); j++) {
            sum += loadingLoad(step, j);
        }
        return sum / pattern.loadingWeeks();
    }

    /** A deload week at step k: (1 − r) × the mean of that mesocycle's loading weeks. */
    public double deloadLoad(int step) {
        return (1 - deloadReduction) * meanLoadingLoad(step);
    }

    /** A taper week for a mesocycle at step k: (1 − t) × the mean of its loading weeks. */
    public double taperLoad(int step) {
        return (1 - taperReduction) * meanLoadingLoad(step);
    }
}
