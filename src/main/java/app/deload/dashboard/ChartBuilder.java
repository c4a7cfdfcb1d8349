package app.deload.dashboard;

import static app.deload.dashboard.ChartGeometry.coordinate;
import static app.deload.dashboard.ChartGeometry.number;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Chart} from daily series aligned with the days {@code from..to} (a null value is a day
 * without one). The value axis fits every series, band and reference line, so a threshold is always in view.
 */
public final class ChartBuilder {

    private record Series(String kind, String cssClass, String label, List<Double> values, int decimals) {
        boolean drawn() {
            return !kind.equals("table");
        }
    }

    private record BandSeries(String cssClass, String label, List<Double> low, List<Double> high, int decimals) {
    }

    private record RuleValue(String cssClass, String label, double value) {
    }

    private record SpanAt(String cssClass, String symbol, String legend, LocalDate from, LocalDate to, String title) {
    }

    private record MarkerAt(String cssClass, String symbol, String legend, LocalDate date, String title) {
    }

    private final String id;
    private final String title;
    private final String unit;
    private final LocalDate from;
    private final LocalDate to;
    private final int days;
    private final List<Series> series = new ArrayList<>();
    private final List<BandSeries> bands = new ArrayList<>();
    private final List<RuleValue> rules = new ArrayList<>();
    private final List<MarkerAt> markers = new ArrayList<>();
    private final List<SpanAt> spans = new ArrayList<>();
    private final List<Double> domain = new ArrayList<>();
    private boolean fromZero;
    private String summary = "";
    private String methods = "";

    public ChartBuilder(String id, String title, String unit, LocalDate from, LocalDate to) {
        this.id = id;
        this.title = title;
        this.unit = unit;
        this.from = from;
        this.to = to;
        this.days = (int) java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    }

    public ChartBuilder fromZero() {
        fromZero = true;
        return this;
    }

    /** Keeps these values in view whatever the data, e.g. a scale's ends. */
    public ChartBuilder domain(double low, double high) {
        domain.add(low);
        domain.add(high);
        return this;
    }

    /** The section of the methods page that explains this chart. */
    public ChartBuilder methods(String section) {
        methods = "/methods#" + section;
        return this;
    }

    public ChartBuilder summary(String text) {
        summary = text;
        return this;
    }

    public ChartBuilder bars(String cssClass, String label, List<Double> values, int decimals) {
        series.add(new Series("bar", cssClass, label, aligned(values), decimals));
        return this;
    }

    public ChartBuilder line(String cssClass, String label, List<Double> values, int decimals) {
        series.add(new Series("line", cssClass, label, aligned(values), decimals));
        return this;
    }

    public ChartBuilder dots(String cssClass, String label, List<Double> values, int decimals) {
        series.add(new Series("dots", cssClass, label, aligned(values), decimals));
        return this;
    }

    /** A column of the table only, e.g. how many athletes a day's spread is made of. */
    public ChartBuilder count(String label, List<Double> values) {
        series.add(new Series("table", "", label, aligned(values), 0));
        return this;
    }

    /** A range defined per day (both ends present), drawn where it is defined. */
    public ChartBuilder band(String cssClass, String label, List<Double> low, List<Double> high, int decimals) {
        bands.add(new BandSeries(cssClass, label, aligned(low), aligned(high), decimals));
        return this;
    }

