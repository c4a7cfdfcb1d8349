package app.deload.monitoring;

import java.util.Objects;

/**
 * Practitioner heuristics from science.md, configurable per team. Defaults via {@link #defaults()}.
 *
 * @param acuteDays                     EWMA acute N and the rolling acute window (7)
 * @param chronicDays                   EWMA chronic N; the rolling chronic window is the chronicDays − acuteDays
 *                                      days before the acute window (28)
 * @param ratioSpike                    ratio strictly above this is a load spike (1.5)
 * @param typicalRatioLow               lower end of the typical ratio band (0.8)
 * @param typicalRatioHigh              upper end of the typical ratio band (1.3)
 * @param monotonyHigh                  monotony strictly above this is monotonous (2.0)
 * @param zWatch                        wellness z at or below this is watch level (−1)
 * @param zAlert                        wellness z at or below this is alert level (−2)
 * @param wellnessConsecutiveDays       days in a row at watch level that make a wellness sign (3)
 * @param sleepRestrictionHours         a night strictly under this is restricted (6.0)
 * @param shortSleepHours               a night strictly under this is short (7.0)
 * @param restrictedNightsOf7           restricted nights in the last 7 that make a sleep sign (3)
 * @param sorenessItemMax               soreness item at or below this counts as sore (2)
 * @param sorenessLongerThanDays        sore on more than this many consecutive days is a sign (3)
 * @param defaultSwcPercent             smallest worthwhile change when a test sets none (3 %)
 * @param performanceWindowDays         a decrement recorded within this many days counts as a sign (14)
 * @param hrvBandSd                     HRV normal range half-width in SD (0.5)
 * @param restingHrRiseBpm              7-day resting HR strictly more than this above baseline is noted (5)
 * @param minCompleteness               share of days a window needs, boundary included (0.80)
 * @param minBaselineEntries            entries a baseline needs (14)
 * @param baselineDays                  length of individual baselines (28)
 * @param ratioMinHistoryDays           ratios are shown from this day of history on (28)
 * @param ratioMinChronicPerDay         ratios are suppressed when the chronic load is below this (1 AU/day)
 * @param alertConsecutiveDays          days in a row with two or more domains for an alert (3)
 * @param medicalReviewDaysAfterDeload  a decrement this many days after a deload suggests a review (14)
 * @param teamAlertShare                share of athletes in alert that triggers a team proposal (0.30)
 * @param activeRecoveryBasis           heart-rate reserve (default) or % of HRmax
 * @param activeRecoveryLowPercent      lower intensity of active recovery (30)
 * @param activeRecoveryHighPercent     upper intensity of active recovery (50)
 */
