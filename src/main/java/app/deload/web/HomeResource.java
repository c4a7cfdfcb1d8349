package app.deload.web;

import app.deload.account.Role;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The landing page after sign-in: each role starts where its work is. */
@Path("/")
@Authenticated
public class HomeResource {

    @Inject
    SecurityIdentity identity;

    @GET
    public Response home() {
        if (identity.hasRole(Role.ATHLETE)) {
            return Redirects.seeOther("/me");
        }
        return Redirects.seeOther("/today");
    }
}
