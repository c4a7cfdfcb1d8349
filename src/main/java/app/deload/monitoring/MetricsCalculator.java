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
        Pass pass = new Pass(loads, log, ewmaSeries, banisterSeries, performance, new ArrayList<>(),
                watchDaysBefore(log, passStart, first, t), soreDaysBefore(log, passStart, t));
        for (LocalDate day = passStart; !day.isAfter(to); day = day.plusDays(1)) {
            DayMetrics metrics = pass.next(day);
            if (!day.isBefore(from)) {
                out.add(metrics);
            }
        }
        return out;
    }

    /** One computed day with the state the next day resumes from. */
    public record LedgerDay(DayMetrics metrics, Checkpoint state) {
    }

    /**
     * Days inputs before {@code from} can reach: the longest fixed window of loads (CTL completeness over 42
     * days, from yesterday for form) or of wellness (HRV and resting HR baselines end 7 days back).
     */
    public int lookbackDays() {
        Thresholds t = thresholds;
        int loads = Math.max(BanisterModel.CTL_DAYS + 1, Math.max(t.chronicDays(), 2 * WeeklyLoad.DAYS));
        loads = Math.max(loads, t.acuteDays() + t.rollingChronicDays());
        return Math.max(loads, t.baselineDays() + WeeklyLoad.DAYS) + 1;
    }

    /**
     * The days after {@code state}'s day through {@code to}, each with its checkpoint, exactly as
     * {@link #days} computes them over the whole history. {@code history} needs the athlete's first day as its
     * history start and every input from {@link #lookbackDays} days before the first resumed day on (earlier
     * inputs are not read); its performance results must be complete.
     */
    public List<LedgerDay> resume(AthleteHistory history, Checkpoint state, LocalDate to) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(state, "state");
        Thresholds t = thresholds;
        LocalDate first = history.historyStart();
        if (first == null || state.date().isBefore(first.minusDays(1))) {
            throw new IllegalArgumentException("resume needs the first day as history start, on or before "
                    + state.date().plusDays(1));
        }
        List<LedgerDay> out = new ArrayList<>();
        if (!to.isAfter(state.date())) {
            return out;
        }
        DailyLoads loads = DailyLoads.of(history.sessions(), first, to);
        if (!loads.historyStart().orElseThrow().equals(first)) {
            throw new IllegalArgumentException("an attended session lies before the history start " + first);
        }
        WellnessLog log = WellnessLog.of(history.wellness());
        EwmaLoad.Series ewma = EwmaLoad.resumed(loads, t, state);
        BanisterModel.Series banister = BanisterModel.resumed(loads, t, state);
        PerformanceDecrements performance = PerformanceDecrements.of(history.performance(),
                history.lastDeloadEnd(), t);
        Pass pass = new Pass(loads, log, ewma, banister, performance, new ArrayList<>(state.recentDomains()),
                state.watchDays(), state.soreDays());
        for (LocalDate day = state.date().plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            DayMetrics metrics = pass.next(day);
            int i = loads.index(day);
            out.add(new LedgerDay(metrics, new Checkpoint(day, ewma.acuteAt(i), ewma.chronicAt(i),
                    ewma.seedDayAsOf(day), banister.ctlAt(i), banister.atlAt(i), pass.watchDays, pass.soreDays,
                    pass.earlierDomains)));
        }
        return out;
    }

    /** The day-by-day pass: the carried runs and the domains of the last days, then everything of one day. */
    private final class Pass {
        private final DailyLoads loads;
        private final WellnessLog log;
        private final EwmaLoad.Series ewmaSeries;
        private final BanisterModel.Series banisterSeries;
        private final PerformanceDecrements performance;
        private final List<Set<Domain>> earlierDomains;
        private int watchDays;
        private int soreDays;

        Pass(DailyLoads loads, WellnessLog log, EwmaLoad.Series ewmaSeries, BanisterModel.Series banisterSeries,
                PerformanceDecrements performance, List<Set<Domain>> earlierDomains, int watchDays, int soreDays) {
            this.loads = loads;
            this.log = log;
            this.ewmaSeries = ewmaSeries;
            this.banisterSeries = banisterSeries;
            this.performance = performance;
            this.earlierDomains = earlierDomains;
            this.watchDays = watchDays;
            this.soreDays = soreDays;
        }

        DayMetrics next(LocalDate day) {
            Thresholds t = thresholds;
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
            return new DayMetrics(day, loads.dayOfHistory(day), loads.state(day), loads.daily(day),
                    WeeklyLoad.at(loads, day, t), monotony, ewma, RollingUncoupledRatio.at(loads, day, t),
                    banisterSeries.at(day), log.on(day), wellnessZ, sleep, soreness, hrv,
                    RestingHeartRateTrend.at(log, day, t), performance.latestAsOf(day), signals);
        }
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
