package app.deload.athlete;

import java.time.LocalDate;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.team.Team;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Adding an athlete to a team's roster, by its coach or an admin. */
@Path("/teams/{teamId}/athletes")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class NewAthleteResource {

    @Inject
    Access access;

    @Inject
    Forms forms;

    @Inject
    TeamChoices teams;

    @GET
    @Path("new")
    public TemplateInstance createForm(long teamId) {
        Team team = access.team(teamId);
        return AthleteResource.Templates.form(AthleteForm.empty(team.id), FormErrors.none(), null, team.id,
                teams.options(), action(team));
    }

    @POST
    @Transactional
    public Response create(long teamId, @BeanParam AthleteForm form) {
        Team team = access.team(teamId);
        FormErrors errors = forms.check(form);
        AthleteForm.Parsed parsed = form.parse(errors, null, LocalDate.now(team.zone()));
        Team target = errors.has("teamId") ? null : teams.target(parsed.teamId(), errors);
        if (errors.any()) {
            return Redirects.invalid(AthleteResource.Templates.form(form, errors, null, team.id, teams.options(),
                    action(team)));
        }
        Athlete athlete = new Athlete();
        form.applyTo(athlete, parsed, target);
        athlete.persist();
        return Redirects.seeOther("/athletes/" + athlete.id, "Athlete added.");
    }

    private static String action(Team team) {
        return "/teams/" + team.id + "/athletes";
    }
}
