package app.deload.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Facade: one athlete's full history in, one {@link DayMetrics} per day out. The recursive loads are one pass
 * over the whole history; the per-day metrics use fixed 7/28/35-day windows and start two days before the
 * range (the alert rule looks at the last 3 days), with the consecutive-day runs that reach into the range
 * counted backwards once. Everything is recomputed on every call, so edits and back-filled entries change
 * every later day.
 */
public final class MetricsCalculator {
    private final Thresholds thresholds;

    public MetricsCalculator(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Metrics for each day from {@code from} to {@code to} inclusive (normally {@code to} is today). */
    public List<DayMetrics> days(AthleteHistory history, LocalDate from, LocalDate to) {
        Objects.requireNonNull(history, "history");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends (" + to + ") before it starts (" + from + ")");
        }
        Thresholds t = thresholds;
        LocalDate first = history.firstDay().orElse(null);
        DailyLoads loads = DailyLoads.of(history.sessions(), first, to);
        WellnessLog log = WellnessLog.of(history.wellness());
        EwmaLoad.Series ewmaSeries = EwmaLoad.series(loads, t);
        BanisterModel.Series banisterSeries = BanisterModel.series(loads, t);
        PerformanceDecrements performance = PerformanceDecrements.of(history.performance(),
                history.lastDeloadEnd(), t);

        LocalDate passStart = from;
        if (first != null && first.isBefore(from)) {
            LocalDate lead = from.minusDays(t.alertConsecutiveDays() - 1L);
            passStart = lead.isBefore(first) ? first : lead;
        }
        List<DayMetrics> out = new ArrayList<>((int) (to.toEpochDay() - from.toEpochDay() + 1));
        List<Set<Domain>> earlierDomains = new ArrayList<>();
        int watchDays = watchDaysBefore(log, passStart, first, t);
        int soreDays = soreDaysBefore(log, passStart, t);
        for (LocalDate day = passStart; !day.isAfter(to); day = day.plusDays(1)) {
            EwmaLoad ewma = ewmaSeries.at(day);
            MonotonyStrain monotony = MonotonyStrain.at(loads, day, t);
            WellnessZScores wellnessZ = WellnessZScores.at(log, day, watchDays, t);
            HrvTrend hrv = HrvTrend.at(log, day, t);
            SleepSigns sleep = SleepSigns.at(log, day, t);
            SorenessSigns soreness = SorenessSigns.at(log, day, soreDays, t);
            watchDays = wellnessZ.consecutiveWatchDays();
            soreDays = soreness.consecutiveDays();
            List<Sign> signs = OverreachingSignals.signs(ewma, monotony, wellnessZ, hrv, sleep, soreness,
                    performance.recentDecrementsAsOf(day), day, t);
            OverreachingSignals signals = OverreachingSignals.of(signs, earlierDomains,
                    performance.medicalReviewAsOf(day).orElse(null), t);
            remember(earlierDomains, signals.domains(), t.alertConsecutiveDays() - 1);
            if (day.isBefore(from)) {
                continue;
            }
            out.add(new DayMetrics(day, loads.dayOfHistory(day), loads.state(day), loads.daily(day),
                    WeeklyLoad.at(loads, day, t), monotony, ewma, RollingUncoupledRatio.at(loads, day, t),
                    banisterSeries.at(day), log.on(day), wellnessZ, sleep, soreness, hrv,
                    RestingHeartRateTrend.at(log, day, t), performance.latestAsOf(day), signals));
        }
        return out;
    }

    /** Metrics for a single day, e.g. today on a dashboard. */
    public DayMetrics day(AthleteHistory history, LocalDate day) {
        return days(history, day, day).get(0);
    }

    /** Consecutive days before {@code day} with the wellness total at or below watch level. */
    private static int watchDaysBefore(WellnessLog log, LocalDate day, LocalDate first, Thresholds t) {
        int run = 0;
        for (LocalDate d = day.minusDays(1); first != null && !d.isBefore(first); d = d.minusDays(1)) {
            if (WellnessZScores.at(log, d, 0, t).total().level() == ZLevel.NONE) {
                break;
            }
            run++;
        }
        return run;
    }

    /** Consecutive days before {@code day} with the soreness item at or below its threshold. */
    private static int soreDaysBefore(WellnessLog log, LocalDate day, Thresholds t) {
        int run = 0;
        for (WellnessInput e = log.on(day.minusDays(1)); e != null && e.soreness() <= t.sorenessItemMax();
             e = log.on(e.date().minusDays(1))) {
            run++;
        }
        return run;
    }

    private static void remember(List<Set<Domain>> earlier, Set<Domain> today, int keep) {
        earlier.add(today.isEmpty() ? EnumSet.noneOf(Domain.class) : EnumSet.copyOf(today));
        while (earlier.size() > keep) {
            earlier.remove(0);
        }
    }
}
