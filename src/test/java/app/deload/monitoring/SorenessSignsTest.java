package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static app.deload.monitoring.Fixtures.soreness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SorenessSignsTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 5, 1);

    /** Soreness items on consecutive days from FIRST (null = no entry), carried day by day; returns the last day. */
    private static SorenessSigns run(Integer... items) {
        List<WellnessInput> entries = new ArrayList<>();
        for (int k = 0; k < items.length; k++) {
            if (items[k] != null) {
                entries.add(soreness(FIRST.plusDays(k), items[k]));
            }
        }
        WellnessLog log = WellnessLog.of(entries);
        SorenessSigns today = null;
        int before = 0;
        for (int k = 0; k < items.length; k++) {
            today = SorenessSigns.at(log, FIRST.plusDays(k), before, T);
            before = today.consecutiveDays();
        }
        return today;
    }

    @Test
    void threeConsecutiveSoreDaysAreNotASign() {
        SorenessSigns s = run(4, 2, 2, 1);
        assertEquals(3, s.consecutiveDays());
        assertFalse(s.sign());
    }

    @Test
    void fourConsecutiveSoreDaysAreASign() {
        SorenessSigns s = run(2, 2, 1, 2);
        assertEquals(4, s.consecutiveDays());
        assertTrue(s.sign());
        assertEquals("soreness 2/5, 2 or lower on 4 consecutive days (more than 3)", s.reason());
    }

    @Test
    void sorenessThreeBreaksTheRun() {
        SorenessSigns s = run(2, 2, 3, 2, 2);
        assertEquals(2, s.consecutiveDays());
        assertFalse(s.sign());
    }

    @Test
    void aDayWithoutEntryBreaksTheRun() {
        assertEquals(2, run(2, 2, null, 2, 2).consecutiveDays());
        assertEquals(0, run(2, 2, 2, 2, null).consecutiveDays());
    }
}
