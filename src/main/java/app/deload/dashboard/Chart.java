package app.deload.dashboard;

import java.util.List;

/**
 * A time chart ready to render as SVG: every coordinate computed, every mark with its date, value and tooltip,
 * and the same numbers as a table. Coordinates are strings with one decimal; the template only places them.
 *
 * @param id      unique on the page, used for the SVG's title and description ids
 * @param summary one sentence describing the chart for screen readers
 * @param methods the link to the methods page's section that explains the chart, or empty
 * @param columns the table's column headings (the first is the date)
 * @param rows    the table's rows, one per day with any value, oldest first
 */
public record Chart(String id, String title, String unit, String summary, String methods, Frame frame, List<Tick> xTicks,
        List<Tick> yTicks, List<Span> spans, List<Band> bands, List<Rule> rules, List<BarSeries> bars, List<Line> lines,
        List<Marker> markers, List<LegendEntry> legend, List<String> columns, List<List<String>> rows) {

    /** The plot area and the SVG's size. */
    public record Frame(String width, String height, String left, String top, String right, String bottom,
            String unitX, String unitY, String labelX, String plotHeight) {
    }

    public record Tick(String position, String label) {
    }

    /** A dated period shaded over the plot's height, with a letter at its top centre. */
    public record Span(String cssClass, String symbol, String x, String width, String centre, String title) {
    }

    /** A shaded range, one polygon per run of days on which it is defined. */
    public record Band(String cssClass, String label, List<String> polygons) {
    }

    /** A horizontal reference line across the plot, labelled at its left end. */
    public record Rule(String cssClass, String label, String y, String labelY) {
    }

    public record Bar(String x, String y, String width, String height, String date, String value, String title) {
    }

    public record BarSeries(String cssClass, String label, List<Bar> bars) {
    }

    public record Point(String x, String y, String date, String value, String title) {
    }

    /**
     * @param segments polyline point lists, one per run of consecutive days with a value; empty for dots only
     */
    public record Line(String cssClass, String label, List<String> segments, List<Point> points) {
    }

    /** A dated event drawn as a vertical line with a letter at the top, so it is not told by colour alone. */
    public record Marker(String cssClass, String symbol, String x, String top, String bottom, String title) {
    }

    /** @param kind line, dots, bar, band, rule or marker: how the legend's sample is drawn */
    public record LegendEntry(String kind, String cssClass, String label, String symbol) {
    }

    public boolean hasData() {
        return !rows.isEmpty();
    }
}
