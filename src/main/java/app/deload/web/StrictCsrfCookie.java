package app.deload.web;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives the CSRF cookie {@code SameSite=Strict}, like the session cookie (quarkus-rest-csrf has no setting for
 * it): a browser then never sends it with a request another site starts.
 */
@ApplicationScoped
public class StrictCsrfCookie {

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name")
    String name;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::markStrict);
    }

    void markStrict(RoutingContext context) {
        context.addHeadersEndHandler(v -> {
            for (Cookie cookie : context.request().cookies()) {
                if (cookie instanceof ServerCookie set && set.isChanged() && name.equals(cookie.getName())) {
                    cookie.setSameSite(CookieSameSite.STRICT);
                }
            }
        });
        context.next();
    }
}
