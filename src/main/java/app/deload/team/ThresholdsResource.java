package app.deload.team;

import java.util.List;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.monitoring.IntensityBasis;
import app.deload.signals.MetricsLedger;
import app.deload.web.FormErrors;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** A team's heuristic thresholds: defaults from configuration, changed per team by its coach or an admin. */
@Path("/teams/{teamId}/thresholds")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class ThresholdsResource {

    static final List<String> NAMES = List.of("Load spike: EWMA ratio above", "Monotony above",
            "Wellness watch: z at or below", "Wellness alert: z at or below", "Sleep restriction: under (h)",
            "Short sleep: under (h)", "Default smallest worthwhile change (%)", "Active recovery intensity basis");

    /** One numeric setting as the form shows it. */
    public record Field(String name, String label, String value, String hint) {
    }

    public record Change(String name, String oldValue, String newValue, String changedBy, java.time.Instant changedAt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thresholds(TeamRow team, List<Field> fields, ThresholdForm form,
                FormErrors errors, String defaultBasis, List<Change> changes, String action);
    }

    @Inject
    Access access;

    @Inject
    MetricsLedger ledger;

    @Inject
    ThresholdDefaults defaults;

    @GET
    public TemplateInstance show(long teamId) {
        Team team = access.team(teamId);
        return page(team, ThresholdForm.of(TeamThresholds.forTeam(team)), FormErrors.none());
    }

    @POST
    @Transactional
    public Response save(long teamId, @BeanParam ThresholdForm form) {
        Team team = access.team(teamId);
        TeamThresholds own = TeamThresholds.forTeam(team);
        List<String> before = own.describe();
        FormErrors errors = form.applyTo(own, defaults);
        if (errors.any()) {
            return Redirects.invalid(page(team, form, errors));
        }
        List<String> after = own.describe();
        for (int i = 0; i < NAMES.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                ThresholdChange.record(team, NAMES.get(i), before.get(i), after.get(i));
            }
        }
        own.persist();
        ledger.changed(team, List.of(), MetricsLedger.WHOLE_HISTORY);
        return Redirects.seeOther("/teams/" + teamId + "/thresholds",
                "Thresholds saved; every page now uses them.");
    }

    private TemplateInstance page(Team team, ThresholdForm form, FormErrors errors) {
        List<Change> changes = ThresholdChange.listForTeam(team).stream()
                .map(c -> new Change(c.name, c.oldValue, c.newValue, c.changedBy, c.changedAt)).toList();
        List<Field> fields = List.of(
                new Field("ratioSpike", "Load spike: EWMA acute:chronic ratio above", form.ratioSpike(),
                        "Default " + defaults.ratioSpike() + " (Gabbett 2016); allowed 1.0 to 3.0."),
                new Field("monotonyHigh", "Monotony above", form.monotonyHigh(),
                        "Default " + defaults.monotonyHigh() + " (Foster 1998); allowed 1.0 to 5.0."),
                new Field("zWatch", "Wellness watch: z-score at or below", form.zWatch(),
                        "Default " + defaults.zWatch() + "; allowed -5.0 to -0.1."),
                new Field("zAlert", "Wellness alert: z-score at or below", form.zAlert(),
                        "Default " + defaults.zAlert() + "; at or below the watch level."),
                new Field("sleepRestrictionHours", "Sleep restriction: nights under (hours)",
                        form.sleepRestrictionHours(),
                        "Default " + defaults.sleepRestrictionHours() + " h (Van Dongen et al. 2003)."),
                new Field("shortSleepHours", "Short sleep: nights under (hours)", form.shortSleepHours(),
                        "Default " + defaults.shortSleepHours() + " h (Walsh et al. 2021)."),
                new Field("defaultSwcPercent", "Default smallest worthwhile change (%)", form.defaultSwcPercent(),
                        "Default " + defaults.defaultSwcPercent() + " %; a test may set its own."));
        String basis = defaults.activeRecoveryBasis() == IntensityBasis.HEART_RATE_RESERVE
                ? "heart-rate reserve" : "% of maximum heart rate";
        return Templates.thresholds(TeamRow.of(List.of(team)).get(0), fields, form, errors, basis, changes,
                "/teams/" + team.id + "/thresholds");
    }
}
