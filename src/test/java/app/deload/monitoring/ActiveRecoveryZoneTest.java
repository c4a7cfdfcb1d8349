package app.deload.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActiveRecoveryZoneTest {

    @Test
    void heartRateReserveExample() {
        // 60 + 0.3 × 130 = 99, 60 + 0.5 × 130 = 125.
        ActiveRecoveryZone z = ActiveRecoveryZone.of(190, 30, 60, IntensityBasis.HEART_RATE_RESERVE, 30, 50);
        assertEquals(99, z.lowBpm());
        assertEquals(125, z.highBpm());
        assertEquals(IntensityBasis.HEART_RATE_RESERVE, z.basis());
        assertEquals("Karvonen: HRrest 60 + 30–50 % × (HRmax 190 − HRrest 60)", z.method());
    }

    @Test
    void percentOfMaxExample() {
        // 0.3 × 190 = 57, 0.5 × 190 = 95.
        ActiveRecoveryZone z = ActiveRecoveryZone.of(190, 30, 60, IntensityBasis.PERCENT_HRMAX, 30, 50);
        assertEquals(57, z.lowBpm());
        assertEquals(95, z.highBpm());
        assertEquals("30–50 % of HRmax 190", z.method());
    }

    @Test
    void reserveWithoutRestingHeartRateFallsBackToPercentOfMax() {
        ActiveRecoveryZone z = ActiveRecoveryZone.of(190, 30, null, IntensityBasis.HEART_RATE_RESERVE, 30, 50);
        assertEquals(IntensityBasis.PERCENT_HRMAX, z.basis());
        assertEquals(57, z.lowBpm());
        assertTrue(z.reason().contains("no resting heart rate on file"), z.reason());
    }

    @Test
    void tanakaEstimatesMissingMax() {
        // 208 − 0.7 × 30 = 187; 50 + 0.3 × 137 = 91.1 → 91, 50 + 0.5 × 137 = 118.5 → 119 (half up).
        ActiveRecoveryZone z = ActiveRecoveryZone.of(null, 30, 50, Thresholds.defaults());
        assertTrue(z.hrMaxEstimated());
        assertEquals(187.0, z.hrMax(), 1e-9);
        assertEquals(91, z.lowBpm());
        assertEquals(119, z.highBpm());
        assertEquals("HRmax 187 estimated by Tanaka (208 − 0.7 × age 30)", z.reason());
    }

    @Test
    void profileMaxWins() {
        assertFalse(ActiveRecoveryZone.of(190, 60, 60, Thresholds.defaults()).hrMaxEstimated());
    }

    @Test
    void rejectsImplausibleInputs() {
        assertThrows(IllegalArgumentException.class,
                () -> ActiveRecoveryZone.of(null, 5, 60, IntensityBasis.HEART_RATE_RESERVE, 30, 50));
        assertThrows(IllegalArgumentException.class,
                () -> ActiveRecoveryZone.of(190, 30, 200, IntensityBasis.HEART_RATE_RESERVE, 30, 50));
        assertThrows(IllegalArgumentException.class,
                () -> ActiveRecoveryZone.of(190, 30, 60, IntensityBasis.HEART_RATE_RESERVE, 50, 30));
    }
}
