package app.deload.performance;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.team.TeamThresholds;
import app.deload.team.ThresholdDefaults;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An athlete's test results, read-only: for their coaches, admins and the athlete. */
@Path("/athletes/{id}/tests")
@RolesAllowed({ Role.COACH, Role.ADMIN, Role.ATHLETE })
public class AthleteResultsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(AthleteResults athlete);
    }

    @Inject
    Access access;

    @Inject
    ThresholdDefaults defaults;

    @GET
    public TemplateInstance results(long id) {
        Athlete athlete = access.athlete(id);
        return Templates.results(AthleteResults.of(athlete.id, athlete.name, athlete.team.id, athlete.team.name,
                !access.canManage(athlete.team), PerformanceResult.listForAthlete(athlete),
                TeamThresholds.effectiveFor(athlete.team, defaults)));
    }
}
