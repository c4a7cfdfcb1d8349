package app.deload.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Overreaching signals (Meeusen et al. 2013 consensus, as heuristics). Levels:
 * WATCH when any domain is active today; ALERT_ACCUMULATED_FATIGUE when two or more domains (performance
 * included) are active on each of the last 3 days; ALERT_FUNCTIONAL_OVERREACHING when two or more domains
 * other than performance are active on each of the last 3 days and a performance decrement is active today,
 * so the decrement is in addition to the fatigue pattern. The medical-review suggestion is independent of
 * the level.
 *
 * @param domains             domains active today
 * @param signs               today's signs with their reasons
 * @param medicalReviewReason why a medical review is suggested (a decrement persists after the last deload),
 *                            null when not
 * @param summary             the level in plain words
 */
public record OverreachingSignals(SignalLevel level, Set<Domain> domains, List<Sign> signs,
                                  String medicalReviewReason, String summary) {

    public OverreachingSignals {
        Objects.requireNonNull(level, "level");
        domains = Collections.unmodifiableSet(
                domains.isEmpty() ? EnumSet.noneOf(Domain.class) : EnumSet.copyOf(domains));
        signs = List.copyOf(signs);
        Objects.requireNonNull(summary, "summary");
    }

    public boolean suggestMedicalReview() {
        return medicalReviewReason != null;
    }

    /**
     * @param earlierDays         domains active on the days before today, oldest first; the last
     *                            {@code alertConsecutiveDays − 1} are used, fewer means no alert yet
     * @param medicalReviewReason from {@link PerformanceDecrements#medicalReviewAsOf}, or null
     */
    public static OverreachingSignals of(List<Sign> todaySigns, List<Set<Domain>> earlierDays,
                                         String medicalReviewReason, Thresholds t) {
        Set<Domain> today = EnumSet.noneOf(Domain.class);
        todaySigns.forEach(s -> today.add(s.domain()));
        int needed = t.alertConsecutiveDays() - 1;
        boolean accumulated = earlierDays.size() >= needed && today.size() >= 2;
        boolean beyondPerformance = accumulated && withoutPerformance(today) >= 2;
        for (int k = earlierDays.size() - needed; k < earlierDays.size() && accumulated; k++) {
            Set<Domain> day = earlierDays.get(k);
            accumulated = day.size() >= 2;
            beyondPerformance &= withoutPerformance(day) >= 2;
        }
        boolean overreaching = accumulated && beyondPerformance && today.contains(Domain.PERFORMANCE);
        SignalLevel level = overreaching ? SignalLevel.ALERT_FUNCTIONAL_OVERREACHING
                : accumulated ? SignalLevel.ALERT_ACCUMULATED_FATIGUE
                : today.isEmpty() ? SignalLevel.NONE : SignalLevel.WATCH;
        return new OverreachingSignals(level, today, todaySigns, medicalReviewReason, summary(level, today, t));
    }

    /** Today's signs from every domain. */
    public static List<Sign> signs(EwmaLoad ewma, MonotonyStrain monotony, WellnessZScores wellness, HrvTrend hrv,
                                   SleepSigns sleep, SorenessSigns soreness, List<TestResult> recentDecrements,
                                   LocalDate day, Thresholds t) {
        List<Sign> signs = new ArrayList<>(loadSigns(ewma, monotony, t));
        wellnessSign(wellness, t).ifPresent(signs::add);
        hrvSign(hrv, t).ifPresent(signs::add);
        sleepSign(sleep, t).ifPresent(signs::add);
        sorenessSign(soreness, day, t).ifPresent(signs::add);
        signs.addAll(performanceSigns(recentDecrements, day, t));
        return signs;
    }

    /** Load: EWMA ratio strictly above the spike threshold, or monotony strictly above its threshold. */
    public static List<Sign> loadSigns(EwmaLoad ewma, MonotonyStrain monotony, Thresholds t) {
        List<Sign> signs = new ArrayList<>(2);
        if (ewma.ratio().isAbove(t.ratioSpike())) {
            double ratio = ewma.ratio().value();
            signs.add(new Sign(Domain.LOAD, "EWMA acute:chronic ratio", ratio, ewma.chronic().value(),
                    t.ratioSpike(), ewma.ratio().window(), "Load spike: EWMA acute:chronic ratio " + Fmt.d2(ratio)
                    + " (acute " + Fmt.d0(ewma.acute().value()) + " AU, chronic " + Fmt.d0(ewma.chronic().value())
                    + " AU) is above " + Fmt.trim(t.ratioSpike()) + "; " + ewma.ratio().window().completenessText()
                    + " in the last " + ewma.ratio().window().days()));
        }
        if (monotony.monotony().isAbove(t.monotonyHigh())) {
            Metric m = monotony.monotony();
            signs.add(new Sign(Domain.LOAD, "monotony", m.value(), null, t.monotonyHigh(), m.window(),
                    "Monotonous week: monotony " + Fmt.d2(m.value()) + " (" + m.reason() + ") is above "
                            + Fmt.trim(t.monotonyHigh())));
        }
        return signs;
    }

    /** Wellness: total z at or below watch level on 3 consecutive days, or at or below alert level today. */
    public static Optional<Sign> wellnessSign(WellnessZScores wellness, Thresholds t) {
        WellnessZScores.ZScore total = wellness.total();
        boolean run = wellness.consecutiveWatchDays() >= t.wellnessConsecutiveDays();
        if (!total.z().isAvailable() || !(run || total.level() == ZLevel.ALERT)) {
            return Optional.empty();
        }
        double z = total.z().value();
        String when = wellness.consecutiveWatchDays() >= 2
                ? " (" + Fmt.ordinal(wellness.consecutiveWatchDays()) + " day in a row)"
                : " (" + Fmt.trim(-t.zAlert()) + " SD or more below)";
        return Optional.of(new Sign(Domain.WELLNESS, "wellness total z-score", z, total.baselineMean(),
                run ? t.zWatch() : t.zAlert(), wellness.baseline(), "Wellness " + total.today() + "/25, "
                + Fmt.d1(Math.abs(z)) + " SD below the " + t.baselineDays() + "-day mean of "
                + Fmt.d1(total.baselineMean()) + when));
    }

    /** HRV: the 7-day mean ln(RMSSD) below the individual normal range. */
    public static Optional<Sign> hrvSign(HrvTrend hrv, Thresholds t) {
        if (hrv.classification() != HrvClass.BELOW) {
            return Optional.empty();
        }
        double mu = (hrv.rangeLow().value() + hrv.rangeHigh().value()) / 2;
        return Optional.of(new Sign(Domain.HRV, "7-day mean ln(RMSSD)", hrv.sevenDayMean().value(), mu,
                hrv.rangeLow().value(), hrv.sevenDayMean().window(),
                "HRV: " + hrv.note() + " (" + hrv.sevenDayMean().reason() + "; range from "
                        + hrv.rangeLow().reason() + ")"));
    }

    /** Sleep: 3 or more of the last 7 nights under 6 h. */
    public static Optional<Sign> sleepSign(SleepSigns sleep, Thresholds t) {
        if (!sleep.restrictionSign()) {
            return Optional.empty();
        }
        return Optional.of(new Sign(Domain.SLEEP,
                "nights under " + Fmt.trim(t.sleepRestrictionHours()) + " h in the last 7",
                sleep.restrictedNights(), null, t.restrictedNightsOf7(), sleep.window(), "Sleep: " + sleep.reason()));
    }

    /** Soreness: item at or below 2 on more than 3 consecutive days. */
    public static Optional<Sign> sorenessSign(SorenessSigns soreness, LocalDate day, Thresholds t) {
        if (!soreness.sign()) {
            return Optional.empty();
        }
        int run = soreness.consecutiveDays();
        return Optional.of(new Sign(Domain.SORENESS, "consecutive days with soreness ≤ " + t.sorenessItemMax(), run,
                null, t.sorenessLongerThanDays(), new Window(day.minusDays(run - 1), day, run),
                "Soreness: " + soreness.reason()));
    }

    /** Performance: each test whose latest result, recorded within the window, is a decrement. */
    public static List<Sign> performanceSigns(List<TestResult> recentDecrements, LocalDate day, Thresholds t) {
        List<Sign> signs = new ArrayList<>(recentDecrements.size());
        for (TestResult r : recentDecrements) {
            signs.add(new Sign(Domain.PERFORMANCE, r.testName() + " change %", r.changePercent().value(),
                    r.previousMean(), r.swcPercent(), new Window(day.minusDays(t.performanceWindowDays() - 1), day, 1),
                    "Performance: " + r.sentence()));
        }
        return signs;
    }

    private static int withoutPerformance(Set<Domain> domains) {
        return domains.size() - (domains.contains(Domain.PERFORMANCE) ? 1 : 0);
    }

    private static String summary(SignalLevel level, Set<Domain> today, Thresholds t) {
        StringJoiner names = new StringJoiner(", ");
        today.forEach(d -> names.add(d.label()));
        int days = t.alertConsecutiveDays();
        return switch (level) {
            case NONE -> "No signs today.";
            case WATCH -> "Watch: signs in " + names + ".";
            case ALERT_ACCUMULATED_FATIGUE -> "Alert: signs consistent with accumulated fatigue, in two or more "
                    + "domains on each of the last " + days + " days (today: " + names + ").";
            case ALERT_FUNCTIONAL_OVERREACHING -> "Alert: pattern consistent with functional overreaching, signs "
                    + "in two or more domains on each of the last " + days + " days plus a performance decrement "
                    + "(today: " + names + ").";
        };
    }
}
