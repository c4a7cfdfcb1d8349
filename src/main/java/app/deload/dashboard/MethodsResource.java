package app.deload.dashboard;

import app.deload.account.Role;
import app.deload.monitoring.Thresholds;
import app.deload.team.ThresholdDefaults;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * How Deload computes every number, threshold and signal, with its source, in words for coaches. The numbers
 * shown are the defaults; a team's own thresholds are on its thresholds page.
 */
@Path("/methods")
@RolesAllowed({ Role.COACH, Role.ADMIN, Role.ATHLETE })
public class MethodsResource {

    /** The default thresholds as the page prints them. */
    public record Numbers(String spike, String typicalLow, String typicalHigh, String monotony, String zWatch,
            String zAlert, int wellnessDays, String restricted, String shortSleep, int restrictedNights,
            int sorenessItem, int sorenessDays, String swc, int performanceDays, String hrvSd, String restingHr,
            String completeness, int baselineEntries, int baselineDays, int ratioDays, int alertDays,
            String teamShare, int acuteDays, int chronicDays) {

        static Numbers of(Thresholds t) {
            return new Numbers(trim(t.ratioSpike()), trim(t.typicalRatioLow()), trim(t.typicalRatioHigh()),
                    trim(t.monotonyHigh()), trim(t.zWatch()), trim(t.zAlert()), t.wellnessConsecutiveDays(),
                    trim(t.sleepRestrictionHours()), trim(t.shortSleepHours()), t.restrictedNightsOf7(),
                    t.sorenessItemMax(), t.sorenessLongerThanDays(), trim(t.defaultSwcPercent()),
                    t.performanceWindowDays(), trim(t.hrvBandSd()), trim(t.restingHrRiseBpm()),
                    trim(t.minCompleteness() * 100), t.minBaselineEntries(), t.baselineDays(),
                    t.ratioMinHistoryDays(), t.alertConsecutiveDays(), trim(t.teamAlertShare() * 100), t.acuteDays(),
                    t.chronicDays());
        }

        private static String trim(double v) {
            return ChartGeometry.number(v, Math.abs(v - Math.rint(v)) < 1e-9 ? 0
                    : Math.abs(v * 10 - Math.rint(v * 10)) < 1e-9 ? 1 : 2);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance methods(Numbers t);
    }

    @Inject
    ThresholdDefaults defaults;

    @GET
    public TemplateInstance methods() {
        return Templates.methods(Numbers.of(defaults.thresholds()));
    }
}
