package app.deload.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
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

    /** A query date that is not one, or out of range: the same 400 on every page and API route. */
    @ServerExceptionMapper
    public Response invalidDate(DateParameters.InvalidDateParameter e, UriInfo uri) {
        return page(uri, 400, "Invalid date", e.getMessage());
    }

    /** A sort order or filter the page does not offer. */
    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryParameter e, UriInfo uri) {
        return page(uri, 400, "Invalid address", e.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 400 || e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        String title = status == 415 && !isApi(uri) ? "Unsupported form" : Problem.title(status);
        return page(uri, status, title, status == 400 ? "The request could not be read." : title + ".");
    }

    /** Bean Validation of a JSON body: a 400 problem naming each field (pages validate through FormErrors). */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        if (!isApi(uri)) {
            return page(uri, 400, "Bad request", "The request could not be read.");
        }
        return Problem.invalid(uri.getPath(), FormErrors.of(e.getConstraintViolations()).all());
    }

    /** A JSON body with a value of the wrong type names the field; broken JSON is a plain 400. */
    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null).reduce((first, second) -> second).orElse(null);
        if (!isApi(uri) || field == null) {
            return page(uri, 400, "Bad request", "The request body is not the JSON this endpoint expects.");
        }
        return Problem.invalid(uri.getPath(), Map.of(field, "This value has the wrong type."));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return page(uri, 400, "Bad request", "The request body is not valid JSON.");
    }

    /**
     * A form upload (multipart) that ends before its closing boundary or cannot be parsed is the client's broken
     * request, a 400; any other I/O failure stays unexpected.
     */
    @ServerExceptionMapper
    public Response unreadableUpload(IOException e, UriInfo uri, HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        if (type != null && "multipart".equals(type.getType())) {
            return page(uri, 400, "Bad request", "The upload was cut off or is not a valid form. Send it again.");
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedUpload(MultipartParser.MalformedMessageException e, UriInfo uri) {
        return page(uri, 400, "Bad request", "The upload was cut off or is not a valid form. Send it again.");
    }

    /**
     * A CSRF token that is not even valid Base64 makes the signed-token check throw instead of refusing; it is a
     * refused form like any other.
     */
    @ServerExceptionMapper
    public Response undecodableCsrfToken(IllegalArgumentException e, UriInfo uri, HttpHeaders headers) {
        boolean csrfCheck = java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("io.quarkus.csrf."));
        if (!csrfCheck || isApi(uri)) {
            return unexpected(e, uri);
        }
        return ExpiredForms.page(headers.getHeaderString("Referer"), uri.getRequestUri());
    }

    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return page(uri, 500, "Something went wrong", "The error has been logged. Nothing was half-saved.");
    }

    static Response page(UriInfo uri, int status, String title, String detail) {
        if (isApi(uri)) {
            return Problem.response(status, detail, uri.getPath());
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.error(status, title, detail))
                .build();
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    /**
     * RFC 7807 problem detail of type {@code about:blank}, so its title is the status's own phrase (section 4.2);
     * {@code detail} says what went wrong and {@code errors} names each rejected field with its message.
     */
    public record Problem(URI type, String title, int status, String detail, String instance,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> errors) {

        public static final String MEDIA_TYPE = "application/problem+json";

        public static Problem of(int status, String detail, String instance) {
            return new Problem(URI.create("about:blank"), title(status), status, detail, instance, Map.of());
        }

        public static Response response(int status, String detail, String instance) {
            return Response.status(status).type(MEDIA_TYPE).entity(of(status, detail, instance)).build();
        }

        /** The HTTP reason phrase, e.g. "Not Acceptable" for 406. */
        static String title(int status) {
            Response.StatusType known = Response.Status.fromStatusCode(status);
            if (known != null) {
                return known.getReasonPhrase();
            }
            return status < 500 ? "Client Error" : "Server Error";
        }

        /** 400 with the message for each field, the JSON counterpart of a form shown again with its errors. */
        public static Response invalid(String instance, Map<String, String> errors) {
            return Response.status(400).type(MEDIA_TYPE).entity(new Problem(URI.create("about:blank"),
                    title(400), 400, "Some fields are not valid; see errors.", instance, errors)).build();
        }
    }
}
