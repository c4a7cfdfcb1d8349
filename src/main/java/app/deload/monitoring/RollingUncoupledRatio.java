package app.deload.monitoring;

import java.time.LocalDate;

/**
 * Secondary ratio: mean load of the last 7 days ÷ mean load of the 21 days before them (uncoupled; the
 * coupled form is not offered, Lolli et al. 2019). Means are over known days; each window needs the
 * completeness minimum.
 */
public record RollingUncoupledRatio(Metric acuteMean, Metric chronicMean, Metric ratio) {
    static final String ACUTE_METHOD = "mean daily load of the last 7 days, missing days left out";
    static final String CHRONIC_METHOD = "mean daily load of the 21 days before the last 7, missing days left out";
    static final String RATIO_METHOD = "rolling uncoupled: mean of last 7 days ÷ mean of the 21 days before them";

    public static RollingUncoupledRatio at(DailyLoads loads, LocalDate day, Thresholds t) {
        LocalDate acuteFrom = day.minusDays(t.acuteDays() - 1);
        LocalDate chronicTo = acuteFrom.minusDays(1);
        LocalDate chronicFrom = chronicTo.minusDays(t.rollingChronicDays() - 1);
        Metric acute = mean(loads, acuteFrom, day, ACUTE_METHOD, t);
        Metric chronic = mean(loads, chronicFrom, chronicTo, CHRONIC_METHOD, t);
        Window whole = new Window(chronicFrom, day,
                acute.window().daysWithData() + chronic.window().daysWithData());
        return new RollingUncoupledRatio(acute, chronic,
                Ratios.ratio(loads.dayOfHistory(day), acute, chronic, RATIO_METHOD, whole, t));
    }

    private static Metric mean(DailyLoads loads, LocalDate from, LocalDate to, String method, Thresholds t) {
        Window w = loads.window(from, to);
        if (!w.meets(t.minCompleteness())) {
            return loads.shortfall(w, method);
        }
        return Metric.ok(loads.sumKnown(from, to) / w.daysWithData(), w.completenessText(), method, w);
    }
}
