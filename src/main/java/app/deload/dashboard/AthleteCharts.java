package app.deload.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.DayState;
import app.deload.monitoring.Metric;
import app.deload.monitoring.TestResult;
import app.deload.monitoring.Thresholds;
import app.deload.monitoring.WellnessZScores;

/**
 * An athlete's story as charts: load with its EWMAs, the EWMA ratio, wellness, sleep, HRV, fitness and
 * fatigue, and each performance test, every one with its thresholds and the dated events on its time axis.
 * Plain Java over the monitoring core's daily records.
 */
public final class AthleteCharts {

    /**
     * A dated event to mark on every time axis: a day (an acknowledgement) when {@code end} equals {@code date},
     * else a period (a deload or taper week).
     */
    public record Event(LocalDate date, LocalDate end, String cssClass, String symbol, String legend, String title) {

        public static Event day(LocalDate date, String cssClass, String symbol, String legend, String title) {
            return new Event(date, date, cssClass, symbol, legend, title);
        }
    }

    private AthleteCharts() {
    }

    /**
     * @param days    one record per day, oldest first, consecutive
     * @param units   each performance test's unit by name (a test missing here is shown without one)
     * @param compact the athlete's own view: load, wellness and sleep only
     */
    public static List<Chart> of(List<DayMetrics> days, Thresholds t, List<Event> events, Map<String, String> units,
            boolean compact) {
        LocalDate from = days.get(0).date();
        LocalDate to = days.get(days.size() - 1).date();
        String range = " from " + from + " to " + to + ".";
        List<Chart> charts = new ArrayList<>();

        ChartBuilder load = new ChartBuilder("load", "Daily load with acute and chronic EWMA", "AU", from, to)
                .methods("ratio")
                .fromZero()
                .bars("c-load", "daily load", values(days, d -> d.dailyLoad()), 0)
                .line("c-acute", "acute EWMA (" + t.acuteDays() + " days)", values(days, d -> d.ewma().acute()), 0)
                .line("c-chronic", "chronic EWMA (" + t.chronicDays() + " days)",
                        values(days, d -> d.ewma().chronic()), 0)
                .summary("Daily session load (RPE × minutes) as bars with the acute and chronic exponentially "
                        + "weighted averages as lines" + range);
        for (DayMetrics d : days) {
            if (d.state() == DayState.MISSING) {
                load.marker("c-missing", "?", "rating missing: load unknown, not zero", d.date(),
                        "a session rating is missing, so the day's load is unknown");
            }
        }
        charts.add(mark(load, events).build());

        if (!compact) {
            charts.add(mark(new ChartBuilder("ratio", "EWMA acute:chronic ratio", "", from, to)
                    .methods("ratio").fromZero()
                    .band("c-typical", "typical " + n2(t.typicalRatioLow()) + "–" + n2(t.typicalRatioHigh()),
                            t.typicalRatioLow(), t.typicalRatioHigh())
                    .rule("c-spike", "load spike above " + n2(t.ratioSpike()), t.ratioSpike())
                    .line("c-ratio", "EWMA ratio", values(days, d -> d.ewma().ratio()), 2)
                    .summary("The acute EWMA divided by the chronic EWMA, against the typical band and the "
                            + "load-spike line" + range), events).build());
        }

        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (DayMetrics d : days) {
            WellnessZScores.ZScore total = d.wellnessZ().total();
            if (total.baselineMean() == null) {
                low.add(null);
                high.add(null);
            } else {
                double sd = Math.max(total.baselineSd(), WellnessZScores.TOTAL_SD_FLOOR);
                low.add(total.baselineMean() + t.zWatch() * sd);
                high.add(total.baselineMean() - t.zWatch() * sd);
            }
        }
        charts.add(mark(new ChartBuilder("wellness", "Wellness total", "of 25", from, to).methods("wellness")
                .band("c-baseline", "usual range: " + t.baselineDays() + "-day mean ± " + n0(-t.zWatch()) + " SD",
                        low, high, 1)
                .line("c-wellness", "wellness total",
                        days.stream().map(d -> d.wellness() == null ? null : (double) d.wellness().total()).toList(), 0)
                .domain(5, 25)
                .summary("The questionnaire's total of five items (5 worst to 25 best) against the athlete's usual "
                        + "range from the days before" + range), events).build());

        charts.add(mark(new ChartBuilder("sleep", "Sleep", "h", from, to).methods("sleep").fromZero()
                .bars("c-sleep", "sleep", days.stream().map(d -> d.sleep().hoursToday()).toList(), 2)
                .rule("c-restricted", "restricted under " + n0(t.sleepRestrictionHours()) + " h",
                        t.sleepRestrictionHours())
                .rule("c-short", "short under " + n0(t.shortSleepHours()) + " h", t.shortSleepHours())
                .summary("Hours slept each night, dated by the morning, against the restriction and short-sleep "
                        + "lines" + range), events).build());

        if (compact) {
            return charts;
        }
        charts.add(mark(new ChartBuilder("hrv", "Heart-rate variability: ln RMSSD", "ln ms", from, to).methods("hrv")
                .band("c-normal", "normal range (μ ± " + n1(t.hrvBandSd()) + " σ)",
                        values(days, d -> d.hrv().rangeLow()), values(days, d -> d.hrv().rangeHigh()), 2)
                .dots("c-lnrmssd", "morning ln RMSSD", values(days, d -> d.hrv().lnRmssd()), 2)
                .line("c-hrv", "7-day mean", values(days, d -> d.hrv().sevenDayMean()), 2)
                .summary("The natural log of the morning RMSSD, its 7-day mean and the athlete's normal range"
                        + range), events).build());

        charts.add(mark(new ChartBuilder("pmc", "Fitness, fatigue and form", "AU", from, to).methods("fitness")
                .rule("c-zero", "form 0", 0)
                .line("c-ctl", "fitness (CTL, 42 days)", values(days, d -> d.banister().fitness()), 0)
                .line("c-atl", "fatigue (ATL, 7 days)", values(days, d -> d.banister().fatigue()), 0)
                .line("c-form", "form (yesterday's fitness − fatigue)", values(days, d -> d.banister().form()), 0)
                .summary("Fitness, fatigue and form of the Banister model, in arbitrary units" + range), events)
                .build());

        Map<String, Map<LocalDate, TestResult>> tests = new LinkedHashMap<>();
        for (DayMetrics d : days) {
            for (TestResult r : d.latestResults()) {
                if (!r.date().isBefore(from) && !r.date().isAfter(to)) {
                    tests.computeIfAbsent(r.testName(), k -> new LinkedHashMap<>()).put(r.date(), r);
                }
            }
        }
        int k = 0;
        for (Map.Entry<String, Map<LocalDate, TestResult>> test : tests.entrySet()) {
            List<Double> value = new ArrayList<>();
            List<Double> swcLow = new ArrayList<>();
            List<Double> swcHigh = new ArrayList<>();
            for (DayMetrics d : days) {
                TestResult r = test.getValue().get(d.date());
                value.add(r == null ? null : r.value());
                boolean band = r != null && r.previousMean() != null;
                swcLow.add(band ? r.previousMean() * (1 - r.swcPercent() / 100) : null);
                swcHigh.add(band ? r.previousMean() * (1 + r.swcPercent() / 100) : null);
            }
            charts.add(mark(new ChartBuilder("test-" + k++, test.getKey(),
                    units.getOrDefault(test.getKey(), ""), from, to).methods("performance")
                    .band("c-swc", "previous 3 results' mean ± smallest worthwhile change", swcLow, swcHigh, 2)
                    .line("c-test", "result", value, 2)
                    .summary("Results of " + test.getKey() + " against the smallest worthwhile change around the "
                            + "mean of the previous three" + range), events).build());
        }
        return charts;
    }

    private static ChartBuilder mark(ChartBuilder chart, List<Event> events) {
        for (Event e : events) {
            if (e.end().equals(e.date())) {
                chart.marker(e.cssClass(), e.symbol(), e.legend(), e.date(), e.title());
            } else {
                chart.span(e.cssClass(), e.symbol(), e.legend(), e.date(), e.end(), e.title());
            }
        }
        return chart;
    }

    static List<Double> values(List<DayMetrics> days, Function<DayMetrics, Metric> metric) {
        return days.stream().map(d -> {
            Metric m = metric.apply(d);
            return m.isAvailable() ? m.value() : null;
        }).toList();
    }

    private static String n0(double v) {
        return ChartGeometry.number(v, v == Math.rint(v) ? 0 : 1);
    }

    private static String n1(double v) {
        return ChartGeometry.number(v, 1);
    }

    private static String n2(double v) {
        return ChartGeometry.number(v, v * 10 == Math.rint(v * 10) ? 1 : 2);
    }
}
