package app.deload.account;

import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Every page request after sign-in: Quarkus' form cookie names the user, and this provider accepts it only with
 * the cookie of an open {@link UserSession} of that same, active user (one indexed lookup of session and user).
 * Anything else fails and removes both cookies, so the browser lands on the sign-in page. It outranks the
 * generated Security JPA provider strictly, which would otherwise accept the form cookie on its own.
 */
@Singleton
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    SessionPolicy policy;

    private record Open(long sessionId, String username, String role) {
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> restore(request));
    }

    private SecurityIdentity restore(TrustedAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        Cookie cookie = routing == null ? null : routing.request().getCookie(UserSession.COOKIE);
        Instant now = Instant.now();
        Open open = cookie == null ? null : QuarkusTransaction.requiringNew().call(() -> UserSession
                .findOpen(cookie.getValue(), now, policy.idleTimeout())
                .filter(s -> s.user.username.equals(User.normalize(request.getPrincipal())))
                .map(s -> {
                    s.recordUse(now);
                    return new Open(s.id, s.user.username, s.user.role);
                }).orElse(null));
        if (open == null) {
            Sessions.clearCookies(routing);
            throw new AuthenticationFailedException("no open session for this cookie");
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(open.username()))
                .addRole(open.role()).addAttribute(Sessions.SESSION_ID, open.sessionId()).build();
    }
}
