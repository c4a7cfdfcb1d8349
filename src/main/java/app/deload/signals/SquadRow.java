package app.deload.signals;

import java.util.Locale;
import java.util.stream.Collectors;

import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.Metric;
import app.deload.monitoring.SignalLevel;

/**
 * One athlete on the squad page: the signal first, then the numbers behind it, each with its provenance. The
 * shown texts come with the values they were made from (null where there is none), which the page sorts by.
 */
public record SquadRow(long athleteId, String name, String code, String level, String levelClass, String domains,
        String summary, String load, String ratio, String ratioNote, String monotony, String wellness,
        String wellnessNote, String hrv, String sleep, boolean acknowledged, String medicalReview,
        Values values) {

    /** The numbers behind the texts; null where the day has none. */
    public record Values(SignalLevel signal, Double load, Double ratio, Double monotony, Integer wellness,
            Double sleep) {

        /** No questionnaire that day. */
        public boolean owesQuestionnaire() {
            return wellness == null;
        }
    }

    static SquadRow of(TeamMetrics.AthleteDay day, boolean acknowledged) {
        DayMetrics m = day.metrics();
        SignalLevel level = m.signals().level();
        String ratio = m.ewma().ratio().isAvailable() ? MetricSheet.fmt(m.ewma().ratio().value(), 2) : "—";
        String ratioNote = m.ewma().ratio().isAvailable()
                ? "acute " + value(m.ewma().acute(), 0) + " / chronic " + value(m.ewma().chronic(), 0) + " AU"
                : m.ewma().ratio().reason();
        String wellness = m.wellness() == null ? "no entry" : m.wellness().total() + "/25";
        Metric z = m.wellnessZ().total().z();
        String wellnessNote = z.isAvailable() ? "z " + MetricSheet.fmt(z.value(), 1) : z.reason();
        String sleep = m.sleep().hoursToday() == null ? "—" : MetricSheet.fmt(m.sleep().hoursToday(), 2) + " h";
        Values values = new Values(level, raw(m.weeklyLoad().load()), raw(m.ewma().ratio()),
                raw(m.monotonyStrain().monotony()), m.wellness() == null ? null : m.wellness().total(),
                m.sleep().hoursToday());
        return new SquadRow(day.athleteId(), day.name(), day.code(), level.label(),
                level.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                m.signals().domains().stream().map(d -> d.label()).collect(Collectors.joining(", ")),
                m.signals().summary(), value(m.weeklyLoad().load(), 0), ratio, ratioNote,
                value(m.monotonyStrain().monotony(), 2), wellness, wellnessNote,
                m.hrv().classification().name().toLowerCase(Locale.ROOT).replace('_', ' '), sleep, acknowledged,
                m.signals().medicalReviewReason(), values);
    }

    private static String value(Metric metric, int decimals) {
        return metric.isAvailable() ? MetricSheet.fmt(metric.value(), decimals) : "—";
    }

    private static Double raw(Metric metric) {
        return metric.isAvailable() ? metric.value() : null;
    }
}
