package app.deload.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Carries why a sign-in failed across the redirect to the login page. Holds a fixed word, never user data.
 */
public final class LoginNotice {

    public static final String COOKIE = "deload-login-notice";
    public static final String LOCKED = "locked";
    /** Too many failures (or too many usernames) from the caller's address. */
    public static final String ADDRESS = "address";

    private LoginNotice() {
    }

    static void set(RoutingContext context, String notice) {
        if (context != null) {
            context.response().addCookie(Cookie.cookie(COOKIE, notice).setPath("/login").setMaxAge(300)
                    .setHttpOnly(true).setSameSite(CookieSameSite.STRICT));
        }
    }
}
