package app.deload.web;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** Post/redirect/get: a 303 to the page that shows the result, with a flash message. */
public final class Redirects {

    private Redirects() {
    }

    public static Response seeOther(String path, String flashMessage) {
        return Response.seeOther(URI.create(path)).cookie(Flash.cookie(flashMessage)).build();
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** The same form again with its errors: status 400, the submitted values kept by the template. */
    public static Response invalid(Object templateInstance) {
        return Response.status(Response.Status.BAD_REQUEST).entity(templateInstance).build();
    }
}
