package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static app.deload.monitoring.Fixtures.wellness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WellnessZScoresTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 30);

    /** Totals on consecutive days ending yesterday, then today's total (null: no entry today). */
    private static WellnessZScores z(Integer today, int... baselineTotals) {
        List<WellnessInput> entries = new ArrayList<>();
        for (int k = 0; k < baselineTotals.length; k++) {
            entries.add(wellness(TODAY.minusDays(baselineTotals.length - k), baselineTotals[k]));
        }
        if (today != null) {
            entries.add(wellness(TODAY, today));
        }
        return WellnessZScores.at(WellnessLog.of(entries), TODAY, 0, T);
    }

    /** 14 entries with mean 20 and sample SD exactly 2: deviations ±3, ±3, ±2, ±2, and six 0 (SS 52 = 13 × 4). */
    private static final int[] MEAN_20_SD_2 = {23, 17, 23, 17, 22, 18, 22, 18, 20, 20, 20, 20, 20, 20};

    @Test
    void zExactlyMinusOneIsWatch() {
        WellnessZScores.ZScore total = z(18, MEAN_20_SD_2).total();
        assertEquals(-1.0, total.z().value());
        assertEquals(ZLevel.WATCH, total.level());
        assertEquals(20.0, total.baselineMean());
        assertEquals(2.0, total.baselineSd());
        assertFalse(total.sdFloorApplied());
    }

    @Test
    void zJustAboveMinusOneIsNone() {
        // 19: z = −0.5
        assertEquals(ZLevel.NONE, z(19, MEAN_20_SD_2).total().level());
    }

    @Test
    void zExactlyMinusTwoIsAlert() {
        WellnessZScores.ZScore total = z(16, MEAN_20_SD_2).total();
        assertEquals(-2.0, total.z().value());
        assertEquals(ZLevel.ALERT, total.level());
        assertEquals("16/25, 2.0 SD below the 28-day mean of 20.0 (SD 2.00, 14 entries)", total.z().reason());
    }

    @Test
    void zBetweenWatchAndAlertIsWatch() {
        // 17: z = −1.5
        assertEquals(ZLevel.WATCH, z(17, MEAN_20_SD_2).total().level());
    }

    @Test
    void exactlyFourteenBaselineEntriesAreEnough() {
        assertTrue(z(18, MEAN_20_SD_2).total().z().isAvailable());
    }

    @Test
    void thirteenBaselineEntriesAreBuilding() {
        int[] thirteen = Arrays.copyOf(MEAN_20_SD_2, 13);
        WellnessZScores z = z(18, thirteen);
        assertEquals(Metric.Status.BUILDING, z.total().z().status());
        assertEquals("building baseline: 13 of 14 entries", z.total().z().reason());
        assertEquals(Metric.Status.BUILDING, z.mood().z().status());
        assertEquals(18, z.total().today());
    }

    @Test
    void todayIsNotInItsOwnBaseline() {
        // Baseline of 14 × 20 (SD 0 → floor 1); today 15 → z = −5. Including today would move mean and SD.
        WellnessZScores.ZScore total = z(15, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20).total();
        assertEquals(-5.0, total.z().value());
        assertEquals(20.0, total.baselineMean());
    }

    @Test
    void baselineIsTheTwentyEightDaysBefore() {
        // An entry 29 days ago is outside the baseline: 14 entries in the window + 1 outside.
        List<WellnessInput> entries = new ArrayList<>();
        entries.add(wellness(TODAY.minusDays(29), 5));
        for (int k = 1; k <= 14; k++) {
            entries.add(wellness(TODAY.minusDays(k), 20));
        }
        entries.add(wellness(TODAY, 19));
        WellnessZScores z = WellnessZScores.at(WellnessLog.of(entries), TODAY, 0, T);
        assertEquals(20.0, z.total().baselineMean());
        assertEquals(TODAY.minusDays(28), z.baseline().from());
        assertEquals(TODAY.minusDays(1), z.baseline().to());
        assertEquals(14, z.baseline().daysWithData());
    }

    @Test
    void sdFloorAppliesToTotal() {
        // 7 × 20 and 7 × 21: sample SD √(14 × 0.25 / 13) = 0.519 < 1, so SD 1 is used: 19 → z = −1.5.
        WellnessZScores.ZScore total = z(19, 20, 21, 20, 21, 20, 21, 20, 21, 20, 21, 20, 21, 20, 21).total();
        assertTrue(total.sdFloorApplied());
        assertEquals(Math.sqrt(3.5 / 13), total.baselineSd(), 1e-12);
        assertEquals(-1.5, total.z().value(), 1e-12);
        assertTrue(total.z().reason().contains("floor 1.0 used"), total.z().reason());
    }

    @Test
    void sdFloorAppliesToItem() {
        // Every baseline item 4 (SD 0 → floor 0.5); today soreness 3 → z = −2.
        List<WellnessInput> entries = new ArrayList<>();
        for (int k = 1; k <= 14; k++) {
            entries.add(wellness(TODAY.minusDays(k), 20));
        }
        entries.add(new WellnessInput(TODAY, 4, 4, 3, 4, 4, 8, null, null));
        WellnessZScores z = WellnessZScores.at(WellnessLog.of(entries), TODAY, 0, T);
        assertEquals(-2.0, z.soreness().z().value());
        assertEquals(ZLevel.ALERT, z.soreness().level());
        assertEquals(0.0, z.fatigue().z().value());
        assertEquals(5, z.items().size());
    }

    @Test
    void noEntryTodayIsNoData() {
        WellnessZScores z = z(null, MEAN_20_SD_2);
        assertEquals(Metric.Status.NO_DATA, z.total().z().status());
        assertNull(z.total().today());
        assertEquals(0, z.consecutiveWatchDays());
    }

    @Test
    void watchDaysRunOnFromYesterday() {
        assertEquals(3, WellnessZScores.at(WellnessLog.of(withToday(18)), TODAY, 2, T).consecutiveWatchDays());
        assertEquals(0, WellnessZScores.at(WellnessLog.of(withToday(19)), TODAY, 2, T).consecutiveWatchDays());
    }

    private static List<WellnessInput> withToday(int total) {
        List<WellnessInput> entries = new ArrayList<>();
        for (int k = 0; k < MEAN_20_SD_2.length; k++) {
            entries.add(wellness(TODAY.minusDays(MEAN_20_SD_2.length - k), MEAN_20_SD_2[k]));
        }
        entries.add(wellness(TODAY, total));
        return entries;
    }
}
