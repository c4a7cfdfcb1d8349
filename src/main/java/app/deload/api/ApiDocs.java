package app.deload.api;

/** Wording the OpenAPI annotations of the API resources share. */
final class ApiDocs {

    static final String UNAUTHORIZED = "No API token, or one that is malformed, expired or revoked, or whose account "
            + "is deactivated.";
    static final String NOT_FOUND = "No such athlete, or not one the caller may see: a coach sees only their teams' "
            + "athletes, an athlete only themself.";
    static final String BAD_RANGE = "'from' or 'to' is not an ISO date, 'from' is after 'to', the range is longer than "
            + "366 days or ends after tomorrow.";
    static final String FROM = "First day, ISO date in the team's calendar; default 27 days before 'to'.";
    static final String TO = "Last day, ISO date in the team's calendar, at the latest tomorrow; default today.";
    static final String ATHLETE_ID = "The athlete's id.";

    private ApiDocs() {
    }
}