public record Thresholds(
        int acuteDays,
        int chronicDays,
        double ratioSpike,
        double typicalRatioLow,
        double typicalRatioHigh,
        double monotonyHigh,
        double zWatch,
        double zAlert,
        int wellnessConsecutiveDays,
        double sleepRestrictionHours,
        double shortSleepHours,
        int restrictedNightsOf7,
        int sorenessItemMax,
        int sorenessLongerThanDays,
        double defaultSwcPercent,
        int performanceWindowDays,
        double hrvBandSd,
        double restingHrRiseBpm,
        double minCompleteness,
        int minBaselineEntries,
        int baselineDays,
        int ratioMinHistoryDays,
        double ratioMinChronicPerDay,
        int alertConsecutiveDays,
        int medicalReviewDaysAfterDeload,
        double teamAlertShare,
        IntensityBasis activeRecoveryBasis,
        int activeRecoveryLowPercent,
        int activeRecoveryHighPercent) {

    public Thresholds {
        between("acuteDays", acuteDays, 1, 27);
        between("chronicDays", chronicDays, acuteDays + 1, 90);
        between("ratioSpike", ratioSpike, 1.0, 3.0);
        between("typicalRatioLow", typicalRatioLow, 0.1, 1.0);
        between("typicalRatioHigh", typicalRatioHigh, typicalRatioLow, ratioSpike);
        between("monotonyHigh", monotonyHigh, 1.0, 5.0);
        between("zWatch", zWatch, -5.0, -0.1);
        between("zAlert", zAlert, -6.0, zWatch);
        between("wellnessConsecutiveDays", wellnessConsecutiveDays, 1, 14);
        between("sleepRestrictionHours", sleepRestrictionHours, 1.0, 12.0);
        between("shortSleepHours", shortSleepHours, sleepRestrictionHours, 12.0);
        between("restrictedNightsOf7", restrictedNightsOf7, 1, 7);
        between("sorenessItemMax", sorenessItemMax, 1, 4);
        between("sorenessLongerThanDays", sorenessLongerThanDays, 0, 27);
        between("defaultSwcPercent", defaultSwcPercent, 0.1, 50.0);
        between("performanceWindowDays", performanceWindowDays, 1, 90);
        between("hrvBandSd", hrvBandSd, 0.1, 3.0);
        between("restingHrRiseBpm", restingHrRiseBpm, 1.0, 30.0);
        between("minCompleteness", minCompleteness, 0.1, 1.0);
        between("baselineDays", baselineDays, 7, 90);
        between("minBaselineEntries", minBaselineEntries, 2, baselineDays);
        between("ratioMinHistoryDays", ratioMinHistoryDays, 1, 365);
        between("ratioMinChronicPerDay", ratioMinChronicPerDay, 0.0, 1000.0);
        between("alertConsecutiveDays", alertConsecutiveDays, 1, 14);
        between("medicalReviewDaysAfterDeload", medicalReviewDaysAfterDeload, 1, 90);
        between("teamAlertShare", teamAlertShare, 0.01, 1.0);
        Objects.requireNonNull(activeRecoveryBasis, "activeRecoveryBasis");
        between("activeRecoveryLowPercent", activeRecoveryLowPercent, 1, 99);
        between("activeRecoveryHighPercent", activeRecoveryHighPercent, activeRecoveryLowPercent + 1, 100);
    }

    public static Thresholds defaults() {
        return new Thresholds(7, 28, 1.5, 0.8, 1.3, 2.0, -1.0, -2.0, 3, 6.0, 7.0, 3, 2, 3, 3.0, 14,
                0.5, 5.0, 0.80, 14, 28, 28, 1.0, 3, 14, 0.30, IntensityBasis.HEART_RATE_RESERVE, 30, 50);
    }

    /** Length of the rolling chronic window, which ends the day before the acute window starts. */
    /** The same thresholds with the heuristics a team may change replaced (science.md keeps the windows). */
    public Thresholds withHeuristics(double ratioSpike, double monotonyHigh, double zWatch, double zAlert,
            double sleepRestrictionHours, double shortSleepHours, double defaultSwcPercent,
            IntensityBasis activeRecoveryBasis) {
        return new Thresholds(acuteDays, chronicDays, ratioSpike, typicalRatioLow,
                Math.min(typicalRatioHigh, ratioSpike), monotonyHigh, zWatch, zAlert, wellnessConsecutiveDays,
                sleepRestrictionHours, shortSleepHours, restrictedNightsOf7, sorenessItemMax, sorenessLongerThanDays,
                defaultSwcPercent, performanceWindowDays, hrvBandSd, restingHrRiseBpm, minCompleteness,
                minBaselineEntries, baselineDays, ratioMinHistoryDays, ratioMinChronicPerDay, alertConsecutiveDays,
                medicalReviewDaysAfterDeload, teamAlertShare, activeRecoveryBasis, activeRecoveryLowPercent,
                activeRecoveryHighPercent);
    }

    public int rollingChronicDays() {
        return chronicDays - acuteDays;
    }

    private static void between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + "–" + max + " but was " + value);
        }
    }

    private static void between(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be " + min + "–" + max + " but was " + value);
        }
    }
}
