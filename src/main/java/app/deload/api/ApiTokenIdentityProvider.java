package app.deload.api;

import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns an API token into the identity of its owner, with the owner's role, so {@code @RolesAllowed} and
 * {@code Access} treat API calls exactly like page requests. Every request asks the database, so revoking a
 * token or deactivating its user takes effect at once on every instance.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenRequest> {

    /** Lets code that cares tell an API call from a page request, and which token made it. */
    public static final String TOKEN_ID_ATTRIBUTE = "deload.api-token-id";

    @Override
    public Class<ApiTokenRequest> getRequestType() {
        return ApiTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Instant now = Instant.now();
            ApiToken.Bearer bearer = QuarkusTransaction.requiringNew()
                    .call(() -> ApiToken.authenticate(request.token(), now).orElse(null));
            if (bearer == null) {
                throw new AuthenticationFailedException("unknown, revoked or expired API token");
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(bearer.username()))
                    .addRole(bearer.role()).addAttribute(TOKEN_ID_ATTRIBUTE, bearer.tokenId()).build();
        });
    }
}
