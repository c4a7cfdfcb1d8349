package app.deload.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The address users reach Deload at ({@code DELOAD_PUBLIC_URL}), for links that leave the app (invitations) and
 * for telling a same-site sign-in from a cross-site one. Never taken from a request's Host header, which the
 * client chooses. Without it, links use the configured listen address and port, which suits a trial on one
 * machine; a malformed value stops the start.
 */
@ApplicationScoped
@Startup
public class PublicUrl {

    @ConfigProperty(name = "deload.public-url")
    Optional<String> configured;

    @ConfigProperty(name = "quarkus.http.host")
    String host;

    @ConfigProperty(name = "quarkus.http.port")
    int port;

    private Optional<String> origin = Optional.empty();

    @PostConstruct
    void check() {
        origin = configured.map(String::strip).filter(s -> !s.isEmpty()).map(PublicUrl::origin);
    }

    void started(@Observes HttpServerStart start) {
        port = start.options().getPort();
    }

    /** The configured public origin ({@code scheme://host[:port]}, no trailing slash), if any. */
    public Optional<String> configuredOrigin() {
        return origin;
    }

    /** An absolute link to a path of the app, e.g. {@code /invite/…}. */
    public String link(String path) {
        return origin.orElseGet(() -> "http://" + localHost() + ":" + actualPort()) + path;
    }

    /** A random port (0, as the tests use) is known only once bound; Quarkus publishes it as a system property. */
    private int actualPort() {
        return port != 0 ? port : Integer.getInteger("quarkus.http.test-port", Integer.getInteger("quarkus.http.port", 0));
    }

    private String localHost() {
        return "0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
    }

    /** Checks a public URL and reduces it to its origin; refuses anything but http(s)://host[:port][/]. */
    static String origin(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
            throw refused(url);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static IllegalStateException refused(String url) {
        return new IllegalStateException("DELOAD_PUBLIC_URL (deload.public-url) must be the address users open, "
                + "like https://deload.example.org or http://192.168.1.20:8080, without a path; got '" + url + "'");
    }
}
