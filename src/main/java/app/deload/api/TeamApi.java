package app.deload.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.COACH, Role.ADMIN })
@Tag(name = "Teams")
public class TeamApi {

    @Inject
    Access access;

    @GET
    @Operation(summary = "Teams the caller manages", description = "A coach's own teams; every team for an admin.")
    public List<TeamDto> teams() {
        return access.manageableTeams().stream().map(TeamDto::of).toList();
    }

    @GET
    @Path("{id}/athletes")
    @Operation(summary = "A team's athletes", description = "Active and inactive, by name. Another team's id "
            + "answers 404.")
    public List<RosterEntryDto> athletes(long id) {
        return Athlete.listForTeam(access.team(id)).stream().map(RosterEntryDto::of).toList();
    }
}
