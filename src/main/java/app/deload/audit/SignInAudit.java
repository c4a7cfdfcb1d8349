package app.deload.audit;

import app.deload.account.User;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Audits sign-ins through the login form from Quarkus' security events: each success, and each refusal (wrong
 * password, unknown or deactivated username, locked username alike) with the username as typed. The events
 * arrive on the I/O thread, so the record is written on a worker.
 */
@ApplicationScoped
public class SignInAudit {

    static final String LOGIN_PATH = "/j_security_check";

    @Inject
    AuditLog auditLog;

    void signedIn(@Observes FormAuthenticationEvent event) {
        String username = event.getSecurityIdentity().getPrincipal().getName();
        String requestId = requestId(event.getEventProperties().values());
        write(username, AuditLog.SIGN_IN, requestId);
    }

    void refused(@Observes AuthenticationFailureEvent event) {
        RoutingContext context = routingContext(event.getEventProperties().values());
        if (context == null || !LOGIN_PATH.equals(context.normalizedPath())) {
            return;
        }
        String typed = context.request().getFormAttribute("j_username");
        String username = typed == null || typed.isBlank() ? "(none)" : User.normalize(typed);
        write(username, AuditLog.SIGN_IN_FAILED, context.response().headers().get("X-Request-Id"));
    }

    private void write(String username, String action, String requestId) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            if (requestId != null) {
                org.jboss.logging.MDC.put("requestId", requestId);
            }
            try {
                auditLog.recordAlone(username, action, "user " + username, null, null);
            } finally {
                org.jboss.logging.MDC.remove("requestId");
            }
        });
    }

    private static String requestId(Iterable<Object> properties) {
        RoutingContext context = routingContext(properties);
        return context == null ? null : context.response().headers().get("X-Request-Id");
    }

    private static RoutingContext routingContext(Iterable<Object> properties) {
        for (Object value : properties) {
            if (value instanceof RoutingContext context) {
                return context;
            }
        }
        return null;
    }
}
