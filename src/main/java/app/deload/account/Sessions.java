package app.deload.account;

import java.time.Instant;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Starts and ends a browser's session: the {@link UserSession} row and its cookie. Quarkus' own form cookie
 * ({@code quarkus-credential}) still names the user; it authenticates only together with an open session.
 */
@ApplicationScoped
public class Sessions {

    /** The identity attribute holding the id of the session a page request came with. */
    public static final String SESSION_ID = "deload.session-id";
    static final String CREDENTIAL_COOKIE = "quarkus-credential";
    /** The login form's "keep me signed in" checkbox. */
    static final String REMEMBER_FIELD = "remember";

    @Inject
    SessionPolicy policy;

    /** Starts a session for the user on the browser of this request. Runs inside a transaction. */
    public UserSession start(User user, boolean remembered, RoutingContext context, Instant now) {
        UserSession.Started started = UserSession.start(user, remembered, policy.lifetime(remembered),
                context.request().getHeader("User-Agent"), address(context), now);
        Cookie cookie = Cookie.cookie(UserSession.COOKIE, started.token()).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(context.request().isSSL());
        if (remembered) {
            cookie.setMaxAge(policy.rememberedLifetime().toSeconds());
        }
        context.response().addCookie(cookie);
        return started.session();
    }

    /** Removes both session cookies from the browser. */
    public static void clearCookies(RoutingContext context) {
        if (context == null || context.response().headWritten()) {
            return;
        }
        for (String name : new String[] { UserSession.COOKIE, CREDENTIAL_COOKIE }) {
            context.response().addCookie(Cookie.cookie(name, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT));
        }
    }

    /** The client's address (the forwarded one behind a trusted proxy, when forwarding is configured). */
    public static String address(RoutingContext context) {
        SocketAddress remote = context == null ? null : context.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }

    static boolean rememberRequested(RoutingContext context) {
        return context != null && context.request().getFormAttribute(REMEMBER_FIELD) != null;
    }
}
