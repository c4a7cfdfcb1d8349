package app.deload.decision;

import java.time.LocalDate;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.team.Team;
import app.deload.team.TeamRow;
import app.deload.web.DateParameters;
import app.deload.web.FormErrors;
import app.deload.web.FormValues;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * Today's decision for every athlete with a session: proceed, modify (active recovery with the heart-rate band),
 * rest or active recovery, or not enough data, with the reasons. The coach accepts a recommendation for an
 * athlete's session and can undo it; the athlete sees the decision on their sessions page.
 */
@Path("/teams/{teamId}/today")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class TeamTodayResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance today(TeamRow team, LocalDate date, LocalDate previous, LocalDate next,
                boolean isToday, List<TodayRow> rows, String decideAction, long failedId, FormErrors errors);
    }

    @Inject
    Access access;

    @Inject
    TodayDecisions decisions;

    @GET
    public TemplateInstance show(long teamId, @RestQuery String date) {
        Team team = access.team(teamId);
        return page(team, DateParameters.dayUpToToday("date", date, LocalDate.now(team.zone())), 0, FormErrors.none());
    }

    @POST
    @Path("decisions")
    public Response decide(long teamId, @RestForm String attendanceId, @RestForm String choice) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        Long id = FormValues.blank(attendanceId) ? null : parseId(attendanceId);
        var chosen = SessionDecision.Choice.fromKey(choice == null ? "" : choice.trim());
        if (id == null || chosen.isEmpty()) {
            return Redirects.invalid(page(team, today, id == null ? 0 : id, FormErrors.none().add("decision",
                    "Choose active recovery or rest for one athlete's session.")));
        }
        try {
            SessionDecision decision = decisions.decide(team, id, chosen.get(), access.user());
            return Redirects.seeOther(path(team), "Decision saved: " + decision.decided.label() + " today.");
        } catch (TodayDecisions.Refused e) {
            return Redirects.invalid(page(team, today, id, FormErrors.none().add("decision", e.getMessage())));
        }
    }

    @POST
    @Path("decisions/{decisionId}/undo")
    public Response undo(long teamId, long decisionId) {
        Team team = access.team(teamId);
        try {
            decisions.undo(team, decisionId, access.user());
            return Redirects.seeOther(path(team), "Decision undone: the session is as planned again.");
        } catch (TodayDecisions.Refused e) {
            return Redirects.seeOther(path(team), e.getMessage());
        }
    }

    private TemplateInstance page(Team team, LocalDate day, long failedId, FormErrors errors) {
        LocalDate today = LocalDate.now(team.zone());
        List<TodayRow> rows = decisions.on(team, day).stream().map(TodayRow::of).toList();
        return Templates.today(TeamRow.of(List.of(team)).get(0), day, day.minusDays(1),
                day.isBefore(today) ? day.plusDays(1) : null, day.equals(today), rows, path(team) + "/decisions",
                failedId, errors);
    }

    private static String path(Team team) {
        return "/teams/" + team.id + "/today";
    }

    private static Long parseId(String raw) {
        try {
            return Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
