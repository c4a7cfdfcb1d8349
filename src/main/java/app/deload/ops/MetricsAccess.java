package app.deload.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import app.deload.account.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may read /q/metrics: a signed-in admin, or a scraper sending {@code Authorization: Bearer} with the token
 * from {@code DELOAD_METRICS_TOKEN}. Nobody else, and no token works while the variable is unset. The metrics
 * hold no health data, but route timings and counts still describe the club's activity.
 */
@ApplicationScoped
public class MetricsAccess implements HttpSecurityPolicy {

    /** Shorter tokens are ignored (a guessable token would be as good as none). */
    static final int MIN_TOKEN_LENGTH = 24;

    @ConfigProperty(name = "deload.metrics.token")
    Optional<String> token;

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        if (scraperToken(request.request().getHeader("Authorization"))) {
            return Uni.createFrom().item(CheckResult.PERMIT);
        }
        return identity.map(caller -> !caller.isAnonymous() && caller.hasRole(Role.ADMIN)
                ? CheckResult.PERMIT : CheckResult.DENY);
    }

    private boolean scraperToken(String header) {
        String expected = token.map(String::strip).filter(t -> t.length() >= MIN_TOKEN_LENGTH).orElse(null);
        if (expected == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                header.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }
}
