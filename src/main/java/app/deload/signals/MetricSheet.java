package app.deload.signals;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.Metric;
import app.deload.monitoring.TestResult;
import app.deload.monitoring.WellnessZScores;
import app.deload.monitoring.Window;

/**
 * One athlete-day as the coach reads it: every value with its unit, or the reason it is not shown, and where
 * it comes from (method, window, completeness). Built once in Java so the template only displays.
 */
public record MetricSheet(List<Section> sections) {

    public record Row(String label, String value, boolean available, String explanation) {
    }

    public record Section(String title, List<Row> rows) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    public static MetricSheet of(DayMetrics d) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Load (session RPE × minutes, AU)", List.of(
                row("Day state", d.state().name().toLowerCase(Locale.ROOT).replace('_', ' '), true,
                        "trained: sessions with a load; rest: nothing planned or done (0 AU); missing: an attended "
                                + "session has no RPE yet (not counted as 0)"),
                metric("Daily load", d.dailyLoad(), "AU", 0),
                metric("7-day load", d.weeklyLoad().load(), "AU", 0),
                metric("Change vs previous 7 days", d.weeklyLoad().changePercent(), "%", 1),
                metric("Monotony (mean / population SD, 7 days)", d.monotonyStrain().monotony(), "", 2),
                metric("Strain (7-day load × monotony)", d.monotonyStrain().strain(), "AU", 0),
                metric("EWMA acute load (λ = 2/8)", d.ewma().acute(), "AU", 1),
                metric("EWMA chronic load (λ = 2/29)", d.ewma().chronic(), "AU", 1),
                metric("EWMA acute:chronic ratio", d.ewma().ratio(), "", 2, d.ewma().band() == null ? ""
                        : " (" + d.ewma().band().label() + ")"),
                metric("Rolling acute mean (7 days)", d.rolling().acuteMean(), "AU/day", 1),
                metric("Rolling chronic mean (21 days before)", d.rolling().chronicMean(), "AU/day", 1),
                metric("Rolling uncoupled ratio", d.rolling().ratio(), "", 2),
                metric("Fitness (CTL, 42-day)", d.banister().fitness(), "AU", 1),
                metric("Fatigue (ATL, 7-day)", d.banister().fatigue(), "AU", 1),
                metric("Form (yesterday's CTL − ATL)", d.banister().form(), "AU", 1))));
        sections.add(new Section("Wellness (McLean 1–5, higher is better)", wellness(d.wellnessZ())));
        List<Row> recovery = new ArrayList<>();
        recovery.add(row("Sleep last night", d.sleep().hoursToday() == null ? "no entry"
                : fmt(d.sleep().hoursToday(), 2) + " h", d.sleep().hoursToday() != null, d.sleep().reason()));
        recovery.add(row("Soreness item", d.soreness().sorenessToday() == null ? "no entry"
                : d.soreness().sorenessToday() + "/5", d.soreness().sorenessToday() != null, d.soreness().reason()));
        recovery.add(metric("ln(RMSSD) this morning", d.hrv().lnRmssd(), "", 2));
        recovery.add(metric("ln(RMSSD) 7-day mean", d.hrv().sevenDayMean(), "", 2));
        recovery.add(metric("ln(RMSSD) 7-day CV", d.hrv().sevenDayCvPercent(), "%", 1));
        recovery.add(metric("Normal range low (μ − 0.5σ)", d.hrv().rangeLow(), "", 2));
        recovery.add(metric("Normal range high (μ + 0.5σ)", d.hrv().rangeHigh(), "", 2));
        recovery.add(row("HRV trend", d.hrv().classification().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                true, d.hrv().note()));
        recovery.add(metric("Resting HR 7-day mean", d.restingHr().sevenDayMean(), "bpm", 1));
        recovery.add(metric("Resting HR 28-day baseline", d.restingHr().baselineMean(), "bpm", 1));
        recovery.add(metric("Resting HR rise", d.restingHr().rise(), "bpm", 1, d.restingHr().elevated()
                ? " (noted: more than the threshold above baseline)" : ""));
        sections.add(new Section("Sleep, soreness, heart rate", recovery));
        List<Row> tests = new ArrayList<>();
        for (TestResult result : d.latestResults()) {
            tests.add(row(result.testName() + " (" + result.date().format(DAY) + ")", fmt(result.value(), 2)
                    + (result.decrement() ? " — decrement" : ""), true, result.sentence()));
        }
        if (tests.isEmpty()) {
            tests.add(row("Performance tests", "none recorded", false, "no result on or before this day"));
        }
        sections.add(new Section("Performance tests", tests));
        return new MetricSheet(sections);
    }

    private static List<Row> wellness(WellnessZScores z) {
        List<Row> rows = new ArrayList<>();
        for (WellnessZScores.ZScore score : allScores(z)) {
            String today = score.today() == null ? "no entry" : score.today().toString();
            if (!score.z().isAvailable()) {
                rows.add(row(score.name(), today, score.today() != null, score.z().reason()));
                continue;
            }
            String baseline = "z = " + fmt(score.z().value(), 2) + " against the mean " + fmt(score.baselineMean(), 1)
                    + " (SD " + fmt(score.baselineSd(), 2) + (score.sdFloorApplied() ? ", floor applied" : "")
                    + ") of " + window(score.z().window()) + "; level " + score.level().name().toLowerCase(Locale.ROOT);
            rows.add(row(score.name(), today, true, baseline));
        }
        return rows;
    }

    private static List<WellnessZScores.ZScore> allScores(WellnessZScores z) {
        List<WellnessZScores.ZScore> scores = new ArrayList<>();
        scores.add(z.total());
        scores.addAll(z.items());
        return scores;
    }

    private static Row metric(String label, Metric metric, String unit, int decimals) {
        return metric(label, metric, unit, decimals, "");
    }

    private static Row metric(String label, Metric metric, String unit, int decimals, String suffix) {
        if (!metric.isAvailable()) {
            return row(label, "—", false, metric.reason());
        }
        String value = fmt(metric.value(), decimals) + (unit.isEmpty() ? "" : " " + unit) + suffix;
        String source = metric.method() == null ? "" : metric.method();
        if (metric.window() != null) {
            source = source + (source.isEmpty() ? "" : "; ") + window(metric.window());
        }
        return row(label, value, true, source);
    }

    static String window(Window window) {
        return window.from().format(DAY) + "–" + window.to().format(DAY) + ", " + window.completenessText();
    }

    private static Row row(String label, String value, boolean available, String explanation) {
        return new Row(label, value, available, explanation == null ? "" : explanation);
    }

    static String fmt(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
