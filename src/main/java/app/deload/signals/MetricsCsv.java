package app.deload.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.Metric;
import app.deload.monitoring.WellnessZScores;

/**
 * The metrics of one athlete as CSV, one row per day: the same values as the JSON API, empty where a value is
 * suppressed, with a status column beside each computed value saying why.
 */
public final class MetricsCsv {

    private record Column(String name, Function<DayMetrics, String> value) {
    }

    private static final List<Column> COLUMNS = columns();

    private MetricsCsv() {
    }

    public static String header() {
        return COLUMNS.stream().map(Column::name).collect(Collectors.joining(","));
    }

    public static String write(List<DayMetrics> days) {
        StringBuilder csv = new StringBuilder(header()).append('\n');
        for (DayMetrics day : days) {
            csv.append(COLUMNS.stream().map(c -> escape(c.value().apply(day))).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return csv.toString();
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("date", d -> d.date().toString()));
        columns.add(new Column("day_state", d -> d.state().name()));
        metric(columns, "daily_load_au", d -> d.dailyLoad());
        metric(columns, "weekly_load_au", d -> d.weeklyLoad().load());
        metric(columns, "weekly_change_percent", d -> d.weeklyLoad().changePercent());
        metric(columns, "monotony", d -> d.monotonyStrain().monotony());
        metric(columns, "strain_au", d -> d.monotonyStrain().strain());
        metric(columns, "ewma_acute_au", d -> d.ewma().acute());
        metric(columns, "ewma_chronic_au", d -> d.ewma().chronic());
        metric(columns, "ewma_ratio", d -> d.ewma().ratio());
        metric(columns, "rolling_acute_au_per_day", d -> d.rolling().acuteMean());
        metric(columns, "rolling_chronic_au_per_day", d -> d.rolling().chronicMean());
        metric(columns, "rolling_uncoupled_ratio", d -> d.rolling().ratio());
        metric(columns, "ctl_au", d -> d.banister().fitness());
        metric(columns, "atl_au", d -> d.banister().fatigue());
        metric(columns, "form_au", d -> d.banister().form());
        columns.add(new Column("wellness_total", d -> d.wellness() == null ? "" : String.valueOf(d.wellness().total())));
        metric(columns, "wellness_total_z", d -> d.wellnessZ().total().z());
        for (String item : List.of("fatigue", "sleep_quality", "soreness", "stress", "mood")) {
            metric(columns, item + "_z", d -> zOf(d.wellnessZ(), item));
        }
        columns.add(new Column("sleep_hours", d -> d.sleep().hoursToday() == null ? "" : number(d.sleep().hoursToday())));
        columns.add(new Column("nights_under_restriction_7d", d -> String.valueOf(d.sleep().restrictedNights())));
        metric(columns, "ln_rmssd", d -> d.hrv().lnRmssd());
        metric(columns, "ln_rmssd_7d_mean", d -> d.hrv().sevenDayMean());
        metric(columns, "ln_rmssd_7d_cv_percent", d -> d.hrv().sevenDayCvPercent());
        metric(columns, "ln_rmssd_range_low", d -> d.hrv().rangeLow());
        metric(columns, "ln_rmssd_range_high", d -> d.hrv().rangeHigh());
        columns.add(new Column("hrv_class", d -> d.hrv().classification().name()));
        metric(columns, "resting_hr_7d_mean", d -> d.restingHr().sevenDayMean());
        metric(columns, "resting_hr_rise", d -> d.restingHr().rise());
        columns.add(new Column("performance_decrements", d -> d.latestResults().stream().filter(r -> r.decrement())
                .map(r -> r.testName()).collect(Collectors.joining("; "))));
        columns.add(new Column("signal_level", d -> d.signals().level().name()));
        columns.add(new Column("signal_domains", d -> d.signals().domains().stream().map(Enum::name)
                .collect(Collectors.joining(" "))));
        columns.add(new Column("signal_reasons", d -> d.signals().signs().stream().map(s -> s.sentence())
                .collect(Collectors.joining(" | "))));
        return List.copyOf(columns);
    }

    private static void metric(List<Column> columns, String name, Function<DayMetrics, Metric> metric) {
        columns.add(new Column(name, d -> {
            Metric m = metric.apply(d);
            return m.isAvailable() ? number(m.value()) : "";
        }));
        columns.add(new Column(name + "_status", d -> {
            Metric m = metric.apply(d);
            return m.isAvailable() ? "OK" : m.status().name() + ": " + m.reason();
        }));
    }

    private static Metric zOf(WellnessZScores z, String item) {
        return switch (item) {
            case "fatigue" -> z.fatigue().z();
            case "sleep_quality" -> z.sleepQuality().z();
            case "soreness" -> z.soreness().z();
            case "stress" -> z.stress().z();
            default -> z.mood().z();
        };
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** RFC 4180 quoting; a leading formula character is defused so spreadsheets never evaluate a cell. */
    static String escape(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
                ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
