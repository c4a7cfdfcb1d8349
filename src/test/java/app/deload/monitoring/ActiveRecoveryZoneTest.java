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

    private static ActiveRecoveryZone zone(Integer hrMax, int age, Integer hrRest, int low, int high) {
        return ActiveRecoveryZone.of(hrMax, age, hrRest, IntensityBasis.HEART_RATE_RESERVE, low, high);
    }

    private static void refused(String message, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void acceptsEveryInputAtItsBounds() {
        assertEquals(100, zone(100, 30, null, 30, 50).hrMax());
        assertEquals(230, zone(230, 30, null, 30, 50).hrMax());
        assertEquals(201, zone(null, 10, null, 30, 50).hrMax(), 1e-9);
        assertEquals(138, zone(null, 100, null, 30, 50).hrMax(), 1e-9);
        assertEquals(25, zone(190, 30, 25, 30, 50).hrRest());
        assertEquals(150, zone(190, 30, 150, 30, 50).hrRest());
        assertEquals(2, zone(190, 30, null, 1, 2).lowBpm());
        assertEquals(190, zone(190, 30, null, 99, 100).highBpm());
        assertEquals(139, zone(140, 30, 139, 30, 50).hrRest());
    }

    @Test
    void refusesEveryInputOneStepBeyondItsBounds() {
        refused("HRmax must be 100–230 bpm but was 99", () -> zone(99, 30, null, 30, 50));
        refused("HRmax must be 100–230 bpm but was 231", () -> zone(231, 30, null, 30, 50));
        refused("age must be 10–100 years to estimate HRmax but was 9", () -> zone(null, 9, null, 30, 50));
        refused("age must be 10–100 years to estimate HRmax but was 101", () -> zone(null, 101, null, 30, 50));
        refused("resting heart rate must be 25–150 bpm but was 24", () -> zone(190, 30, 24, 30, 50));
        refused("resting heart rate must be 25–150 bpm but was 151", () -> zone(190, 30, 151, 30, 50));
        refused("resting heart rate 140 must be below HRmax 140", () -> zone(140, 30, 140, 30, 50));
        refused("intensity must be 1–100 % with low below high but was 0–50 %", () -> zone(190, 30, null, 0, 50));
        refused("intensity must be 1–100 % with low below high but was 30–101 %", () -> zone(190, 30, null, 30, 101));
        refused("intensity must be 1–100 % with low below high but was 50–50 %", () -> zone(190, 30, null, 50, 50));
        assertThrows(NullPointerException.class, () -> ActiveRecoveryZone.of(190, 30, null, null, 30, 50));
    }

    @Test
    void anAgeOutsideTanakasRangeStillWorksWithAnHrMaxOnFile() {
        assertEquals(190, zone(190, 5, null, 30, 50).hrMax());
    }

    @Test
    void noEstimateWithoutHrMaxForAChildOrAnAgeBeyondTanaka() {
        Thresholds t = Thresholds.defaults();
        org.junit.jupiter.api.Assertions.assertTrue(ActiveRecoveryZone.estimate(null, 9, null, t).isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(ActiveRecoveryZone.estimate(null, 101, null, t).isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(ActiveRecoveryZone.estimate(null, 100, 138, t).isEmpty());
        assertEquals(138, ActiveRecoveryZone.estimate(null, 100, 137, t).orElseThrow().hrMax(), 1e-9);
        assertEquals(201, ActiveRecoveryZone.estimate(null, 10, null, t).orElseThrow().hrMax(), 1e-9);
        assertEquals(190, ActiveRecoveryZone.estimate(190, 7, null, t).orElseThrow().hrMax());
    }
}
