package app.deload.api;

import java.util.Set;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The CSRF boundary between pages and the API. quarkus-rest-csrf checks the token of form posts; by default it
 * also refuses every other write, which would refuse the API's JSON. The API is out of CSRF's reach (only a
 * bearer token authenticates there, never the cookie), so {@code quarkus.rest-csrf.require-form-url-encoded}
 * is off and this filter keeps that refusal for everything outside /api/: a page write must be a form, whose
 * token is then checked.
 */
public class PageWritesAreForms {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter
    public Response refuseNonFormPageWrites(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())
                || request.getUriInfo().getPath().startsWith(BearerTokenAuthentication.API_PATH_PREFIX)
                || isForm(request.getMediaType())) {
            return null;
        }
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE)
                .entity("Pages take form posts only.").build();
    }

    /**
     * Exactly as the CSRF filter compares (type and subtype, case-sensitive): whatever passes here as a form
     * must be what the CSRF filter then checks as a form, so no wildcard or odd spelling slips between them.
     */
    private static boolean isForm(MediaType type) {
        return type != null && (sameType(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || sameType(type, MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static boolean sameType(MediaType type, MediaType form) {
        return form.getType().equals(type.getType()) && form.getSubtype().equals(type.getSubtype());
    }
}
