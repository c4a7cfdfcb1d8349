package app.deload.wellness;

import java.time.LocalDate;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The last 28 days of an athlete's answers, read-only: for their coaches, admins and the athlete. */
@Path("/athletes/{id}/wellness")
@RolesAllowed({ Role.COACH, Role.ADMIN, Role.ATHLETE })
public class WellnessHistoryResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(WellnessHistory history);
    }

    @Inject
    Access access;

    @GET
    public TemplateInstance history(long id) {
        Athlete athlete = access.athlete(id);
        LocalDate today = LocalDate.now(athlete.team.zone());
        boolean self = !access.canManage(athlete.team);
        return Templates.history(WellnessHistory.of(athlete.id, athlete.name, athlete.team.id, athlete.team.name, self,
                athlete.user == null ? null : athlete.user.username, today,
                WellnessEntry.listForAthleteBetween(athlete, WellnessHistory.firstDay(today), today)));
    }
}
