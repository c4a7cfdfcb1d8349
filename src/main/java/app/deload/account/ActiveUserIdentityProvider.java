package app.deload.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.jpa.common.runtime.JpaIdentityProviderUtil;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores the identity from the session cookie on each request. Unlike the generated provider it
 * refuses deactivated accounts, so deactivating a user ends their open sessions at once.
 */
@ApplicationScoped
public class ActiveUserIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String role = QuarkusTransaction.requiringNew()
                    .call(() -> User.findActiveByUsername(request.getPrincipal()).map(user -> user.role).orElse(null));
            if (role == null) {
                throw new AuthenticationFailedException("account missing or deactivated");
            }
            var identity = JpaIdentityProviderUtil.trusted(request);
            JpaIdentityProviderUtil.addRoles(identity, role);
            return identity.build();
        });
    }
}
