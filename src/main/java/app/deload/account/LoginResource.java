package app.deload.account;

import java.time.Instant;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

import app.deload.web.OwnOrigin;
import app.deload.web.Redirects;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
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

    /** What the sign-in page tells, from its query and the notice cookie. */
    public record Notice(boolean failed, boolean locked, boolean addressLocked, boolean crossSite, long lockMinutes,
            long rememberDays) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Notice notice);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    LoginPolicy policy;

    @Inject
    SessionPolicy sessionPolicy;

    @GET
    @Path("login")
    @PermitAll
    public Response login(@RestQuery String error, @RestQuery String refused,
            @RestCookie(LoginNotice.COOKIE) String notice) {
        if (!identity.isAnonymous()) {
            return Redirects.seeOther("/");
        }
        var page = Templates.login(new Notice(error != null, LoginNotice.LOCKED.equals(notice),
                LoginNotice.ADDRESS.equals(notice), OwnOrigin.REFUSED.equals(refused),
                policy.lockDuration().toMinutes(), sessionPolicy.rememberedLifetime().toDays()));
        var response = Response.ok(page);
        if (notice != null) {
            response.cookie(new NewCookie.Builder(LoginNotice.COOKIE).value("").path("/login").maxAge(0).build());
        }
        return response.build();
    }

    /** Ends this browser's session in the database, so a copy of its cookies stops working too. */
    @POST
    @Path("logout")
    @Authenticated
    public Response logout() {
        Long sessionId = identity.getAttribute(Sessions.SESSION_ID);
        if (sessionId != null) {
            QuarkusTransaction.requiringNew().run(() -> {
                UserSession session = UserSession.findById(sessionId);
                if (session != null) {
                    session.end(Instant.now());
                }
            });
        }
        FormAuthenticationMechanism.logout(identity);
        Sessions.clearCookies(HttpSecurityUtils.getRoutingContextAttribute(identity));
        return Redirects.seeOther("/login", "You are signed out.");
    }
}
