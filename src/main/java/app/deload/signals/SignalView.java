package app.deload.signals;

import java.util.List;
import java.util.Locale;

import app.deload.monitoring.ActiveRecoveryZone;
import app.deload.monitoring.OverreachingSignals;
import app.deload.monitoring.Sign;

/** An athlete-day's signal: level, plain-words reasons with their numbers, and what to consider doing. */
public record SignalView(String level, String levelClass, boolean alert, boolean any, String summary,
        List<Reason> reasons, String medicalReview, String activeRecovery) {

    public record Reason(String domain, String sentence, String numbers) {
    }

    static SignalView of(OverreachingSignals signals, ActiveRecoveryZone zone) {
        List<Reason> reasons = signals.signs().stream().map(SignalView::reason).toList();
        String recovery = signals.level().isAlert() ? "Consider replacing the next hard session with 20–40 min of "
                + "walking, easy cycling, swimming, yoga or mobility at " + zone.lowBpm() + "–" + zone.highBpm()
                + " bpm (" + zone.method() + "), CR-10 RPE 1–3." : null;
        return new SignalView(signals.level().label(), signals.level().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                signals.level().isAlert(), signals.level() != app.deload.monitoring.SignalLevel.NONE,
                signals.summary(), reasons, signals.medicalReviewReason(), recovery);
    }

    private static Reason reason(Sign sign) {
        String numbers = sign.measure() + " " + MetricSheet.fmt(sign.value(), 2)
                + (sign.baseline() == null ? "" : ", baseline " + MetricSheet.fmt(sign.baseline(), 2))
                + ", threshold " + MetricSheet.fmt(sign.threshold(), 2)
                + (sign.window() == null ? "" : "; " + MetricSheet.window(sign.window()));
        return new Reason(sign.domain().label(), sign.sentence(), numbers);
    }
}
