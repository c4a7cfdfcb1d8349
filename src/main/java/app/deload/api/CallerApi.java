package app.deload.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.account.User;
import app.deload.athlete.Athlete;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.COACH, Role.ATHLETE })
@Tag(name = "Account")
public class CallerApi {

    @Inject
    Access access;

    @GET
    @Operation(summary = "Who the token belongs to", description = "Username, name, role and, for an athlete, "
            + "the id of their own profile.")
    public CallerDto me() {
        User user = access.user();
        Long athleteId = user.isAthlete() ? Athlete.findByUser(user).map(a -> a.id).orElse(null) : null;
        return new CallerDto(user.username, user.displayName, user.role, athleteId);
    }
}
