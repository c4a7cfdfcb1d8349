package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.T;
import static app.deload.monitoring.Fixtures.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SleepSignsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 31);

    /** Nights of the last 7 days ending today; null = not recorded. */
    private static SleepSigns nights(Double... hours) {
        List<WellnessInput> entries = new ArrayList<>();
        for (int k = 0; k < hours.length; k++) {
            if (hours[k] != null) {
                entries.add(sleep(TODAY.minusDays(hours.length - 1 - k), hours[k]));
            }
        }
        return SleepSigns.at(WellnessLog.of(entries), TODAY, T);
    }

    @Test
    void threeNightsUnderSixHoursIsASign() {
        SleepSigns s = nights(5.5, 8.0, 5.75, 8.0, 8.0, 5.0, 8.0);
        assertEquals(3, s.restrictedNights());
        assertTrue(s.restrictionSign());
        assertEquals(8.0, s.hoursToday());
    }

    @Test
    void twoNightsUnderSixHoursIsNot() {
        SleepSigns s = nights(5.5, 8.0, 6.5, 8.0, 8.0, 5.0, 8.0);
        assertEquals(2, s.restrictedNights());
        assertEquals(3, s.shortNights());
        assertFalse(s.restrictionSign());
    }

    @Test
    void exactlySixHoursIsNotRestricted() {
        SleepSigns s = nights(6.0, 6.0, 6.0, 6.0, 6.0, 6.0, 6.0);
        assertEquals(0, s.restrictedNights());
        assertEquals(7, s.shortNights());
    }

    @Test
    void exactlySevenHoursIsNotShort() {
        assertEquals(0, nights(7.0, 7.0, 7.0).shortNights());
    }

    @Test
    void nightsOlderThanSevenDaysDoNotCount() {
        // 8 nights: the first (5 h) is 7 days ago, outside the window.
        SleepSigns s = nights(5.0, 5.0, 5.0, 8.0, 8.0, 8.0, 8.0, 8.0);
        assertEquals(2, s.restrictedNights());
        assertFalse(s.restrictionSign());
    }

    @Test
    void unrecordedNightsAreNotCounted() {
        SleepSigns s = nights(null, 5.0, null, 5.0, null, null, null);
        assertEquals(2, s.restrictedNights());
        assertEquals(2, s.window().daysWithData());
        assertNull(s.hoursToday());
        assertEquals("2 of the last 7 nights under 6 h, 2 under 7 h (2 nights recorded)", s.reason());
    }
}
