package app.deload.web;

import java.net.URI;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * A page form whose CSRF token is refused (it expired with the cookie, the server restarted with another key, or
 * it was sent from another site) gets a page in the layout that says so and links back to the form, instead of
 * quarkus-rest-csrf's empty 400. That filter aborts with a bare 400; every other 400 of the pages has a body.
 */
public class ExpiredForms {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance expired(String backHref);
    }

    @ServerResponseFilter
    public void explainRefusedToken(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || !"POST".equals(request.getMethod())
                || request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        response.setEntity(Templates.expired(backHref(request.getHeaderString("Referer"),
                request.getUriInfo().getRequestUri())).render());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML + ";charset=UTF-8");
    }

    /** The page the form was on (the same-origin Referer), else the start page. */
    static String backHref(String referer, URI self) {
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                if (from.getRawPath() != null && from.getRawPath().startsWith("/") && from.getHost() != null
                        && from.getHost().equalsIgnoreCase(self.getHost()) && from.getPort() == self.getPort()) {
                    return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                return "/";
            }
        }
        return "/";
    }

    /** The refusal as a response, for a token the CSRF filter could not even decode. */
    static jakarta.ws.rs.core.Response page(String referer, URI self) {
        return jakarta.ws.rs.core.Response.status(400).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(Templates.expired(backHref(referer, self)).render()).build();
    }
}
