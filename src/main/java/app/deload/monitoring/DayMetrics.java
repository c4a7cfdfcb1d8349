package app.deload.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything Deload shows for one athlete on one day (science.md sections 1–10).
 *
 * @param dayOfHistory  1 on the athlete's first day; 0 or less before it
 * @param dailyLoad     the day's load in AU, or why it is unknown
 * @param wellness      the day's questionnaire, null without one
 * @param latestResults the latest result of each performance test on or before the day
 */
public record DayMetrics(LocalDate date, int dayOfHistory, DayState state, Metric dailyLoad, WeeklyLoad weeklyLoad,
                         MonotonyStrain monotonyStrain, EwmaLoad ewma, RollingUncoupledRatio rolling,
                         BanisterModel banister, WellnessInput wellness, WellnessZScores wellnessZ, SleepSigns sleep,
                         SorenessSigns soreness, HrvTrend hrv, RestingHeartRateTrend restingHr,
                         List<TestResult> latestResults, OverreachingSignals signals) {

    public DayMetrics {
        latestResults = List.copyOf(latestResults);
    }
}
