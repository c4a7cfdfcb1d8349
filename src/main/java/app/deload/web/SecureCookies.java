package app.deload.web;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Marks every cookie Deload sets (session, CSRF, flash) as Secure in production, whichever component set it.
 * Done just before the headers are written because the session cookie's own Secure flag follows the
 * connection, which a TLS-terminating proxy hides.
 */
@ApplicationScoped
public class SecureCookies {

    @ConfigProperty(name = "deload.secure-cookies")
    boolean secure;

    /** Registered ahead of the authentication handlers, so the sign-in redirect is covered too. */
    void register(@Observes Router router) {
        if (secure) {
            router.route().order(Integer.MIN_VALUE).handler(SecureCookies::markSecure);
        }
    }

    static void markSecure(RoutingContext context) {
        context.addHeadersEndHandler(v -> {
            for (Cookie cookie : context.request().cookies()) {
                if (cookie instanceof ServerCookie set && set.isChanged()) {
                    cookie.setSecure(true);
                }
            }
        });
        context.next();
    }
}
