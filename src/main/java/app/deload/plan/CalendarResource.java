package app.deload.plan;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.microcycle.TemplateStore;
import app.deload.team.Team;
import app.deload.training.TrainingSession;
import app.deload.web.DateParameters;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** A team's calendar by month or week, and the team's secret iCalendar feeds. */
@Path("/teams/{teamId}/calendar")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class CalendarResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(CalendarView view);

        static native TemplateInstance created(String owner, String url, String backHref);
    }

    @Inject
    Access access;

    @Inject
    PublicUrl publicUrl;

    @Inject
    TemplateStore templates;

    @GET
    public TemplateInstance month(long teamId, @RestQuery String month) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        YearMonth shown = DateParameters.month("month", month, YearMonth.from(today), today);
        LocalDate from = PlanDates.monday(shown.atDay(1));
        LocalDate to = shown.atEndOfMonth().plusDays(6);
        return Templates.calendar(CalendarView.month(team, shown, today, PlanWeeks.forTeam(team),
                templates.forTeam(team).template(),
                TrainingSession.listForTeamBetween(team, from, to), feeds(team)));
    }

    @GET
    @Path("week")
    public TemplateInstance week(long teamId, @RestQuery String week) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        LocalDate monday = PlanDates.monday(DateParameters.day("week", week, today, today));
        return Templates.calendar(CalendarView.week(team, monday, today, PlanWeeks.forTeam(team),
                templates.forTeam(team).template(),
                TrainingSession.listForTeamBetween(team, monday, monday.plusDays(6)), feeds(team)));
    }

    @POST
    @Path("feeds")
    @Transactional
    public Response createFeed(long teamId) {
        Team team = access.team(teamId);
        String token = CalendarFeed.issue(team, null);
        return created("team " + team.name, token, "/teams/" + team.id + "/calendar", publicUrl);
    }

    @POST
    @Path("feeds/{feedId}/revoke")
    @Transactional
    public Response revokeFeed(long teamId, long feedId) {
        Team team = access.team(teamId);
        CalendarFeed feed = CalendarFeed.findForTeam(team, feedId).orElseThrow(NotFoundException::new);
        if (feed.revokedAt == null) {
            feed.revokedAt = Instant.now();
        }
        return Redirects.seeOther("/teams/" + team.id + "/calendar", "Feed revoked. Its URL no longer works.");
    }

    /** The page that shows a new feed's URL, the only time it is shown; never cached. */
    static Response created(String owner, String token, String backHref, PublicUrl publicUrl) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        String url = publicUrl.link("/calendar/" + token + ".ics");
        return Response.ok(Templates.created(owner, url, backHref)).cacheControl(noStore).build();
    }

    static List<CalendarView.FeedRow> feedRows(List<CalendarFeed> feeds, String base) {
        return feeds.stream().map(f -> new CalendarView.FeedRow(f.id, f.tokenPrefix + "…",
                f.createdAt, f.revokedAt != null,
                base + "/feeds/" + f.id + "/revoke")).toList();
    }

    private static List<CalendarView.FeedRow> feeds(Team team) {
        return feedRows(CalendarFeed.listForTeam(team), "/teams/" + team.id + "/calendar");
    }
}
