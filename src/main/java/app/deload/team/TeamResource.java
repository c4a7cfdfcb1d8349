package app.deload.team;

import java.time.LocalDate;
import java.util.List;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.athlete.AthleteRow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The teams a coach works with, and each team's roster. */
@Path("/teams")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class TeamResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<TeamRow> teams, boolean admin);

        static native TemplateInstance roster(TeamRow team, List<AthleteRow> athletes, boolean admin);
    }

    @Inject
    Access access;

    @GET
    public TemplateInstance list() {
        return Templates.list(TeamRow.of(access.manageableTeams()), access.isAdmin());
    }

    @GET
    @Path("{id}")
    public TemplateInstance roster(long id) {
        Team team = access.team(id);
        TeamRow row = TeamRow.of(List.of(team)).get(0);
        List<AthleteRow> athletes = AthleteRow.of(Athlete.listForTeam(team), LocalDate.now(team.zone()));
        return Templates.roster(row, athletes, access.isAdmin());
    }
}
