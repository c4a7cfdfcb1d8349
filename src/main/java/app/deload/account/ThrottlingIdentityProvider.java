package app.deload.account;

import java.time.Instant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.common.runtime.JpaIdentityProviderUtil;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

/**
 * Password sign-in with a per-username throttle. Runs before the generated Security JPA provider and
 * uses its password check, adding what it lacks: the lock after repeated failures and the active flag.
 */
@Singleton
public class ThrottlingIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /**
     * Compared against when the username is unknown, so both cases take one BCrypt check. Computed once with
     * {@code BcryptUtil.bcryptHash} at the cost users' hashes have (10), and kept as text so starting costs
     * no hashing; a test checks that it is a valid hash of that cost.
     */
    static final String UNKNOWN_USER_HASH = "$2a$10$5Erclle7liBTNHKW5oVpLeSxf8zUI6B9zYtIDJpqAHDvFEaFK64Fu";

    @Inject
    LoginPolicy policy;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /**
     * Strictly above the default priority, which the generated Security JPA provider keeps: with equal
     * priorities Quarkus picks either one, and when it picks the JPA provider the lock and the active flag
     * are silently skipped.
     */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> signIn(request));
    }

    private SecurityIdentity signIn(UsernamePasswordAuthenticationRequest request) {
        String username = request.getUsername();
        Instant now = Instant.now();
        if (QuarkusTransaction.requiringNew().call(() -> LoginThrottle.isLocked(username, now))) {
            LoginNotice.set(HttpSecurityUtils.getRoutingContextAttribute(request), LoginNotice.LOCKED);
            throw new AuthenticationFailedException("username is locked");
        }
        User user = QuarkusTransaction.requiringNew().call(() -> User.findActiveByUsername(username).orElse(null));
        String hash = user == null ? UNKNOWN_USER_HASH : user.passwordHash;
        try {
            var identity = JpaIdentityProviderUtil.checkPassword(JpaIdentityProviderUtil.getMcfPassword(hash), request);
            if (user == null) {
                throw new AuthenticationFailedException("unknown user");
            }
            QuarkusTransaction.requiringNew().run(() -> LoginThrottle.clear(username));
            JpaIdentityProviderUtil.addRoles(identity, user.role);
            return identity.build();
        } catch (AuthenticationFailedException failed) {
            boolean locked = QuarkusTransaction.requiringNew().call(
                    () -> LoginThrottle.recordFailure(username, now, policy.maxFailures(), policy.lockDuration()));
            if (locked) {
                LoginNotice.set(HttpSecurityUtils.getRoutingContextAttribute(request), LoginNotice.LOCKED);
            }
            throw failed;
        }
    }
}
