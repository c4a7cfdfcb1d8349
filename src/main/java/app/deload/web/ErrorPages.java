package app.deload.web;

import java.net.URI;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Error pages inside the layout for people, RFC 7807 problem JSON for the API under /api.
 * Another team's or athlete's URL answers 404, the same as one that does not exist.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return page(uri, 404, "Not found", "There is nothing here, or it is not yours to see.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return page(uri, 403, "Not allowed", "Your role does not give access to this page.");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400 || e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        String title = status == 405 ? "Method not allowed" : status == 415 ? "Unsupported form" : "Bad request";
        return page(uri, status, title, status == 400 ? "The request could not be read." : title + ".");
    }

    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return page(uri, 500, "Something went wrong", "The error has been logged. Nothing was half-saved.");
    }

    static Response page(UriInfo uri, int status, String title, String detail) {
        if (uri.getPath().startsWith("/api/")) {
            return Problem.response(status, title, detail, uri.getPath());
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.error(status, title, detail))
                .build();
    }

    /** RFC 7807 problem detail. */
    public record Problem(URI type, String title, int status, String detail, String instance) {
        public static Response response(int status, String title, String detail, String instance) {
            return Response.status(status).type("application/problem+json")
                    .entity(new Problem(URI.create("about:blank"), title, status, detail, instance)).build();
        }
    }
}
