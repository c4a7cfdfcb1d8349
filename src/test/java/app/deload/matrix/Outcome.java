package app.deload.matrix;

import io.restassured.response.Response;

/** What a caller experienced, reduced to what authorization decides. */
enum Outcome {
    /** Sent to the login page (pages) or 401 (API). */
    SIGN_IN,
    /** 403: the role may not use the route. */
    FORBIDDEN,
    /** 404: the row belongs to someone else (or does not exist). */
    NOT_FOUND,
    /** 5xx: the route crashed; no rule expects it, so a route that fails for an allowed caller fails the matrix. */
    CRASHED,
    /** Anything else: the route did its work or answered the input (2xx, 3xx, 400, 409). */
    ALLOWED;

    static Outcome of(Response response, boolean api) {
        int status = response.statusCode();
        if (status >= 500) {
            return CRASHED;
        }
        String location = response.getHeader("Location");
        if (status == 401 || (!api && status == 302 && location != null && location.contains("/login"))) {
            return SIGN_IN;
        }
        if (status == 403) {
            return FORBIDDEN;
        }
        return status == 404 ? NOT_FOUND : ALLOWED;
    }

    static Outcome expected(RouteRule rule, Caller.Kind caller) {
        if (rule.rule() == Rule.PUBLIC) {
            return ALLOWED;
        }
        if (caller == Caller.Kind.ANONYMOUS) {
            return SIGN_IN;
        }
        return switch (rule.rule()) {
            case PUBLIC, SIGNED_IN -> ALLOWED;
            case STAFF -> caller == Caller.Kind.ATHLETE ? FORBIDDEN : ALLOWED;
            case ADMIN -> caller == Caller.Kind.ADMIN ? ALLOWED : FORBIDDEN;
            case ATHLETE -> caller == Caller.Kind.ATHLETE ? ALLOWED : FORBIDDEN;
            case TEAM_STAFF -> switch (caller) {
                case ATHLETE -> FORBIDDEN;
                case OTHER_COACH -> NOT_FOUND;
                default -> ALLOWED;
            };
            case TEAM_STAFF_OR_SELF -> caller == Caller.Kind.OTHER_COACH ? NOT_FOUND : ALLOWED;
            case OWNER -> caller == Caller.Kind.ATHLETE ? ALLOWED : NOT_FOUND;
        };
    }

    /** A public route may answer 404 for a bogus token: only a demand to sign in or a 403 would be wrong. */
    boolean accepts(Outcome actual, Rule rule) {
        if (rule == Rule.PUBLIC) {
            return actual != SIGN_IN && actual != FORBIDDEN && actual != CRASHED;
        }
        return this == actual;
    }
}
