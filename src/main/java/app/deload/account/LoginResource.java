package app.deload.account;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** The sign-in page (the form posts to Quarkus' j_security_check) and sign-out. */
@Path("/")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean locked, long lockMinutes);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    LoginPolicy policy;

    @GET
    @Path("login")
    @PermitAll
    public Response login(@RestQuery String error, @RestCookie(LoginNotice.COOKIE) String notice) {
        if (!identity.isAnonymous()) {
            return Redirects.seeOther("/");
        }
        boolean locked = LoginNotice.LOCKED.equals(notice);
        var page = Templates.login(error != null, locked, policy.lockDuration().toMinutes());
        var response = Response.ok(page);
        if (notice != null) {
            response.cookie(new NewCookie.Builder(LoginNotice.COOKIE).value("").path("/login").maxAge(0).build());
        }
        return response.build();
    }

    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        FormAuthenticationMechanism.logout(identity);
        return Redirects.seeOther("/login", "You are signed out.");
    }
}
