package app.deload.api;

import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.deload.web.ErrorPages.Problem;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@code Authorization: Bearer <token>} for the JSON API, and only there: pages keep the form login, and
 * {@code quarkus.http.auth.permission.api.auth-mechanism=bearer} makes this the only mechanism under /api/,
 * so the session cookie never authenticates an API call (which is what keeps the API out of reach of CSRF).
 * A refused or missing token is answered with a 401 problem document instead of the login redirect.
 */
@ApplicationScoped
public class BearerTokenAuthentication implements HttpAuthenticationMechanism {

    static final String SCHEME = "bearer";
    static final String API_PATH_PREFIX = "/api/";
    private static final String CHALLENGE = "Bearer realm=\"deload\"";

    @Inject
    ObjectMapper json;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (!isApi(context)) {
            return Uni.createFrom().nullItem();
        }
        String header = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        String token = bearerToken(header);
        if (token == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("malformed Authorization header"));
        }
        var request = HttpSecurityUtils.setRoutingContextAttribute(new ApiTokenRequest(token), context);
        return identities.authenticate(request);
    }

    /** The token of a well-formed {@code Bearer} header (the scheme is case-insensitive), otherwise null. */
    static String bearerToken(String header) {
        int space = header.indexOf(' ');
        if (space <= 0 || !header.substring(0, space).equalsIgnoreCase(SCHEME)) {
            return null;
        }
        String token = header.substring(space + 1).strip();
        return token.isEmpty() || token.contains(" ") ? null : token;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!isApi(context)) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaderNames.WWW_AUTHENTICATE, CHALLENGE));
    }

    /** Under /api/ the challenge is a problem document; elsewhere the form login sends its redirect. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!isApi(context)) {
            return Uni.createFrom().item(false);
        }
        String path = context.normalizedPath();
        Problem problem = Problem.of(401,
                "Send a personal API token as 'Authorization: Bearer <token>'. The token is missing, malformed, "
                        + "expired or revoked, or its account is deactivated.", path);
        try {
            context.response().setStatusCode(401).putHeader(HttpHeaderNames.WWW_AUTHENTICATE, CHALLENGE)
                    .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serializes", e);
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiTokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }

    private static boolean isApi(RoutingContext context) {
        return context.normalizedPath().startsWith(API_PATH_PREFIX);
    }
}
