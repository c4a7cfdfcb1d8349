package app.deload.plan;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.web.PublicUrl;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** An athlete's own calendar feed: the athlete, their coaches and admins create and revoke it. */
@Path("/athletes/{id}/calendar")
@RolesAllowed({ Role.COACH, Role.ADMIN, Role.ATHLETE })
public class AthleteCalendarResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feeds(long athleteId, String athleteName, List<CalendarView.FeedRow> feeds,
                String createAction);
    }

    @Inject
    Access access;

    @Inject
    PublicUrl publicUrl;

    @GET
    public TemplateInstance feeds(long id) {
        Athlete athlete = access.athlete(id);
        return Templates.feeds(athlete.id, athlete.name, CalendarResource.feedRows(
                CalendarFeed.listForAthlete(athlete), base(athlete)), base(athlete) + "/feeds");
    }

    @POST
    @Path("feeds")
    @Transactional
    public Response createFeed(long id) {
        Athlete athlete = access.athlete(id);
        String token = CalendarFeed.issue(null, athlete);
        return CalendarResource.created(athlete.name, token, base(athlete), publicUrl);
    }

    @POST
    @Path("feeds/{feedId}/revoke")
    @Transactional
    public Response revokeFeed(long id, long feedId) {
        Athlete athlete = access.athlete(id);
        CalendarFeed feed = CalendarFeed.findForAthlete(athlete, feedId).orElseThrow(NotFoundException::new);
        if (feed.revokedAt == null) {
            feed.revokedAt = Instant.now();
        }
        return Redirects.seeOther(base(athlete), "Feed revoked. Its URL no longer works.");
    }

    private static String base(Athlete athlete) {
        return "/athletes/" + athlete.id + "/calendar";
    }
}
