package app.deload.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

/**
 * Audits what pages and the API did, by route, after the route answered successfully (2xx or 3xx; a refused
 * form or a 404 changed nothing): every write under /admin/, threshold changes, exports, confirmed imports and
 * any write to a plan. The record names the route and its ids (e.g. "POST /admin/users/{id} id=12"), never the
 * submitted values.
 */
public class AuditedRoutes {

    /** Route templates and the action they are recorded as, besides every write under /admin/. */
    static final Map<String, String> ACTIONS = Map.of(
            "POST /teams/{teamId}/thresholds", AuditLog.THRESHOLDS_CHANGED,
            "GET /teams/{teamId}/export/sessions.csv", AuditLog.EXPORT,
            "GET /teams/{teamId}/export/wellness.csv", AuditLog.EXPORT,
            "GET /athletes/{id}/metrics/csv", AuditLog.EXPORT,
            "GET /api/v1/athletes/{id}/metrics.csv", AuditLog.EXPORT,
            "POST /teams/{teamId}/import/{importId}/confirm", AuditLog.IMPORT);

    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    AuditLog auditLog;

    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public void audit(ContainerRequestContext request, ContainerResponseContext response,
            ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null || response.getStatus() >= 400 || identity.isAnonymous()) {
            return;
        }
        String template = template(resource);
        String method = request.getMethod();
        actionFor(method, template).ifPresent(action -> {
            var params = request.getUriInfo().getPathParameters();
            StringBuilder subject = new StringBuilder(method).append(' ').append(template);
            params.forEach((name, values) -> subject.append(' ').append(name).append('=').append(values.get(0)));
            Long teamId = params.containsKey("teamId") ? parse(params.getFirst("teamId")) : null;
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            auditLog.recordAlone(identity.getPrincipal().getName(), action, subject.toString(), teamId,
                    query == null ? null : "query " + query);
        });
    }

    static Optional<String> actionFor(String method, String template) {
        String known = ACTIONS.get(method + " " + template);
        if (known != null) {
            return Optional.of(known);
        }
        if (!WRITES.contains(method)) {
            return Optional.empty();
        }
        if (template.startsWith("/admin/")) {
            return Optional.of(AuditLog.ADMIN);
        }
        if (template.contains("/plan")) {
            return Optional.of(AuditLog.PLAN_CHANGED);
        }
        return Optional.empty();
    }

    static String template(ResourceInfo resource) {
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Path method = resource.getResourceMethod().getAnnotation(Path.class);
        String joined = (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
        String normalized = joined.replaceAll("/+", "/");
        return normalized.length() > 1 && normalized.endsWith("/")
                ? normalized.substring(0, normalized.length() - 1) : normalized;
    }

    private static Long parse(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
