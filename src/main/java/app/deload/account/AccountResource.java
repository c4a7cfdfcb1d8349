package app.deload.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.deload.api.ApiToken;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** A signed-in user's own account: who they are, their password and where they are signed in. */
@Path("/account")
@Authenticated
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(User user, FormErrors errors, List<SessionRow> sessions,
                String passwordHint);
    }

    @Inject
    Access access;

    @Inject
    Forms forms;

    @Inject
    SecurityIdentity identity;

    @Inject
    SessionPolicy policy;

    @Inject
    Sessions sessions;

    @Inject
    RoutingContext routing;

    @GET
    @Transactional
    public TemplateInstance account() {
        return page(access.user(), FormErrors.none());
    }

    /**
     * A new password ends every session of the user and revokes their API tokens: whoever knew the old password
     * may have signed in or made a token with it. This browser gets a fresh session and stays signed in.
     */
    @POST
    @Path("password")
    @Transactional
    public Response changePassword(@BeanParam PasswordForm form) {
        User user = access.user();
        FormErrors errors = forms.check(form);
        if (!errors.has("currentPassword") && !user.passwordMatches(form.currentPassword())) {
            errors.add("currentPassword", "This is not your current password.");
        }
        if (!errors.has("newPassword")) {
            Passwords.problem(form.newPassword(), user.username).ifPresent(m -> errors.add("newPassword", m));
        }
        if (!errors.has("newPassword") && !form.newPassword().equals(form.confirmPassword())) {
            errors.add("confirmPassword", "The two new passwords differ.");
        }
        if (errors.any()) {
            return Redirects.invalid(page(user, errors));
        }
        Instant now = Instant.now();
        boolean remembered = currentSession().map(s -> s.remembered).orElse(false);
        user.setPassword(form.newPassword());
        UserSession.endAllFor(user, now);
        int tokens = ApiToken.revokeAllFor(user, now);
        sessions.start(user, remembered, routing, now);
        return Redirects.seeOther("/account", "Your password has been changed. Your other sessions are signed out"
                + (tokens > 0 ? " and your API tokens are revoked." : "."));
    }

    @POST
    @Path("sessions/{id}/end")
    @Transactional
    public Response endSession(long id) {
        UserSession session = UserSession.findOwnedBy(id, access.user()).orElseThrow(NotFoundException::new);
        session.end(Instant.now());
        if (session.id.equals(identity.getAttribute(Sessions.SESSION_ID))) {
            return signedOut("You are signed out.");
        }
        return Redirects.seeOther("/account", "That session is signed out.");
    }

    @POST
    @Path("sessions/end-all")
    @Transactional
    public Response endAllSessions() {
        UserSession.endAllFor(access.user(), Instant.now());
        return signedOut("You are signed out everywhere.");
    }

    private Response signedOut(String message) {
        FormAuthenticationMechanism.logout(identity);
        Sessions.clearCookies(routing);
        return Redirects.seeOther("/login", message);
    }

    private Optional<UserSession> currentSession() {
        Long id = identity.getAttribute(Sessions.SESSION_ID);
        return id == null ? Optional.empty() : UserSession.findOwnedBy(id, access.user());
    }

    private TemplateInstance page(User user, FormErrors errors) {
        List<UserSession> open = UserSession.listOpenFor(user, Instant.now(), policy.idleTimeout());
        return Templates.account(user, errors, SessionRow.of(open, identity.getAttribute(Sessions.SESSION_ID)),
                Passwords.HINT);
    }
}
