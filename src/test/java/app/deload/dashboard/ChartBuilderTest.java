package app.deload.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChartBuilderTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 2);
    private static final LocalDate TO = FROM.plusDays(4);

    @Test
    void aLineBreaksWhereADayHasNoValueAndEveryPointCarriesItsNumber() {
        Chart chart = new ChartBuilder("r", "Ratio", "", FROM, TO)
                .line("c-ratio", "EWMA ratio", Arrays.asList(1.0, 1.2, null, 1.4, 1.6), 2).build();
        Chart.Line line = chart.lines().get(0);
        assertEquals(2, line.segments().size());
        assertEquals(4, line.points().size());
        assertEquals(List.of("1.00", "1.20", "1.40", "1.60"), line.points().stream().map(Chart.Point::value).toList());
        assertEquals(FROM.plusDays(3).toString(), line.points().get(2).date());
        assertEquals("2026-11-05: EWMA ratio 1.40", line.points().get(2).title());
        String first = line.points().get(0).x() + "," + line.points().get(0).y();
        assertTrue(line.segments().get(0).startsWith(first), line.segments().get(0));
    }

    @Test
    void pointsSitWhereTheAxisTicksSayTheirValuesAre() {
        Chart chart = new ChartBuilder("r", "Ratio", "", FROM, TO).fromZero()
                .line("c-ratio", "EWMA ratio", Arrays.asList(0.9, 1.25, 1.5, 1.1, 0.7), 2).build();
        Chart.Tick low = chart.yTicks().get(0);
        Chart.Tick high = chart.yTicks().get(chart.yTicks().size() - 1);
        double v0 = Double.parseDouble(low.label());
        double v1 = Double.parseDouble(high.label());
        double y0 = Double.parseDouble(low.position());
        double y1 = Double.parseDouble(high.position());
        for (Chart.Point p : chart.lines().get(0).points()) {
            double value = v0 + (Double.parseDouble(p.y()) - y0) / (y1 - y0) * (v1 - v0);
            assertEquals(Double.parseDouble(p.value()), value, 0.01);
        }
    }

    @Test
    void barsStandOnZeroWithHeightsInProportion() {
        Chart chart = new ChartBuilder("l", "Load", "AU", FROM, TO).fromZero()
                .bars("c-load", "daily load", Arrays.asList(100.0, 0.0, 200.0, null, 400.0), 0).build();
        List<Chart.Bar> bars = chart.bars().get(0).bars();
        assertEquals(4, bars.size());
        double h100 = Double.parseDouble(bars.get(0).height());
        double h200 = Double.parseDouble(bars.get(2).height());
        assertEquals(2 * h100, h200, 0.15);
        assertEquals(0, Double.parseDouble(bars.get(1).height()), 1e-9);
        double bottom = Double.parseDouble(bars.get(2).y()) + h200;
        assertEquals(Double.parseDouble(chart.frame().bottom()), bottom, 0.15);
        assertEquals("2026-11-02: daily load 100 AU", bars.get(0).title());
    }

    @Test
    void aReferenceLineStaysInViewAboveTheData() {
        Chart chart = new ChartBuilder("r", "Ratio", "", FROM, TO).fromZero().rule("c-spike", "spike 1.5", 1.5)
                .line("c-ratio", "EWMA ratio", Arrays.asList(0.9, 1.0, 1.1, 1.0, 0.9), 2).build();
        double ruleY = Double.parseDouble(chart.rules().get(0).y());
        assertTrue(ruleY >= Double.parseDouble(chart.frame().top()), "the spike line is inside the plot");
        assertEquals("spike 1.5", chart.legend().get(1).label());
    }

    @Test
    void aBandIsOnePolygonPerRunOfDaysWithBothEnds() {
        Chart chart = new ChartBuilder("w", "Wellness", "of 25", FROM, TO)
                .band("c-baseline", "usual range", Arrays.asList(17.0, 18.0, null, 17.0, 17.0),
                        Arrays.asList(21.0, 22.0, null, 21.0, 21.0), 1)
                .line("c-wellness", "total", Arrays.asList(19.0, 20.0, null, 12.0, 18.0), 0).build();
        assertEquals(2, chart.bands().get(0).polygons().size());
        assertEquals(8, chart.bands().get(0).polygons().get(1).split(" ").length,
                "a two-day run: its slot edges and two day centres, on each side");
        assertEquals(List.of("Date", "total (of 25)", "usual range"), chart.columns());
        assertEquals(List.of("2026-11-05", "12", "17.0–21.0"), chart.rows().get(2));
    }

    @Test
    void theTableListsOnlyDaysWithAValue() {
        Chart chart = new ChartBuilder("s", "Sleep", "h", FROM, TO)
                .bars("c-sleep", "sleep", Arrays.asList(7.5, null, null, 5.75, null), 2).build();
        assertEquals(2, chart.rows().size());
        assertEquals(List.of("2026-11-05", "5.75"), chart.rows().get(1));
        Chart empty = new ChartBuilder("s", "Sleep", "h", FROM, TO)
                .bars("c-sleep", "sleep", Arrays.asList(null, null, null, null, null), 2).build();
        assertTrue(!empty.hasData());
    }

    @Test
    void markersOutsideTheRangeAreLeftOutAndTheLegendNamesEachKindOnce() {
        Chart chart = new ChartBuilder("l", "Load", "AU", FROM, TO)
                .bars("c-load", "daily load", Arrays.asList(1.0, 2.0, 3.0, 4.0, 5.0), 0)
                .marker("c-ack", "A", "acknowledged signal", FROM.plusDays(1), "note one")
                .marker("c-ack", "A", "acknowledged signal", FROM.plusDays(3), "note two")
                .marker("c-ack", "A", "acknowledged signal", FROM.minusDays(1), "too early").build();
        assertEquals(2, chart.markers().size());
        assertEquals("2026-11-03: note one", chart.markers().get(0).title());
        assertEquals(2, chart.legend().size());
    }

    @Test
    void aPeriodIsShadedOverItsWholeDaysAndClippedToTheRange() {
        Chart chart = new ChartBuilder("l", "Load", "AU", FROM, TO)
                .bars("c-load", "daily load", Arrays.asList(1.0, 2.0, 3.0, 4.0, 5.0), 0)
                .span("c-deload", "D", "deload week", FROM.plusDays(3), FROM.plusDays(9), "planned deload").build();
        Chart.Span span = chart.spans().get(0);
        ChartGeometry g = new ChartGeometry(FROM, TO, 0, 1);
        assertEquals(g.x(FROM.plusDays(3)) - g.slotWidth() / 2, Double.parseDouble(span.x()), 0.05);
        assertEquals(2 * g.slotWidth(), Double.parseDouble(span.width()), 0.1);
        assertEquals("planned deload (2026-11-05 to 2026-11-11)", span.title());
        assertEquals("D", chart.legend().get(1).symbol());
    }

    @Test
    void aSeriesMustHaveOneValuePerDay() {
        assertThrows(IllegalArgumentException.class, () -> new ChartBuilder("l", "Load", "AU", FROM, TO)
                .line("c", "x", List.of(1.0), 0));
    }
}
