package app.deload.monitoring;

import java.time.LocalDate;

/**
 * Foster (1998) over the 7 days ending on a day. Rest days count as 0; missing days are left out of the
 * mean and SD but count against completeness. Strain uses the same 7-day load the week shows (known days).
 */
public record MonotonyStrain(Metric monotony, Metric strain) {
    static final String MONOTONY_METHOD =
            "mean ÷ population SD (÷ n) of daily loads over 7 days, rest days 0, missing days left out (Foster 1998)";
    static final String STRAIN_METHOD = "7-day load × monotony (Foster 1998)";

    public static MonotonyStrain at(DailyLoads loads, LocalDate day, Thresholds t) {
        LocalDate from = day.minusDays(WeeklyLoad.DAYS - 1);
        Window w = loads.window(from, day);
        if (!w.meets(t.minCompleteness())) {
            Metric missing = loads.shortfall(w, MONOTONY_METHOD);
            return new MonotonyStrain(missing, missing.unavailableAs(STRAIN_METHOD, w));
        }
        int first = loads.index(from);
        int last = loads.index(day);
        double sum = 0;
        for (int i = first; i <= last; i++) {
            if (loads.known(i)) {
                sum += loads.loadAt(i);
            }
        }
        int n = w.daysWithData();
        double mean = sum / n;
        double squares = 0;
        for (int i = first; i <= last; i++) {
            if (loads.known(i)) {
                double deviation = loads.loadAt(i) - mean;
                squares += deviation * deviation;
            }
        }
        double sd = Math.sqrt(squares / n);
        if (sd < 1e-9) {
            Metric undefined = Metric.unavailable(Metric.Status.UNDEFINED, "undefined: all "
                    + (n == w.days() ? n + " days" : n + " known days") + " equal (SD 0)", MONOTONY_METHOD, w);
            return new MonotonyStrain(undefined, undefined.unavailableAs(STRAIN_METHOD, w));
        }
        double monotony = mean / sd;
        String reason = "mean " + Fmt.d0(mean) + " AU ÷ SD " + Fmt.d0(sd) + " AU; " + w.completenessText();
        return new MonotonyStrain(Metric.ok(monotony, reason, MONOTONY_METHOD, w),
                Metric.ok(sum * monotony, Fmt.d0(sum) + " AU × " + Fmt.d2(monotony), STRAIN_METHOD, w));
    }
}
