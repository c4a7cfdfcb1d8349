package app.deload.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChartRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void defaultsToTheLastFourWeeksIncludingToday() {
        ChartRange r = ChartRange.parse(null, null, null, TODAY, null);
        assertEquals(ChartRange.FOUR_WEEKS, r.choice());
        assertEquals(TODAY.minusDays(27), r.from());
        assertEquals(TODAY, r.to());
        assertEquals(TODAY.minusDays(83), ChartRange.parse("12w", null, null, TODAY, null).from());
    }

    @Test
    void theSeasonStartsOnTheAthletesFirstDayButCoversAtLeastFourWeeksAndAtMostAYear() {
        assertEquals(TODAY.minusDays(100), ChartRange.parse("season", null, null, TODAY, TODAY.minusDays(100)).from());
        assertEquals(TODAY.minusDays(27), ChartRange.parse("season", null, null, TODAY, TODAY.minusDays(3)).from());
        assertEquals(TODAY.minusDays(365), ChartRange.parse("season", null, null, TODAY, TODAY.minusYears(3)).from());
        assertEquals(TODAY.minusDays(365), ChartRange.parse("season", null, null, TODAY, null).from());
    }

    @Test
    void aCustomRangeIsCheckedAndKeepsWhatWasTyped() {
        ChartRange ok = ChartRange.parse("custom", "2026-09-01", "2026-10-01", TODAY, null);
        assertEquals(LocalDate.of(2026, 9, 1), ok.from());
        assertEquals(LocalDate.of(2026, 10, 1), ok.to());
        ChartRange bad = ChartRange.parse("custom", "1.9.2026", "2026-10-01", TODAY, null);
        assertFalse(bad.valid());
        assertEquals("1.9.2026", bad.fromText());
        assertFalse(ChartRange.parse("custom", "2026-10-02", "2026-10-01", TODAY, null).valid());
        assertFalse(ChartRange.parse("custom", "2025-01-01", "2026-10-01", TODAY, null).valid());
        assertFalse(ChartRange.parse("custom", "2026-11-01", "2026-12-03", TODAY, null).valid());
        assertEquals(TODAY, ChartRange.parse("custom", "2026-11-01", "", TODAY, null).to());
    }
}
