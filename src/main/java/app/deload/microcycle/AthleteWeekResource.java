package app.deload.microcycle;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.web.DateParameters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** An athlete's week, Monday to Sunday, for the athlete themself, their team's coaches and admins. */
@Path("/athletes/{athleteId}/week")
@RolesAllowed({ Role.COACH, Role.ADMIN, Role.ATHLETE })
public class AthleteWeekResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance week(AthleteWeek week);
    }

    @Inject
    Access access;

    @Inject
    AthleteWeeks weeks;

    @GET
    public TemplateInstance week(@RestPath long athleteId, @RestQuery String week) {
        Athlete athlete = access.athlete(athleteId);
        return Templates.week(weeks.of(athlete, day(athlete, week), false));
    }

    /** The {@code ?week=} parameter: any day of the week to show, this week when absent. */
    static LocalDate day(Athlete athlete, String raw) {
        LocalDate today = LocalDate.now(athlete.team.zone());
        return DateParameters.day("week", raw, today, today);
    }
}
