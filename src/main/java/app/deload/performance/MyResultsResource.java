package app.deload.performance;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.web.Redirects;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The signed-in athlete's way to their own test results. */
@Path("/me/tests")
@RolesAllowed(Role.ATHLETE)
public class MyResultsResource {

    @Inject
    Access access;

    @GET
    public Response mine() {
        return Redirects.seeOther("/athletes/" + access.self().id + "/tests");
    }
}
