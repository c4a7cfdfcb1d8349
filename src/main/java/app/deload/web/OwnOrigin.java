package app.deload.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Two guards that run ahead of authentication. Login CSRF: a sign-in posted from another site (its
 * {@code Origin}, or without one its {@code Referer}, names another origin) is refused before any password is
 * checked, and the sign-in page says why. Forged Host: redirects that Quarkus or JAX-RS make absolute from the
 * request's Host header are sent as paths instead, so a forged Host never steers a browser elsewhere.
 */
@ApplicationScoped
public class OwnOrigin {

    public static final String SIGN_IN_PATH = "/j_security_check";
    /** The sign-in page's query value for a refused cross-site sign-in. */
    public static final String REFUSED = "cross-site";

    @Inject
    PublicUrl publicUrl;

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::guard);
    }

    void guard(RoutingContext context) {
        context.addHeadersEndHandler(v -> relativeLocation(context));
        if (context.request().method() == HttpMethod.POST && SIGN_IN_PATH.equals(context.normalizedPath())
                && !sameOrigin(context)) {
            context.response().setStatusCode(303).putHeader(HttpHeaderNames.LOCATION, "/login?refused=" + REFUSED)
                    .end();
            return;
        }
        context.next();
    }

    /** True without Origin and Referer (older clients, scripts); otherwise the one present must be ours. */
    boolean sameOrigin(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaderNames.ORIGIN);
        if (header == null) {
            String referer = context.request().getHeader(HttpHeaderNames.REFERER);
            if (referer == null) {
                return true;
            }
            header = originOf(referer).orElse("null");
        }
        String origin = header;
        Optional<String> own = publicUrl.configuredOrigin();
        if (own.isPresent()) {
            return normalized(origin).equals(normalized(own.get()));
        }
        // No public URL: the request's own host, whatever the scheme (a TLS-terminating proxy hides it).
        String authority = context.request().getHeader(HttpHeaderNames.HOST);
        return authority != null && authorityOf(origin).map(a -> a.equals(normalizedAuthority(authority, origin)))
                .orElse(false);
    }

    /** Deload only ever redirects to itself, so every absolute Location loses its (Host-derived) origin. */
    static void relativeLocation(RoutingContext context) {
        String location = context.response().headers().get(HttpHeaderNames.LOCATION);
        if (location == null || !(location.startsWith("http://") || location.startsWith("https://"))) {
            return;
        }
        try {
            URI uri = URI.create(location);
            String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            // "//host/…" would be a protocol-relative URL: keep one slash.
            context.response().headers().set(HttpHeaderNames.LOCATION, path.replaceFirst("^/+", "/"));
        } catch (IllegalArgumentException e) {
            context.response().headers().set(HttpHeaderNames.LOCATION, "/");
        }
    }

    static Optional<String> originOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return Optional.empty();
            }
            return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Scheme and host in lower case, the scheme's default port left out. */
    static String normalized(String origin) {
        return originOf(origin).map(o -> {
            URI uri = URI.create(o);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme + "://" + normalizedAuthority(uri.getRawAuthority(), o);
        }).orElse("null");
    }

    private static Optional<String> authorityOf(String origin) {
        return originOf(origin).map(o -> normalizedAuthority(URI.create(o).getRawAuthority(), o));
    }

    private static String normalizedAuthority(String authority, String origin) {
        String lower = authority.toLowerCase(Locale.ROOT);
        String defaultPort = origin.toLowerCase(Locale.ROOT).startsWith("https:") ? ":443" : ":80";
        return lower.endsWith(defaultPort) ? lower.substring(0, lower.length() - defaultPort.length()) : lower;
    }
}
