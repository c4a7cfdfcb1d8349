package app.deload.athlete;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.web.Redirects;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** An athlete's entry point: their own page. */
@Path("/me")
@RolesAllowed(Role.ATHLETE)
public class MeResource {

    @Inject
    Access access;

    @GET
    public Response me() {
        return Redirects.seeOther("/athletes/" + access.self().id);
    }
}
