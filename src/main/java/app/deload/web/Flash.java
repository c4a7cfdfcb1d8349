package app.deload.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;

/**
 * One-shot message shown on the page after a redirect. Carries fixed wording only ("Team saved"),
 * never health data, because it travels in a cookie.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "deload-flash";

    @Inject
    CurrentVertxRequest request;

    private String message;
    private boolean read;

    public static NewCookie cookie(String message) {
        return new NewCookie.Builder(COOKIE).value(URLEncoder.encode(message, StandardCharsets.UTF_8)).path("/")
                .maxAge(60).httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** The pending message, consumed by the page that shows it. */
    public String getMessage() {
        if (!read) {
            read = true;
            var context = request.getCurrent();
            Cookie cookie = context == null ? null : context.request().getCookie(COOKIE);
            if (cookie != null) {
                message = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                context.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT));
            }
        }
        return message;
    }
}
