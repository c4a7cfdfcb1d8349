package app.deload.monitoring;

import java.time.LocalDate;

/**
 * Load over the 7 days ending on a day (sum of the known days) and its change against the 7 days before.
 *
 * @param load          7-day load in AU
 * @param changePercent (this week − previous week) / previous week × 100; undefined when the previous week is 0
 */
public record WeeklyLoad(Metric load, Metric changePercent) {
    static final int DAYS = 7;
    static final String LOAD_METHOD = "sum of daily loads over 7 days, missing days not counted";
    static final String CHANGE_METHOD = "(7-day load − previous 7-day load) ÷ previous 7-day load × 100";

    public static WeeklyLoad at(DailyLoads loads, LocalDate day, Thresholds t) {
        Metric load = sevenDayLoad(loads, day, t);
        Metric previous = sevenDayLoad(loads, day.minusDays(DAYS), t);
        Window both = new Window(day.minusDays(2 * DAYS - 1), day,
                load.window().daysWithData() + previous.window().daysWithData());
        Metric change;
        if (!load.isAvailable()) {
            change = load.unavailableAs(CHANGE_METHOD, both);
        } else if (!previous.isAvailable()) {
            change = Metric.unavailable(previous.status(), "previous 7 days: " + previous.reason(),
                    CHANGE_METHOD, both);
        } else if (previous.value() == 0) {
            change = Metric.unavailable(Metric.Status.UNDEFINED, "undefined: previous 7 days had no load",
                    CHANGE_METHOD, both);
        } else {
            change = Metric.ok((load.value() - previous.value()) / previous.value() * 100,
                    Fmt.d0(load.value()) + " AU vs " + Fmt.d0(previous.value()) + " AU", CHANGE_METHOD, both);
        }
        return new WeeklyLoad(load, change);
    }

    private static Metric sevenDayLoad(DailyLoads loads, LocalDate day, Thresholds t) {
        LocalDate from = day.minusDays(DAYS - 1);
        Window w = loads.window(from, day);
        if (!w.meets(t.minCompleteness())) {
            return loads.shortfall(w, LOAD_METHOD);
        }
        return Metric.ok(loads.sumKnown(from, day), w.completenessText(), LOAD_METHOD, w);
    }
}
