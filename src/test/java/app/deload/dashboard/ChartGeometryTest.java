package app.deload.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChartGeometryTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void eachDayIsDrawnAtTheCentreOfItsOwnSlot() {
        ChartGeometry g = new ChartGeometry(MONDAY, MONDAY.plusDays(27), 0, 100);
        double slot = g.plotWidth() / 28;
        assertEquals(ChartGeometry.LEFT + slot / 2, g.x(MONDAY), 1e-9);
        assertEquals(g.plotRight() - slot / 2, g.x(MONDAY.plusDays(27)), 1e-9);
        assertEquals(slot, g.x(MONDAY.plusDays(1)) - g.x(MONDAY), 1e-9);
    }

    @Test
    void valuesMapLinearlyFromBottomToTopAndBack() {
        ChartGeometry g = new ChartGeometry(MONDAY, MONDAY.plusDays(6), 0.5, 2.5);
        assertEquals(g.plotBottom(), g.y(0.5), 1e-9);
        assertEquals(ChartGeometry.TOP, g.y(2.5), 1e-9);
        assertEquals(ChartGeometry.TOP + g.plotHeight() / 2, g.y(1.5), 1e-9);
        assertEquals(1.2497, g.valueAt(g.y(1.2497)), 1e-9);
    }

    @Test
    void anOutlierIsClampedToThePlotEdge() {
        ChartGeometry g = new ChartGeometry(MONDAY, MONDAY.plusDays(6), 0, 10);
        assertEquals(ChartGeometry.TOP, g.y(40), 1e-9);
        assertEquals(g.plotBottom(), g.y(-3), 1e-9);
    }

    @Test
    void theFittedAxisHasRoundEndsAroundEveryValue() {
        ChartGeometry g = ChartGeometry.fitting(MONDAY, MONDAY.plusDays(6), Arrays.asList(0.93, null, 1.62, 1.5),
                true);
        assertEquals(0, g.yMin(), 1e-9);
        assertEquals(2.0, g.yMax(), 1e-9);
        List<ChartGeometry.Tick> ticks = g.valueTicks();
        assertEquals(List.of("0.0", "0.5", "1.0", "1.5", "2.0"), ticks.stream().map(ChartGeometry.Tick::label).toList());
    }

    @Test
    void tickLabelsShowEveryTickExactlyAndLandOnRoundValues() {
        ChartGeometry g = ChartGeometry.fitting(MONDAY, MONDAY.plusDays(6), List.of(4.09, 4.19), false);
        assertEquals(0.025, g.step(), 1e-12);
        assertEquals(List.of("4.075", "4.100", "4.125", "4.150", "4.175", "4.200"),
                g.valueTicks().stream().map(ChartGeometry.Tick::label).toList());
        assertEquals(0, ChartGeometry.fitting(MONDAY, MONDAY, List.of(0.0, 640.0), true).tickDecimals());
    }

    @Test
    void aFlatSeriesStillGetsAnAxis() {
        ChartGeometry g = ChartGeometry.fitting(MONDAY, MONDAY.plusDays(6), List.of(7.0, 7.0), false);
        assertTrue(g.yMin() < 7 && g.yMax() > 7);
        ChartGeometry empty = ChartGeometry.fitting(MONDAY, MONDAY.plusDays(6), Arrays.asList((Double) null), false);
        assertEquals(0, empty.yMin(), 1e-9);
        assertEquals(1, empty.yMax(), 1e-9);
    }

    @Test
    void negativeValuesKeepTheAxisBelowZero() {
        ChartGeometry g = ChartGeometry.fitting(MONDAY, MONDAY.plusDays(6), List.of(-36.5, 66.9), false);
        assertTrue(g.yMin() <= -36.5 && g.yMax() >= 66.9);
        assertEquals("−40", ChartGeometry.number(-40, 0));
        assertEquals("0", ChartGeometry.number(-0.2, 0));
    }

    @Test
    void fourWeeksGetWeeklyDateTicksOnMondays() {
        ChartGeometry g = new ChartGeometry(MONDAY.minusDays(3), MONDAY.plusDays(24), 0, 1);
        List<ChartGeometry.Tick> ticks = g.dateTicks();
        assertEquals(4, ticks.size());
        assertEquals(MONDAY.toString(), ticks.get(0).label());
        ticks.forEach(t -> assertEquals(DayOfWeek.MONDAY, LocalDate.parse(t.label()).getDayOfWeek()));
    }

    @Test
    void aYearGetsAtMostSevenDateTicksOnTheFirstOfAMonth() {
        ChartGeometry g = new ChartGeometry(MONDAY.minusDays(365), MONDAY, 0, 1);
        List<ChartGeometry.Tick> ticks = g.dateTicks();
        assertTrue(ticks.size() <= ChartGeometry.MAX_DATE_TICKS && ticks.size() >= 4, ticks.toString());
        ticks.forEach(t -> assertEquals(1, LocalDate.parse(t.label()).getDayOfMonth()));
    }

    @Test
    void refusesAnEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> new ChartGeometry(MONDAY, MONDAY.minusDays(1), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ChartGeometry(MONDAY, MONDAY, 1, 1));
    }

    @Test
    void coordinatesUseAPointWhateverTheLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("12.3", ChartGeometry.coordinate(12.345));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
