package app.deload.account;

import java.net.URI;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import app.deload.web.ErrorPages;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * Ends the session of an account that was deactivated after it signed in. The session cookie is stateless,
 * so each request checks the account: one indexed lookup by username.
 */
public class DeactivatedAccounts {

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Response refuseDeactivated(ContainerRequestContext request) {
        if (identity.isAnonymous() || User.isActive(identity.getPrincipal().getName())) {
            return null;
        }
        FormAuthenticationMechanism.logout(identity);
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/")) {
            return ErrorPages.Problem.response(401, "This account is deactivated.", path);
        }
        return Response.status(Response.Status.FOUND).location(URI.create("/login")).build();
    }
}
