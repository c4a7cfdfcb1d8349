package app.deload.microcycle;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestQuery;

/** The signed-in athlete's own week. */
@Path("/me/week")
@RolesAllowed(Role.ATHLETE)
public class MyWeekResource {

    @Inject
    Access access;

    @Inject
    AthleteWeeks weeks;

    @GET
    public TemplateInstance week(@RestQuery String week) {
        Athlete athlete = access.self();
        return AthleteWeekResource.Templates.week(weeks.of(athlete, AthleteWeekResource.day(athlete, week), true));
    }
}
