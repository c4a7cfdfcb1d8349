package app.deload.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.SecurityIdentity;

/** The username behind a change; "system" for start-up jobs and the demo generator. */
public final class CurrentActor {

    public static final String SYSTEM = "system";

    private CurrentActor() {
    }

    public static String username() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return SYSTEM;
        }
        try (InstanceHandle<SecurityIdentity> identity = container.instance(SecurityIdentity.class)) {
            if (!identity.isAvailable() || identity.get().isAnonymous()) {
                return SYSTEM;
            }
            return identity.get().getPrincipal().getName();
        }
    }
}
