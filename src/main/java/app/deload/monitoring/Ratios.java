package app.deload.monitoring;

/** The suppression rules shared by the EWMA and the rolling ratio (science.md section 4). */
final class Ratios {
    private Ratios() {
    }

    /**
     * The ratio of two available loads, or why it is not shown: building history before the minimum history,
     * insufficient when either side is, suppressed when the chronic load is below the minimum per day.
     */
    static Metric ratio(int dayOfHistory, Metric acute, Metric chronic, String method, Window window, Thresholds t) {
        if (dayOfHistory < t.ratioMinHistoryDays()) {
            return Metric.unavailable(Metric.Status.BUILDING, "building history: " + Math.max(dayOfHistory, 0)
                    + " of " + t.ratioMinHistoryDays() + " days", method, window);
        }
        if (!acute.isAvailable()) {
            return Metric.unavailable(acute.status(), "acute load " + acute.reason(), method, window);
        }
        if (!chronic.isAvailable()) {
            return Metric.unavailable(chronic.status(), "chronic load " + chronic.reason(), method, window);
        }
        if (chronic.value() < t.ratioMinChronicPerDay()) {
            return Metric.unavailable(Metric.Status.SUPPRESSED, "suppressed: chronic load "
                    + Fmt.d2(chronic.value()) + " AU/day is below " + Fmt.trim(t.ratioMinChronicPerDay())
                    + " AU/day", method, window);
        }
        double ratio = acute.value() / chronic.value();
        return Metric.ok(ratio, "acute " + Fmt.d1(acute.value()) + " AU ÷ chronic " + Fmt.d1(chronic.value())
                + " AU: " + LoadBand.of(ratio, t).label(), method, window);
    }
}
