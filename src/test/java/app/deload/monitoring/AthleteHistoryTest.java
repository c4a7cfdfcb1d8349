package app.deload.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The athlete's first day (science.md §1): the earliest of joining, the first attended session and wellness. */
class AthleteHistoryTest {

    private static final LocalDate JOINED = LocalDate.of(2026, 3, 10);

    private static AthleteHistory history(LocalDate start, List<SessionInput> sessions, List<WellnessInput> wellness) {
        return new AthleteHistory(start, sessions, wellness, List.of(), null);
    }

    @Test
    void aSessionBeforeTheRecordWasCreatedStartsTheHistory() {
        AthleteHistory h = history(JOINED, List.of(Fixtures.session(JOINED.minusDays(5), 300)), List.of());
        assertEquals(JOINED.minusDays(5), h.firstDay().orElseThrow());
    }

    @Test
    void aWellnessEntryBeforeTheRecordWasCreatedStartsTheHistory() {
        AthleteHistory h = history(JOINED, List.of(Fixtures.session(JOINED.minusDays(2), 300)),
                List.of(Fixtures.wellness(JOINED.minusDays(4), 20)));
        assertEquals(JOINED.minusDays(4), h.firstDay().orElseThrow());
    }

    @Test
    void aSessionTheAthleteMissedDoesNotStartTheHistory() {
        AthleteHistory h = history(JOINED, List.of(new SessionInput(JOINED.minusDays(5), null, 60, false)), List.of());
        assertEquals(JOINED, h.firstDay().orElseThrow());
    }

    @Test
    void laterInputsLeaveTheCreationDate() {
        AthleteHistory h = history(JOINED, List.of(Fixtures.session(JOINED.plusDays(1), 300)),
                List.of(Fixtures.wellness(JOINED.plusDays(2), 20)));
        assertEquals(JOINED, h.firstDay().orElseThrow());
    }

    @Test
    void withoutACreationDateTheEarliestInputIsTheFirstDay() {
        assertEquals(JOINED.plusDays(3), history(null, List.of(Fixtures.session(JOINED.plusDays(3), 300),
                Fixtures.session(JOINED.plusDays(6), 300)), List.of(Fixtures.wellness(JOINED.plusDays(4), 20)))
                .firstDay().orElseThrow());
        assertEquals(JOINED.plusDays(4), history(null, List.of(), List.of(Fixtures.wellness(JOINED.plusDays(4), 20),
                Fixtures.wellness(JOINED.plusDays(9), 20))).firstDay().orElseThrow());
        assertTrue(history(null, null, null).firstDay().isEmpty());
    }

    @Test
    void twoWellnessEntriesOnOneDateAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> history(JOINED, List.of(),
                List.of(Fixtures.wellness(JOINED, 20), Fixtures.wellness(JOINED, 18))));
    }

    @Test
    void theDaysBeforeTheCreationDateCountInTheMetrics() {
        LocalDate before = JOINED.minusDays(3);
        AthleteHistory h = history(JOINED, List.of(Fixtures.session(before, 300)), List.of());
        DayMetrics first = new MetricsCalculator(Fixtures.T).day(h, before);
        assertEquals(DayState.TRAINED, first.state());
        assertEquals(300, first.dailyLoad().value());
    }
}
