package app.deload.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputsTest {
    private static final LocalDate D = LocalDate.of(2026, 3, 2);

    @Test
    void sessionLoadIsRpeTimesMinutes() {
        assertEquals(420, new SessionInput(D, 7, 60, true).load());
        assertEquals(0, new SessionInput(D, 0, 30, true).load());
        assertNull(new SessionInput(D, null, 30, true).load());
    }

    @Test
    void rpeMustBeZeroToTen() {
        new SessionInput(D, 10, 60, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SessionInput(D, 11, 60, true));
        assertTrue(e.getMessage().contains("RPE must be an integer 0–10"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SessionInput(D, -1, 60, true));
    }

    @Test
    void durationMustBeOneTo600Minutes() {
        new SessionInput(D, 5, 1, true);
        new SessionInput(D, 5, 600, true);
        assertThrows(IllegalArgumentException.class, () -> new SessionInput(D, 5, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new SessionInput(D, 5, 601, true));
    }

    @Test
    void wellnessItemsMustBeOneToFive() {
        assertEquals(25, new WellnessInput(D, 5, 5, 5, 5, 5, 8, null, null).total());
        assertEquals(5, new WellnessInput(D, 1, 1, 1, 1, 1, 8, null, null).total());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WellnessInput(D, 4, 4, 0, 4, 4, 8, null, null));
        assertTrue(e.getMessage().startsWith("soreness must be 1–5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WellnessInput(D, 6, 4, 4, 4, 4, 8, null, null));
    }

    @Test
    void sleepIsZeroToSixteenInQuarterHours() {
        new WellnessInput(D, 4, 4, 4, 4, 4, 0, null, null);
        new WellnessInput(D, 4, 4, 4, 4, 4, 16, null, null);
        new WellnessInput(D, 4, 4, 4, 4, 4, 7.75, null, null);
        assertThrows(IllegalArgumentException.class, () -> new WellnessInput(D, 4, 4, 4, 4, 4, 7.8, null, null));
        assertThrows(IllegalArgumentException.class, () -> new WellnessInput(D, 4, 4, 4, 4, 4, 16.25, null, null));
        assertThrows(IllegalArgumentException.class, () -> new WellnessInput(D, 4, 4, 4, 4, 4, -0.25, null, null));
    }

    @Test
    void restingHeartRateIs25To150() {
        new WellnessInput(D, 4, 4, 4, 4, 4, 8, 25, null);
        new WellnessInput(D, 4, 4, 4, 4, 4, 8, 150, null);
        assertThrows(IllegalArgumentException.class, () -> new WellnessInput(D, 4, 4, 4, 4, 4, 8, 24, null));
        assertThrows(IllegalArgumentException.class, () -> new WellnessInput(D, 4, 4, 4, 4, 4, 8, 151, null));
    }

    @Test
    void rmssdIs3To300() {
        new WellnessInput(D, 4, 4, 4, 4, 4, 8, null, 3.0);
        new WellnessInput(D, 4, 4, 4, 4, 4, 8, null, 300.0);
        assertThrows(IllegalArgumentException.class, () -> new WellnessInput(D, 4, 4, 4, 4, 4, 8, null, 2.9));
        assertThrows(IllegalArgumentException.class, () -> new WellnessInput(D, 4, 4, 4, 4, 4, 8, null, 300.1));
        assertThrows(IllegalArgumentException.class, () -> new WellnessInput(D, 4, 4, 4, 4, 4, 8, null, Double.NaN));
    }

    @Test
    void performanceInputNeedsANameAndASensibleSwc() {
        new PerformanceInput(D, "CMJ", 38.5, true, null);
        new PerformanceInput(D, "CMJ", 38.5, true, 50.0);
        assertThrows(IllegalArgumentException.class, () -> new PerformanceInput(D, " ", 38.5, true, null));
        assertThrows(IllegalArgumentException.class, () -> new PerformanceInput(D, "CMJ", Double.NaN, true, null));
        assertThrows(IllegalArgumentException.class, () -> new PerformanceInput(D, "CMJ", 38.5, true, 0.0));
    }

    @Test
    void oneWellnessEntryPerDate() {
        WellnessInput a = new WellnessInput(D, 4, 4, 4, 4, 4, 8, null, null);
        WellnessInput b = new WellnessInput(D, 3, 4, 4, 4, 4, 8, null, null);
        assertThrows(IllegalArgumentException.class, () -> new AthleteHistory(null, null, List.of(a, b), null, null));
        assertThrows(IllegalArgumentException.class, () -> WellnessLog.of(List.of(a, b)));
    }

    @Test
    void firstDayIsTheEarliestOfStartSessionAndWellness() {
        LocalDate start = LocalDate.of(2026, 3, 10);
        List<SessionInput> sessions = List.of(new SessionInput(D.plusDays(3), 5, 60, true),
                new SessionInput(D.minusDays(9), 5, 60, false));
        List<WellnessInput> wellness = List.of(new WellnessInput(D.plusDays(1), 4, 4, 4, 4, 4, 8, null, null));
        assertEquals(D.plusDays(1), new AthleteHistory(start, sessions, wellness, null, null).firstDay().orElseThrow());
        assertEquals(start, new AthleteHistory(start, null, null, null, null).firstDay().orElseThrow());
        assertTrue(new AthleteHistory(null, null, null, null, null).firstDay().isEmpty());
    }
}