    /** A range that is the same on every day. */
    public ChartBuilder band(String cssClass, String label, double low, double high) {
        List<Double> lows = new ArrayList<>(days);
        List<Double> highs = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            lows.add(low);
            highs.add(high);
        }
        bands.add(new BandSeries(cssClass, label, lows, highs, -1));
        return this;
    }

    public ChartBuilder rule(String cssClass, String label, double value) {
        rules.add(new RuleValue(cssClass, label, value));
        return this;
    }

    /** A dated event; days outside the range are left out. */
    public ChartBuilder marker(String cssClass, String symbol, String legend, LocalDate date, String title) {
        if (!date.isBefore(from) && !date.isAfter(to)) {
            markers.add(new MarkerAt(cssClass, symbol, legend, date, title));
        }
        return this;
    }

    /** A dated period (a deload week...), shaded behind the data; the part outside the range is left out. */
    public ChartBuilder span(String cssClass, String symbol, String legend, LocalDate start, LocalDate end,
            String title) {
        if (!end.isBefore(from) && !start.isAfter(to)) {
            spans.add(new SpanAt(cssClass, symbol, legend, start.isBefore(from) ? from : start,
                    end.isAfter(to) ? to : end, title + " (" + start + " to " + end + ")"));
        }
        return this;
    }

    private List<Double> aligned(List<Double> values) {
        if (values.size() != days) {
            throw new IllegalArgumentException("a series needs one value per day (" + days + ") but has "
                    + values.size());
        }
        return values;
    }

    public Chart build() {
        List<Double> all = new ArrayList<>();
        series.stream().filter(Series::drawn).forEach(s -> all.addAll(s.values()));
        bands.forEach(b -> {
            all.addAll(b.low());
            all.addAll(b.high());
        });
        rules.forEach(r -> all.add(r.value()));
        all.addAll(domain);
        ChartGeometry g = ChartGeometry.fitting(from, to, all, fromZero);
        List<ChartGeometry.Tick> yTicks = g.valueTicks();

        List<Chart.Band> bandMarks = bands.stream()
                .map(b -> new Chart.Band(b.cssClass(), b.label(), polygons(g, b))).toList();
        List<Chart.Rule> ruleMarks = rules.stream().map(r -> new Chart.Rule(r.cssClass(), r.label(),
                coordinate(g.y(r.value())), coordinate(g.y(r.value()) - 3))).toList();
        List<Chart.BarSeries> barMarks = new ArrayList<>();
        List<Chart.Line> lineMarks = new ArrayList<>();
        double barWidth = Math.max(1, g.slotWidth() * 0.7);
        double zeroY = g.y(Math.max(g.yMin(), Math.min(g.yMax(), 0)));
        for (Series s : series) {
            if (!s.drawn()) {
                continue;
            }
            if (s.kind().equals("bar")) {
                List<Chart.Bar> bars = new ArrayList<>();
                for (int i = 0; i < days; i++) {
                    Double v = s.values().get(i);
                    if (v != null) {
                        LocalDate d = from.plusDays(i);
                        double top = Math.min(g.y(v), zeroY);
                        double height = Math.max(Math.abs(zeroY - g.y(v)), v == 0 ? 0 : 0.5);
                        bars.add(new Chart.Bar(coordinate(g.x(d) - barWidth / 2), coordinate(top),
                                coordinate(barWidth), coordinate(height), d.toString(), number(v, s.decimals()),
                                tooltip(d, s.label(), v, s.decimals())));
                    }
                }
                barMarks.add(new Chart.BarSeries(s.cssClass(), s.label(), bars));
            } else {
                List<Chart.Point> points = new ArrayList<>();
                List<String> segments = new ArrayList<>();
                StringBuilder run = new StringBuilder();
                for (int i = 0; i < days; i++) {
                    Double v = s.values().get(i);
                    if (v == null) {
                        flush(run, segments);
                        continue;
                    }
                    LocalDate d = from.plusDays(i);
                    String x = coordinate(g.x(d));
                    String y = coordinate(g.y(v));
                    points.add(new Chart.Point(x, y, d.toString(), number(v, s.decimals()),
                            tooltip(d, s.label(), v, s.decimals())));
                    run.append(run.isEmpty() ? "" : " ").append(x).append(',').append(y);
                }
                flush(run, segments);
                lineMarks.add(new Chart.Line(s.cssClass(), s.label(),
                        s.kind().equals("line") ? segments : List.of(), points));
            }
        }
        List<Chart.Marker> markerMarks = markers.stream().map(m -> new Chart.Marker(m.cssClass(), m.symbol(),
                coordinate(g.x(m.date())), coordinate(ChartGeometry.TOP), coordinate(g.plotBottom()),
                m.date() + ": " + m.title())).toList();

        List<Chart.Span> spanMarks = spans.stream().map(sp -> {
            double left = g.x(sp.from()) - g.slotWidth() / 2;
            double right = g.x(sp.to()) + g.slotWidth() / 2;
            return new Chart.Span(sp.cssClass(), sp.symbol(), coordinate(left), coordinate(right - left),
                    coordinate((left + right) / 2), sp.title());
        }).toList();

        List<Chart.LegendEntry> legend = new ArrayList<>();
        series.stream().filter(Series::drawn).forEach(s -> legend.add(new Chart.LegendEntry(s.kind(), s.cssClass(), s.label(), "")));
        bands.forEach(b -> legend.add(new Chart.LegendEntry("band", b.cssClass(), b.label(), "")));
        rules.forEach(r -> legend.add(new Chart.LegendEntry("rule", r.cssClass(), r.label(), "")));
        spans.stream().map(sp -> new Chart.LegendEntry("span", sp.cssClass(), sp.legend(), sp.symbol())).distinct()
                .forEach(legend::add);
        markers.stream().map(m -> new Chart.LegendEntry("marker", m.cssClass(), m.legend(), m.symbol())).distinct()
                .forEach(legend::add);

        Chart.Frame frame = new Chart.Frame(coordinate(ChartGeometry.WIDTH), coordinate(ChartGeometry.HEIGHT),
                coordinate(ChartGeometry.LEFT), coordinate(ChartGeometry.TOP), coordinate(g.plotRight()),
                coordinate(g.plotBottom()), coordinate(ChartGeometry.LEFT - 6), coordinate(2),
                coordinate(ChartGeometry.LEFT + 4), coordinate(g.plotHeight()));
        return new Chart(id, title, unit, summary, methods, frame,
                g.dateTicks().stream().map(t -> new Chart.Tick(coordinate(t.position()), t.label())).toList(),
                yTicks.stream().map(t -> new Chart.Tick(coordinate(t.position()), t.label())).toList(),
                spanMarks, bandMarks, ruleMarks, barMarks, lineMarks, markerMarks, legend, columns(), rows());
    }

    private List<String> polygons(ChartGeometry g, BandSeries b) {
        List<String> polygons = new ArrayList<>();
        int i = 0;
        while (i < days) {
            if (b.low().get(i) == null || b.high().get(i) == null) {
                i++;
                continue;
            }
            int start = i;
            while (i < days && b.low().get(i) != null && b.high().get(i) != null) {
                i++;
            }
            // A run covers its days' whole slots, so a one-day band is still visible.
            double half = g.slotWidth() / 2;
            StringBuilder upper = new StringBuilder();
            StringBuilder lower = new StringBuilder();
            for (int k = start; k < i; k++) {
                LocalDate d = from.plusDays(k);
                double left = g.x(d) - (k == start ? half : 0);
                double right = g.x(d) + (k == i - 1 ? half : 0);
                String yHigh = coordinate(g.y(b.high().get(k)));
                String yLow = coordinate(g.y(b.low().get(k)));
                if (k == start) {
                    upper.append(coordinate(left)).append(',').append(yHigh).append(' ');
                    lower.insert(0, coordinate(left) + "," + yLow);
                }
                upper.append(coordinate(g.x(d))).append(',').append(yHigh).append(' ');
                lower.insert(0, coordinate(g.x(d)) + "," + yLow + " ");
                if (k == i - 1) {
                    upper.append(coordinate(right)).append(',').append(yHigh).append(' ');
                    lower.insert(0, coordinate(right) + "," + yLow + " ");
                }
            }
            polygons.add(upper.toString() + lower);
        }
        return polygons;
    }

    private static void flush(StringBuilder run, List<String> segments) {
        if (!run.isEmpty()) {
            segments.add(run.toString());
            run.setLength(0);
        }
    }

    private String tooltip(LocalDate d, String label, double v, int decimals) {
        return d + ": " + label + " " + number(v, decimals) + (unit.isEmpty() ? "" : " " + unit);
    }

    private List<String> columns() {
        List<String> columns = new ArrayList<>();
        columns.add("Date");
        series.forEach(s -> columns.add(s.label() + (unit.isEmpty() || !s.drawn() ? "" : " (" + unit + ")")));
        bands.stream().filter(b -> b.decimals() >= 0).forEach(b -> columns.add(b.label()));
        return columns;
    }

    private List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            List<String> row = new ArrayList<>();
            row.add(from.plusDays(i).toString());
            boolean any = false;
            for (Series s : series) {
                Double v = s.values().get(i);
                any |= v != null;
                row.add(v == null ? "—" : number(v, s.decimals()));
            }
            for (BandSeries b : bands) {
                if (b.decimals() < 0) {
                    continue;
                }
                Double low = b.low().get(i);
                Double high = b.high().get(i);
                row.add(low == null || high == null ? "—"
                        : number(low, b.decimals()) + "–" + number(high, b.decimals()));
            }
            if (any) {
                rows.add(row);
            }
        }
        return rows;
    }
}
