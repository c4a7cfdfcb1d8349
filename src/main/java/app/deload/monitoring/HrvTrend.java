package app.deload.monitoring;

import java.time.LocalDate;

/**
 * Heart-rate variability (Plews et al. 2012/2013; Buchheit 2014) on ln(RMSSD). The 7-day mean needs at least
 * 3 values (section 7's own rule, instead of the 80 % window rule); the CV is sample SD ÷ mean of the same
 * ln values × 100. The normal range is μ ± 0.5·σ (sample SD) of the daily ln values in the 28 days before
 * the 7-day window, from at least 14 values. A single day is never judged.
 *
 * @param note plain words on the classification: below is a sign of fatigue, above is noted neutrally
 */
public record HrvTrend(Metric lnRmssd, Metric sevenDayMean, Metric sevenDayCvPercent, Metric rangeLow,
                       Metric rangeHigh, HrvClass classification, String note) {
    public static final int MIN_WEEK_VALUES = 3;
    static final String DAILY_METHOD = "ln(RMSSD in ms) of the morning measurement";
    static final String MEAN_METHOD = "mean of daily ln(RMSSD) over 7 days, at least 3 values";
    static final String CV_METHOD = "sample SD (n − 1) ÷ mean of the 7-day ln(RMSSD) values × 100";
    static final String RANGE_METHOD = "μ ± 0.5·σ (sample SD) of daily ln(RMSSD) in the 28 days before the 7-day "
            + "window, at least 14 values";

    public static HrvTrend at(WellnessLog log, LocalDate day, Thresholds t) {
        long today = day.toEpochDay();
        double todayLn = log.lnRmssdAt(today);
        Metric daily = Double.isNaN(todayLn)
                ? Metric.unavailable(Metric.Status.NO_DATA, "no RMSSD today", DAILY_METHOD, new Window(day, day, 0))
                : Metric.ok(todayLn, "RMSSD " + Fmt.trim(log.at(today).rmssd()) + " ms", DAILY_METHOD,
                new Window(day, day, 1));

        Stats week = Stats.of(log, today - WeeklyLoad.DAYS + 1, today);
        Window weekWindow = week.window();
        Metric mean;
        Metric cv;
        if (week.n < MIN_WEEK_VALUES) {
            mean = Metric.unavailable(Metric.Status.INSUFFICIENT, "insufficient data: " + week.n + " of "
                    + MIN_WEEK_VALUES + " values needed in 7 days", MEAN_METHOD, weekWindow);
            cv = mean.unavailableAs(CV_METHOD, weekWindow);
        } else {
            mean = Metric.ok(week.mean, week.n + " values in 7 days", MEAN_METHOD, weekWindow);
            cv = Metric.ok(week.sd / week.mean * 100, week.n + " values in 7 days", CV_METHOD, weekWindow);
        }

        long baselineTo = today - WeeklyLoad.DAYS;
        Stats base = Stats.of(log, baselineTo - t.baselineDays() + 1, baselineTo);
        Window baseWindow = base.window();
        if (base.n < t.minBaselineEntries()) {
            Metric building = Metric.unavailable(Metric.Status.BUILDING, "building baseline: " + base.n + " of "
                    + t.minBaselineEntries() + " values", RANGE_METHOD, baseWindow);
            return new HrvTrend(daily, mean, cv, building, building, HrvClass.NOT_AVAILABLE,
                    "normal range: " + building.reason());
        }
        double low = base.mean - t.hrvBandSd() * base.sd;
        double high = base.mean + t.hrvBandSd() * base.sd;
        String rangeReason = "μ " + Fmt.d2(base.mean) + ", σ " + Fmt.d2(base.sd) + ", " + base.n + " values";
        Metric lowMetric = Metric.ok(low, rangeReason, RANGE_METHOD, baseWindow);
        Metric highMetric = Metric.ok(high, rangeReason, RANGE_METHOD, baseWindow);
        if (!mean.isAvailable()) {
            return new HrvTrend(daily, mean, cv, lowMetric, highMetric, HrvClass.NOT_AVAILABLE,
                    "7-day mean: " + mean.reason());
        }
        String numbers = "7-day mean ln(RMSSD) " + Fmt.d2(week.mean) + " vs normal range " + Fmt.d2(low) + "–"
                + Fmt.d2(high);
        HrvClass cls;
        String note;
        if (week.mean < low) {
            cls = HrvClass.BELOW;
            note = numbers + ": below the range, a sign consistent with fatigue";
        } else if (week.mean > high) {
            cls = HrvClass.ABOVE;
            note = numbers + ": above the range; noted neutrally (under high load, functional overreaching can "
                    + "raise HRV, Le Meur et al. 2013)";
        } else {
            cls = HrvClass.WITHIN;
            note = numbers + ": within the range";
        }
        return new HrvTrend(daily, mean, cv, lowMetric, highMetric, cls, note);
    }

    /** Mean and sample SD of the ln(RMSSD) values in an inclusive epoch-day range. */
    private record Stats(long from, long to, int n, double mean, double sd) {
        static Stats of(WellnessLog log, long from, long to) {
            int n = 0;
            double sum = 0;
            for (long d = from; d <= to; d++) {
                double v = log.lnRmssdAt(d);
                if (!Double.isNaN(v)) {
                    n++;
                    sum += v;
                }
            }
            double mean = n == 0 ? Double.NaN : sum / n;
            double squares = 0;
            for (long d = from; d <= to && n > 1; d++) {
                double v = log.lnRmssdAt(d);
                if (!Double.isNaN(v)) {
                    squares += (v - mean) * (v - mean);
                }
            }
            return new Stats(from, to, n, mean, n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN);
        }

        Window window() {
            return new Window(LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to), n);
        }
    }
}
