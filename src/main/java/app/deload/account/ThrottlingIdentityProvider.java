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
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Password sign-in with limits per address and per username (see {@link LoginPolicy}). Runs before the generated
 * Security JPA provider and uses its password check, adding what it lacks: the limits, the active flag and the
 * server-side session that every later request must present.
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

    @Inject
    Sessions sessions;

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
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String username = request.getUsername();
        String address = Sessions.address(routing);
        Instant now = Instant.now();
        String refusal = QuarkusTransaction.requiringNew().call(() -> refusal(username, address, now));
        if (refusal != null) {
            LoginNotice.set(routing, refusal);
            throw new AuthenticationFailedException("sign-in refused: " + refusal);
        }
        User user = QuarkusTransaction.requiringNew().call(() -> User.findActiveByUsername(username).orElse(null));
        String hash = user == null ? UNKNOWN_USER_HASH : user.passwordHash;
        try {
            var identity = JpaIdentityProviderUtil.checkPassword(JpaIdentityProviderUtil.getMcfPassword(hash), request);
            if (user == null) {
                throw new AuthenticationFailedException("unknown user");
            }
            boolean remembered = Sessions.rememberRequested(routing);
            QuarkusTransaction.requiringNew().run(() -> {
                LoginThrottle.clear(username);
                if (routing != null) {
                    sessions.start(User.findById(user.id), remembered, routing, now);
                }
            });
            JpaIdentityProviderUtil.addRoles(identity, user.role);
            return identity.build();
        } catch (AuthenticationFailedException failed) {
            String notice = QuarkusTransaction.requiringNew().call(() -> recordFailure(username, address, now));
            if (notice != null) {
                LoginNotice.set(routing, notice);
            }
            throw failed;
        }
    }

    /**
     * Why this attempt is refused before its password is checked, as a {@link LoginNotice}, or null. The address
     * limits come first; a locked username still signs in from an address where it signed in before, as long as
     * that address has not itself failed as often as the lock allows.
     */
    private String refusal(String username, String address, Instant now) {
        Instant since = now.minus(policy.lockDuration());
        if (LoginFailure.countFrom(address, since) >= policy.addressMaxFailures()
                || LoginFailure.countUsernamesFrom(address, since) >= policy.addressMaxUsernames()) {
            return LoginNotice.ADDRESS;
        }
        if (!LoginThrottle.isLocked(username, now)) {
            return null;
        }
        boolean knownAddress = UserSession.signedInFrom(username, address, now.minus(policy.knownAddressPeriod()));
        if (knownAddress && LoginFailure.countFor(username, address, since) < policy.maxFailures()) {
            return null;
        }
        return LoginNotice.LOCKED;
    }

    /** Counts the failure for the username and the address; returns the notice when it reached a limit. */
    private String recordFailure(String username, String address, Instant now) {
        LoginFailure.record(username, address, now);
        boolean locked = LoginThrottle.recordFailure(username, now, policy.maxFailures(), policy.lockDuration());
        Instant since = now.minus(policy.lockDuration());
        if (LoginFailure.countFrom(address, since) >= policy.addressMaxFailures()
                || LoginFailure.countUsernamesFrom(address, since) >= policy.addressMaxUsernames()) {
            return LoginNotice.ADDRESS;
        }
        return locked ? LoginNotice.LOCKED : null;
    }
}
