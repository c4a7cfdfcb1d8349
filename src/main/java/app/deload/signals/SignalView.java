package app.deload.signals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.deload.monitoring.ActiveRecoveryZone;
import app.deload.monitoring.OverreachingSignals;
import app.deload.monitoring.Sign;

/** An athlete-day's signal: level, plain-words reasons with their numbers, and what to consider doing. */
public record SignalView(String level, String levelClass, boolean alert, boolean any, String summary,
        List<Reason> reasons, String medicalReview, String activeRecovery) {

    public record Reason(String domain, String sentence, String numbers) {
    }

    /** @param zone the athlete's active-recovery heart rates, empty when there is no estimate */
    static SignalView of(OverreachingSignals signals, Optional<ActiveRecoveryZone> zone) {
        List<Reason> reasons = signals.signs().stream().map(SignalView::reason).toList();
        String heartRate = zone.map(z -> z.lowBpm() + "–" + z.highBpm() + " bpm (" + z.method() + "), ")
                .orElse("no heart-rate estimate (no HRmax on file and Tanaka's formula covers ages 10–100), ");
        String recovery = signals.level().isAlert() ? "Consider replacing the next hard session with 20–40 min of "
                + "walking, easy cycling, swimming, yoga or mobility at " + heartRate + "CR-10 RPE 1–3." : null;
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
