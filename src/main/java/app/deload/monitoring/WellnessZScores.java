package app.deload.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Individual z-scores of the wellness total and each item: z = (today − mean) ÷ sample SD (n − 1) of the
 * athlete's entries in the 28 days before today (today is never in its own baseline), with an SD floor of
 * 1.0 for the total and 0.5 for an item so a very steady baseline does not turn a 1-point dip into an alert.
 *
 * @param consecutiveWatchDays days in a row, ending today, with the total at or below watch level; a day
 *                             without a z-score (no entry, building baseline) breaks the run
 * @param baseline             the baseline window and its number of entries
 */
public record WellnessZScores(ZScore total, ZScore fatigue, ZScore sleepQuality, ZScore soreness, ZScore stress,
                              ZScore mood, int consecutiveWatchDays, Window baseline) {
    public static final double TOTAL_SD_FLOOR = 1.0;
    public static final double ITEM_SD_FLOOR = 0.5;
    private static final String[] NAMES = {"total", "fatigue", "sleep quality", "soreness", "stress", "mood"};
    static final String METHOD = "z = (today − mean) ÷ sample SD (n − 1) of the entries in the 28 days before "
            + "today; SD floor 1.0 (total) / 0.5 (item)";

    /**
     * @param name           "total", "fatigue", ...
     * @param today          today's score, null without an entry
     * @param baselineMean   null while the baseline is building
     * @param baselineSd     sample SD before the floor, null while the baseline is building
     * @param sdFloorApplied whether the floor replaced a smaller SD
     */
    public record ZScore(String name, Integer today, Metric z, Double baselineMean, Double baselineSd,
                         boolean sdFloorApplied, ZLevel level) {
    }

    public List<ZScore> items() {
        return List.of(fatigue, sleepQuality, soreness, stress, mood);
    }

    /**
     * @param watchDaysBefore consecutive days immediately before {@code day} with the total at or below watch
     *                        level (the caller carries it forward day by day)
     */
    public static WellnessZScores at(WellnessLog log, LocalDate day, int watchDaysBefore, Thresholds t) {
        long today = day.toEpochDay();
        long from = today - t.baselineDays();
        int n = log.count(from, today - 1);
        Window baseline = new Window(day.minusDays(t.baselineDays()), day.minusDays(1), n);
        WellnessInput entry = log.at(today);
        ZScore[] z = new ZScore[WellnessLog.SERIES];
        if (n < t.minBaselineEntries() || entry == null) {
            Metric missing = n < t.minBaselineEntries()
                    ? Metric.unavailable(Metric.Status.BUILDING, "building baseline: " + n + " of "
                    + t.minBaselineEntries() + " entries", METHOD, baseline)
                    : Metric.unavailable(Metric.Status.NO_DATA, "no wellness entry today", METHOD, baseline);
            for (int k = 0; k < WellnessLog.SERIES; k++) {
                z[k] = new ZScore(NAMES[k], entry == null ? null : WellnessLog.score(entry, k), missing, null, null,
                        false, ZLevel.NONE);
            }
            return new WellnessZScores(z[0], z[1], z[2], z[3], z[4], z[5], 0, baseline);
        }
        for (int k = 0; k < WellnessLog.SERIES; k++) {
            long sum = log.sum(k, from, today - 1);
            // Integer sums are exact, so n·Σx² − (Σx)² is the exact sum of squared deviations times n.
            long spread = n * log.sumOfSquares(k, from, today - 1) - sum * sum;
            double mean = (double) sum / n;
            double sd = Math.sqrt((double) spread / n / (n - 1));
            double floor = k == 0 ? TOTAL_SD_FLOOR : ITEM_SD_FLOOR;
            double used = Math.max(sd, floor);
            int value = WellnessLog.score(entry, k);
            double zValue = (value - mean) / used;
            String reason = value + (k == 0 ? "/25, " : "/5, ") + Fmt.d1(Math.abs(zValue)) + " SD "
                    + (zValue < 0 ? "below" : "above") + " the " + t.baselineDays() + "-day mean of " + Fmt.d1(mean)
                    + " (SD " + Fmt.d2(sd) + (sd < floor ? ", floor " + Fmt.d1(floor) + " used" : "") + ", "
                    + n + " entries)";
            z[k] = new ZScore(NAMES[k], value, Metric.ok(zValue, reason, METHOD, baseline), mean, sd, sd < floor,
                    ZLevel.of(zValue, t));
        }
        int run = z[0].level() != ZLevel.NONE ? watchDaysBefore + 1 : 0;
        return new WellnessZScores(z[0], z[1], z[2], z[3], z[4], z[5], run, baseline);
    }
}
