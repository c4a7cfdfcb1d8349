package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static app.deload.monitoring.Fixtures.restingHr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestingHeartRateTrendTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 31);

    /** 28 baseline days at 50 bpm (days −34 … −7), then 7 days at {@code weekBpm}. */
    private static RestingHeartRateTrend trend(int baselineDays, int... week) {
        List<WellnessInput> entries = new ArrayList<>();
        for (int k = 0; k < baselineDays; k++) {
            entries.add(restingHr(TODAY.minusDays(34 - k), 50));
        }
        for (int k = 0; k < week.length; k++) {
            entries.add(restingHr(TODAY.minusDays(week.length - 1 - k), week[k]));
        }
        return RestingHeartRateTrend.at(WellnessLog.of(entries), TODAY, T);
    }

    @Test
    void exactlyFiveBpmAboveIsNotNoted() {
        RestingHeartRateTrend rhr = trend(28, 55, 55, 55, 55, 55, 55, 55);
        assertEquals(5.0, rhr.rise().value());
        assertFalse(rhr.elevated());
    }

    @Test
    void moreThanFiveBpmAboveIsNoted() {
        // Mean of 55 × 6 and 56 = 55.14: 5.14 above 50.
        RestingHeartRateTrend rhr = trend(28, 55, 55, 55, 55, 55, 55, 56);
        assertEquals(386.0 / 7 - 50, rhr.rise().value(), 1e-12);
        assertTrue(rhr.elevated());
        assertTrue(rhr.note().contains("more than 5 bpm above"), rhr.note());
    }

    @Test
    void baselineNeedsFourteenValues() {
        RestingHeartRateTrend rhr = trend(13, 60, 60, 60);
        assertEquals(Metric.Status.BUILDING, rhr.baselineMean().status());
        assertFalse(rhr.elevated());
        assertEquals(Metric.Status.BUILDING, rhr.rise().status());
    }

    @Test
    void weekNeedsThreeValues() {
        RestingHeartRateTrend rhr = trend(28, 60, 60);
        assertEquals(Metric.Status.INSUFFICIENT, rhr.sevenDayMean().status());
        assertFalse(rhr.elevated());
    }
}
