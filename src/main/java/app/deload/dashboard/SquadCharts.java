package app.deload.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.Metric;
import app.deload.monitoring.Thresholds;

/**
 * The squad over the last weeks: for each day, the spread of the athletes' EWMA ratios and of their wellness
 * z-scores (median line, middle half as a band, lowest to highest as a lighter band). Plain Java.
 */
public final class SquadCharts {

    private SquadCharts() {
    }

    /** @param days each day's metrics of every active athlete, oldest day first, consecutive */
    public static List<Chart> of(List<LocalDate> dates, List<List<DayMetrics>> days, Thresholds t) {
        LocalDate from = dates.get(0);
        LocalDate to = dates.get(dates.size() - 1);
        String range = " from " + from + " to " + to + ".";
        ChartBuilder ratio = spread(new ChartBuilder("squad-ratio", "Squad EWMA acute:chronic ratio", "", from, to).methods("ratio")
                .fromZero()
                .band("c-typical", "typical " + ChartGeometry.number(t.typicalRatioLow(), 1) + "–"
                        + ChartGeometry.number(t.typicalRatioHigh(), 1), t.typicalRatioLow(), t.typicalRatioHigh())
                .rule("c-spike", "load spike above " + ChartGeometry.number(t.ratioSpike(), 1), t.ratioSpike()),
                days, d -> d.ewma().ratio(), 2);
        ChartBuilder wellness = spread(new ChartBuilder("squad-wellness", "Squad wellness z-score", "SD", from, to).methods("wellness")
                .rule("c-short", "watch at " + ChartGeometry.number(t.zWatch(), 0), t.zWatch())
                .rule("c-spike", "alert at " + ChartGeometry.number(t.zAlert(), 0), t.zAlert())
                .rule("c-zero", "own mean", 0),
                days, d -> d.wellnessZ().total().z(), 2);
        return List.of(
                ratio.summary("For each day, the spread of the athletes' EWMA ratios: the median as a line, the "
                        + "middle half and the lowest to highest as bands" + range).build(),
                wellness.summary("For each day, the spread of the athletes' wellness totals in standard deviations "
                        + "from their own 28-day mean" + range).build());
    }

    private static ChartBuilder spread(ChartBuilder chart, List<List<DayMetrics>> days,
            Function<DayMetrics, Metric> metric, int decimals) {
        List<Double> min = new ArrayList<>();
        List<Double> q1 = new ArrayList<>();
        List<Double> median = new ArrayList<>();
        List<Double> q3 = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        List<Double> n = new ArrayList<>();
        for (List<DayMetrics> day : days) {
            Distribution d = Distribution.of(day.stream().map(m -> {
                Metric value = metric.apply(m);
                return value.isAvailable() ? value.value() : null;
            }).toList());
            min.add(d == null ? null : d.min());
            q1.add(d == null ? null : d.lowerQuartile());
            median.add(d == null ? null : d.median());
            q3.add(d == null ? null : d.upperQuartile());
            max.add(d == null ? null : d.max());
            n.add(d == null ? null : (double) d.n());
        }
        return chart.band("c-range", "lowest to highest", min, max, decimals)
                .band("c-iqr", "middle half of the squad", q1, q3, decimals)
                .line("c-median", "median", median, decimals)
                .count("athletes with a value", n);
    }
}
