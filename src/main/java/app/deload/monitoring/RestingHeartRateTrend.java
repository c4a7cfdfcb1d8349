package app.deload.monitoring;

import java.time.LocalDate;

/**
 * Resting heart rate: 7-day mean against the mean of the 28 days before that window, with the same minimum
 * value counts as HRV (3 in the week, 14 in the baseline). A rise of more than 5 bpm is noted; it is not one of
 * the overreaching domains of section 10.
 *
 * @param rise     7-day mean − baseline mean, in bpm
 * @param elevated rise strictly above the threshold
 */
public record RestingHeartRateTrend(Metric sevenDayMean, Metric baselineMean, Metric rise, boolean elevated,
                                    String note) {
    static final String MEAN_METHOD = "mean resting HR over 7 days, at least 3 values";
    static final String BASELINE_METHOD = "mean resting HR in the 28 days before the 7-day window, at least 14 values";
    static final String RISE_METHOD = "7-day mean − baseline mean";

    public static RestingHeartRateTrend at(WellnessLog log, LocalDate day, Thresholds t) {
        long today = day.toEpochDay();
        Metric week = mean(log, today - WeeklyLoad.DAYS + 1, today, HrvTrend.MIN_WEEK_VALUES, MEAN_METHOD,
                "insufficient data: ", Metric.Status.INSUFFICIENT);
        long baselineTo = today - WeeklyLoad.DAYS;
        Metric baseline = mean(log, baselineTo - t.baselineDays() + 1, baselineTo, t.minBaselineEntries(),
                BASELINE_METHOD, "building baseline: ", Metric.Status.BUILDING);
        Window whole = new Window(baseline.window().from(), day,
                week.window().daysWithData() + baseline.window().daysWithData());
        if (!week.isAvailable() || !baseline.isAvailable()) {
            Metric why = week.isAvailable() ? baseline : week;
            Metric rise = why.unavailableAs(RISE_METHOD, whole);
            return new RestingHeartRateTrend(week, baseline, rise, false, "resting HR trend: " + why.reason());
        }
        double rise = week.value() - baseline.value();
        boolean elevated = rise > t.restingHrRiseBpm();
        String note = "7-day resting HR " + Fmt.d1(week.value()) + " bpm, " + Fmt.d1(Math.abs(rise)) + " bpm "
                + (rise < 0 ? "below" : "above") + " the baseline of " + Fmt.d1(baseline.value()) + " bpm"
                + (elevated ? " (more than " + Fmt.trim(t.restingHrRiseBpm()) + " bpm above: noted)" : "");
        return new RestingHeartRateTrend(week, baseline, Metric.ok(rise, note, RISE_METHOD, whole), elevated, note);
    }

    private static Metric mean(WellnessLog log, long from, long to, int minValues, String method, String shortText,
                               Metric.Status shortStatus) {
        int n = 0;
        double sum = 0;
        for (long d = from; d <= to; d++) {
            WellnessInput e = log.at(d);
            if (e != null && e.restingHr() != null) {
                n++;
                sum += e.restingHr();
            }
        }
        Window w = new Window(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to), n);
        if (n < minValues) {
            return Metric.unavailable(shortStatus, shortText + n + " of " + minValues + " values", method, w);
        }
        return Metric.ok(sum / n, n + " values", method, w);
    }
}
