package app.deload.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.HrvTrend;
import app.deload.monitoring.Metric;
import app.deload.monitoring.OverreachingSignals;
import app.deload.monitoring.RestingHeartRateTrend;
import app.deload.monitoring.Sign;
import app.deload.monitoring.SleepSigns;
import app.deload.monitoring.SorenessSigns;
import app.deload.monitoring.TestResult;
import app.deload.monitoring.WellnessInput;
import app.deload.monitoring.WellnessZScores;
import app.deload.monitoring.Window;

/**
 * One athlete-day of the monitoring core (science.md §1–10), field for field: every computed value comes as a
 * {@link MetricDto} whose {@code value} is null whenever its {@code status} is not "ok", with the reason, the
 * method and the window it was computed over. Codes (states, statuses, levels, domains) are lower-case.
 */
@Schema(description = "One athlete-day of the monitoring core. Each computed value carries its status, reason, method "
        + "and window; 'value' is null unless status is 'ok'.")
public record DayMetricsDto(LocalDate date,
        @Schema(description = "1 on the athlete's first day of history; 0 or less before it.") int dayOfHistory,
        @Schema(description = "trained, rest (load 0), missing (an attended session has no RPE: load unknown, "
                + "never 0) or before_history.") String dayState,
        MetricDto dailyLoad, WeeklyLoadDto weeklyLoad, MonotonyStrainDto monotonyStrain, EwmaDto ewma,
        RollingDto rolling, BanisterDto banister, WellnessDayDto wellness, SleepDto sleep, SorenessDto soreness,
        HrvDto hrv, RestingHrDto restingHr,
        @Schema(description = "The latest result of each performance test on or before the day.")
        List<TestResultDto> performance,
        SignalsDto signals) {

    @Schema(description = "A value with its provenance.")
    public record MetricDto(
            @Schema(description = "Null unless status is 'ok'.") Double value,
            @Schema(description = "AU, AU/day, %, SD, bpm or ln(ms); null for a pure ratio.") String unit,
            @Schema(description = "ok, building (history or baseline still short), suppressed (hidden on purpose, "
                    + "e.g. chronic load under 1 AU/day), insufficient (window under the completeness minimum), "
                    + "undefined (e.g. SD 0) or no_data.") String status,
            @Schema(description = "Why there is no value, or how the value came about, in words.") String reason,
            String method, WindowDto window) {
    }

    @Schema(description = "The days a value covers (inclusive) and on how many of them data was present.")
    public record WindowDto(LocalDate from, LocalDate to, int days, int daysWithData,
            @Schema(description = "daysWithData ÷ days, 0–1.") double completeness) {
    }

    public record WeeklyLoadDto(MetricDto load, MetricDto changePercent) {
    }

    public record MonotonyStrainDto(MetricDto monotony, MetricDto strain) {
    }

    @Schema(description = "EWMA acute (N 7) and chronic (N 28) loads and their ratio (Williams et al. 2017).")
    public record EwmaDto(MetricDto acute, MetricDto chronic, MetricDto ratio,
            @Schema(description = "below_typical, typical, above_typical or load_spike; null without a ratio.")
            String band) {
    }

    @Schema(description = "Rolling uncoupled ratio: mean of the last 7 days ÷ mean of the 21 days before them.")
    public record RollingDto(MetricDto acuteMean, MetricDto chronicMean, MetricDto ratio) {
    }

    @Schema(description = "Fitness (CTL, 42 days), fatigue (ATL, 7 days) and form (yesterday's CTL − ATL), in AU.")
    public record BanisterDto(MetricDto ctl, MetricDto atl, MetricDto form) {
    }

    @Schema(description = "The day's questionnaire and the individual z-scores against the 28 days before.")
    public record WellnessDayDto(
            @Schema(description = "Null without an entry on the day.") EntryDto entry,
            ZScoreDto total, ZScoreDto fatigue, ZScoreDto sleepQuality, ZScoreDto soreness, ZScoreDto stress,
            ZScoreDto mood,
            @Schema(description = "Days in a row, ending on the day, with the total at or below watch level.")
            int consecutiveWatchDays,
            WindowDto baseline) {
    }

    public record EntryDto(int total, int fatigue, int sleepQuality, int soreness, int stress, int mood,
            double sleepHours, Integer restingHr, Double rmssd) {
    }

    public record ZScoreDto(
            @Schema(description = "The day's score, null without an entry.") Integer today,
            MetricDto z, Double baselineMean,
            @Schema(description = "Sample SD of the baseline before the floor.") Double baselineSd,
            boolean sdFloorApplied,
            @Schema(description = "none, watch or alert.") String level) {
    }

    public record SleepDto(Double hoursToday, int restrictedNights, int shortNights, WindowDto window,
            boolean restrictionSign, String reason) {
    }

    public record SorenessDto(Integer sorenessToday, int consecutiveDays, boolean sign, String reason) {
    }

    @Schema(description = "Heart-rate variability on ln(RMSSD): the day's value, the 7-day mean and CV, and the "
            + "individual normal range.")
    public record HrvDto(MetricDto lnRmssd, MetricDto sevenDayMean, MetricDto sevenDayCvPercent, MetricDto rangeLow,
            MetricDto rangeHigh,
            @Schema(description = "below, within, above or not_available.") String classification,
            String note) {
    }

    public record RestingHrDto(MetricDto sevenDayMean, MetricDto baselineMean, MetricDto rise, boolean elevated,
            String note) {
    }

    public record TestResultDto(String test, LocalDate date, double value, boolean higherIsBetter, double swcPercent,
            Double previousMean, MetricDto changePercent, boolean decrement, String sentence) {
    }

    @Schema(description = "The overreaching signal of the day (Meeusen et al. 2013, as heuristics).")
    public record SignalsDto(
            @Schema(description = "none, watch, alert_accumulated_fatigue or alert_functional_overreaching.")
            String level,
            String summary,
            @Schema(description = "Active domains: load, wellness, hrv, sleep, soreness, performance.")
            List<String> domains,
            List<ReasonDto> reasons,
            @Schema(description = "Why a medical review is suggested; null when it is not.")
            String medicalReviewReason) {
    }

    @Schema(description = "One reason a domain is active, with the numbers to check it.")
    public record ReasonDto(String domain, String measure, double value, Double baseline, double threshold,
            WindowDto window, String sentence) {
    }

    private static final String AU = "AU";
    private static final String PERCENT = "%";
    private static final String LN_MS = "ln(ms)";
    private static final String BPM = "bpm";

    static DayMetricsDto of(DayMetrics d) {
        return new DayMetricsDto(d.date(), d.dayOfHistory(), code(d.state()), metric(d.dailyLoad(), AU),
                new WeeklyLoadDto(metric(d.weeklyLoad().load(), AU), metric(d.weeklyLoad().changePercent(), PERCENT)),
                new MonotonyStrainDto(metric(d.monotonyStrain().monotony(), null),
                        metric(d.monotonyStrain().strain(), AU)),
                new EwmaDto(metric(d.ewma().acute(), AU), metric(d.ewma().chronic(), AU), metric(d.ewma().ratio(), null),
                        d.ewma().band() == null ? null : code(d.ewma().band())),
                new RollingDto(metric(d.rolling().acuteMean(), "AU/day"), metric(d.rolling().chronicMean(), "AU/day"),
                        metric(d.rolling().ratio(), null)),
                new BanisterDto(metric(d.banister().fitness(), AU), metric(d.banister().fatigue(), AU),
                        metric(d.banister().form(), AU)),
                wellness(d.wellness(), d.wellnessZ()), sleep(d.sleep()), soreness(d.soreness()), hrv(d.hrv()),
                restingHr(d.restingHr()), d.latestResults().stream().map(DayMetricsDto::result).toList(),
                signals(d.signals()));
    }

    private static WellnessDayDto wellness(WellnessInput w, WellnessZScores z) {
        EntryDto entry = w == null ? null : new EntryDto(w.total(), w.fatigue(), w.sleepQuality(), w.soreness(),
                w.stress(), w.mood(), w.sleepHours(), w.restingHr(), w.rmssd());
        return new WellnessDayDto(entry, z(z.total()), z(z.fatigue()), z(z.sleepQuality()), z(z.soreness()),
                z(z.stress()), z(z.mood()), z.consecutiveWatchDays(), window(z.baseline()));
    }

    private static ZScoreDto z(WellnessZScores.ZScore z) {
        return new ZScoreDto(z.today(), metric(z.z(), "SD"), z.baselineMean(), z.baselineSd(), z.sdFloorApplied(),
                code(z.level()));
    }

    private static SleepDto sleep(SleepSigns s) {
        return new SleepDto(s.hoursToday(), s.restrictedNights(), s.shortNights(), window(s.window()),
                s.restrictionSign(), s.reason());
    }

    private static SorenessDto soreness(SorenessSigns s) {
        return new SorenessDto(s.sorenessToday(), s.consecutiveDays(), s.sign(), s.reason());
    }

    private static HrvDto hrv(HrvTrend h) {
        return new HrvDto(metric(h.lnRmssd(), LN_MS), metric(h.sevenDayMean(), LN_MS),
                metric(h.sevenDayCvPercent(), PERCENT), metric(h.rangeLow(), LN_MS), metric(h.rangeHigh(), LN_MS),
                code(h.classification()), h.note());
    }

    private static RestingHrDto restingHr(RestingHeartRateTrend r) {
        return new RestingHrDto(metric(r.sevenDayMean(), BPM), metric(r.baselineMean(), BPM), metric(r.rise(), BPM),
                r.elevated(), r.note());
    }

    private static TestResultDto result(TestResult r) {
        return new TestResultDto(r.testName(), r.date(), r.value(), r.higherIsBetter(), r.swcPercent(),
                r.previousMean(), metric(r.changePercent(), PERCENT), r.decrement(), r.sentence());
    }

    private static SignalsDto signals(OverreachingSignals s) {
        return new SignalsDto(code(s.level()), s.summary(), s.domains().stream().map(DayMetricsDto::code).toList(),
                s.signs().stream().map(DayMetricsDto::reason).toList(), s.medicalReviewReason());
    }

    private static ReasonDto reason(Sign s) {
        return new ReasonDto(code(s.domain()), s.measure(), s.value(), s.baseline(), s.threshold(), window(s.window()),
                s.sentence());
    }

    private static MetricDto metric(Metric m, String unit) {
        return new MetricDto(m.value(), unit, code(m.status()), m.reason(), m.method(), window(m.window()));
    }

    private static WindowDto window(Window w) {
        return w == null ? null : new WindowDto(w.from(), w.to(), w.days(), w.daysWithData(), w.completeness());
    }

    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
