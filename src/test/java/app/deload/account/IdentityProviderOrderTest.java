package app.deload.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Quarkus asks only the highest-priority provider for a password sign-in and breaks ties arbitrarily, so the
 * throttling provider must outrank the generated Security JPA provider strictly, or the lock works in some
 * runs only.
 */
@QuarkusTest
class IdentityProviderOrderTest {

    @Inject
    Instance<IdentityProvider<?>> providers;

    @Test
    void theThrottlingProviderAloneHasTheHighestPriorityForPasswords() {
        List<IdentityProvider<?>> forPasswords = providers.stream()
                .filter(p -> p.getRequestType() == UsernamePasswordAuthenticationRequest.class)
                .sorted(Comparator.comparingInt((IdentityProvider<?> p) -> p.priority()).reversed()).toList();

        int top = forPasswords.get(0).priority();
        List<IdentityProvider<?>> atTop = forPasswords.stream().filter(p -> p.priority() == top).toList();
        assertEquals(1, atTop.size(), "providers sharing the top priority " + top + ": " + atTop);
        assertInstanceOf(ThrottlingIdentityProvider.class, atTop.get(0));
    }

    /** Page requests after sign-in: only the session check may restore them, never Security JPA's own provider. */
    @Test
    void theSessionProviderAloneHasTheHighestPriorityForSignedInRequests() {
        List<IdentityProvider<?>> forCookies = providers.stream()
                .filter(p -> p.getRequestType() == TrustedAuthenticationRequest.class)
                .sorted(Comparator.comparingInt((IdentityProvider<?> p) -> p.priority()).reversed()).toList();

        int top = forCookies.get(0).priority();
        List<IdentityProvider<?>> atTop = forCookies.stream().filter(p -> p.priority() == top).toList();
        assertEquals(1, atTop.size(), "providers sharing the top priority " + top + ": " + atTop);
        assertInstanceOf(SessionIdentityProvider.class, atTop.get(0));
    }
}
