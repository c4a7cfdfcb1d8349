package app.deload.training;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.signals.MetricsLedger;
import app.deload.team.Team;
import app.deload.web.FormErrors;
import app.deload.web.FormValues;
import app.deload.web.DateParameters;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** A team's sessions week by week, and planning a new one for the whole team or chosen athletes. */
@Path("/teams/{teamId}/sessions")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class TeamSessionsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance week(WeekView week);
    }

    @Inject
    Access access;

    @Inject
    MetricsLedger ledger;

    @Inject
    Forms forms;

    /** The week (Monday to Sunday, team-local) that contains {@code week}; this week without it. */
    @GET
    public TemplateInstance week(long teamId, @RestQuery String week) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        LocalDate monday = DateParameters.day("week", week, today, today).with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        Instant now = Instant.now();
        return Templates.week(WeekView.of(team, monday, today, TrainingSession.listForTeamBetween(team, monday, sunday),
                SessionAttendance.linesForTeamSessionsBetween(team, monday, sunday, now), now));
    }

    @GET
    @Path("new")
    public TemplateInstance createForm(long teamId, @RestQuery String date) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        LocalDate day = DateParameters.day("date", date, today, today);
        return SessionResource.Templates.form(SessionForm.empty(day), FormErrors.none(),
                page(team, Athlete.listForTeam(team)));
    }

    @POST
    @Transactional
    public Response create(long teamId, @BeanParam SessionForm form) {
        Team team = access.team(teamId);
        ZoneId zone = team.zone();
        List<Athlete> roster = Athlete.listForTeam(team);
        FormErrors errors = forms.check(form);
        SessionForm.Parsed parsed = form.parse(errors, LocalDate.now(zone), false, roster);
        form.refuseTakenSlot(parsed, team, null, errors);
        if (errors.any()) {
            return Redirects.invalid(SessionResource.Templates.form(form, errors, page(team, roster)));
        }
        TrainingSession session = new TrainingSession();
        session.team = team;
        form.applyTo(session, parsed, zone);
        session.persist();
        Map<Long, Athlete> byId = roster.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        parsed.athleteIds().forEach(id -> SessionAttendance.of(session, byId.get(id)).persist());
        if (!parsed.athleteIds().isEmpty()) {
            ledger.changed(team, parsed.athleteIds(), session.date);
        }
        return Redirects.seeOther("/sessions/" + session.id, "Session planned.");
    }

    private static SessionFormPage page(Team team, List<Athlete> roster) {
        String week = "/teams/" + team.id + "/sessions";
        return new SessionFormPage("Plan a session", team.name, team.timeZone, week, week, false, null,
                SessionFormPage.choices(roster, List.of()), null, null);
    }
}
