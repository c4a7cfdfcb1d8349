package app.deload.team;

import app.deload.monitoring.IntensityBasis;
import app.deload.monitoring.Thresholds;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The practitioner heuristics every team starts from (science.md); a team may override each one. */
@ConfigMapping(prefix = "deload.thresholds")
public interface ThresholdDefaults {

    @WithDefault("1.5")
    double ratioSpike();

    @WithDefault("2.0")
    double monotonyHigh();

    @WithDefault("-1.0")
    double zWatch();

    @WithDefault("-2.0")
    double zAlert();

    @WithDefault("6.0")
    double sleepRestrictionHours();

    @WithDefault("7.0")
    double shortSleepHours();

    @WithDefault("3.0")
    double defaultSwcPercent();

    @WithDefault("HEART_RATE_RESERVE")
    IntensityBasis activeRecoveryBasis();

    default Thresholds thresholds() {
        return Thresholds.defaults().withHeuristics(ratioSpike(), monotonyHigh(), zWatch(), zAlert(),
                sleepRestrictionHours(), shortSleepHours(), defaultSwcPercent(), activeRecoveryBasis());
    }
}
