package app.deload.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void defaultsFollowScienceMd() {
        Thresholds t = Thresholds.defaults();
        assertEquals(7, t.acuteDays());
        assertEquals(28, t.chronicDays());
        assertEquals(21, t.rollingChronicDays());
        assertEquals(1.5, t.ratioSpike());
        assertEquals(0.8, t.typicalRatioLow());
        assertEquals(1.3, t.typicalRatioHigh());
        assertEquals(2.0, t.monotonyHigh());
        assertEquals(-1.0, t.zWatch());
        assertEquals(-2.0, t.zAlert());
        assertEquals(3, t.wellnessConsecutiveDays());
        assertEquals(6.0, t.sleepRestrictionHours());
        assertEquals(7.0, t.shortSleepHours());
        assertEquals(3, t.restrictedNightsOf7());
        assertEquals(2, t.sorenessItemMax());
        assertEquals(3, t.sorenessLongerThanDays());
        assertEquals(3.0, t.defaultSwcPercent());
        assertEquals(14, t.performanceWindowDays());
        assertEquals(0.5, t.hrvBandSd());
        assertEquals(5.0, t.restingHrRiseBpm());
        assertEquals(0.80, t.minCompleteness());
        assertEquals(14, t.minBaselineEntries());
        assertEquals(28, t.baselineDays());
        assertEquals(28, t.ratioMinHistoryDays());
        assertEquals(1.0, t.ratioMinChronicPerDay());
        assertEquals(3, t.alertConsecutiveDays());
        assertEquals(14, t.medicalReviewDaysAfterDeload());
        assertEquals(0.30, t.teamAlertShare());
        assertEquals(IntensityBasis.HEART_RATE_RESERVE, t.activeRecoveryBasis());
        assertEquals(30, t.activeRecoveryLowPercent());
        assertEquals(50, t.activeRecoveryHighPercent());
    }

    @Test
    void rejectsChronicNotLongerThanAcute() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Thresholds(7, 7, 1.5, 0.8,
                1.3, 2.0, -1, -2, 3, 6, 7, 3, 2, 3, 3, 14, 0.5, 5, 0.8, 14, 28, 28, 1, 3, 14, 0.3,
                IntensityBasis.HEART_RATE_RESERVE, 30, 50));
        assertTrue(e.getMessage().startsWith("chronicDays must be 8–90"), e.getMessage());
    }

    @Test
    void rejectsAlertAboveWatch() {
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(7, 28, 1.5, 0.8, 1.3, 2.0, -2, -1, 3, 6, 7,
                3, 2, 3, 3, 14, 0.5, 5, 0.8, 14, 28, 28, 1, 3, 14, 0.3, IntensityBasis.HEART_RATE_RESERVE, 30, 50));
    }

    @Test
    void rejectsCompletenessAboveOne() {
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(7, 28, 1.5, 0.8, 1.3, 2.0, -1, -2, 3, 6, 7,
                3, 2, 3, 3, 14, 0.5, 5, 1.01, 14, 28, 28, 1, 3, 14, 0.3, IntensityBasis.HEART_RATE_RESERVE, 30, 50));
    }

    @Test
    void rejectsBaselineEntriesBeyondBaselineDays() {
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(7, 28, 1.5, 0.8, 1.3, 2.0, -1, -2, 3, 6, 7,
                3, 2, 3, 3, 14, 0.5, 5, 0.8, 29, 28, 28, 1, 3, 14, 0.3, IntensityBasis.HEART_RATE_RESERVE, 30, 50));
    }

    @Test
    void rejectsInvertedIntensityBand() {
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(7, 28, 1.5, 0.8, 1.3, 2.0, -1, -2, 3, 6, 7,
                3, 2, 3, 3, 14, 0.5, 5, 0.8, 14, 28, 28, 1, 3, 14, 0.3, IntensityBasis.HEART_RATE_RESERVE, 50, 30));
    }
}
