package app.deload.api;

import java.time.LocalDate;

import app.deload.athlete.Athlete;
import app.deload.web.DateParameters;
import app.deload.web.ErrorPages.Problem;
import app.deload.web.FormErrors;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.UriInfo;

/** What every API resource checks in a request, refused as a 400 problem document. */
final class ApiRequests {

    /** The longest date range one call may ask for; a sync script pages through longer history. */
    static final int MAX_RANGE_DAYS = 366;
    static final int DEFAULT_RANGE_DAYS = 28;

    private ApiRequests() {
    }

    /**
     * The {@code from}/{@code to} query range in the athlete's team calendar: the last 28 days by default, at most
     * {@link #MAX_RANGE_DAYS} days, ending no later than tomorrow.
     */
    static DateParameters.Range range(String from, String to, Athlete athlete) {
        return DateParameters.range(from, to, LocalDate.now(athlete.team.zone()), DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS);
    }

    /** The JSON body, or a 400 problem when the request came without one. */
    static <T> T body(T body, UriInfo uri) {
        if (body == null) {
            throw new BadRequestException(Problem.response(400, "Send the values as a JSON object.",
                    uri.getPath()));
        }
        return body;
    }

    /** Refuses the request with every field problem found, if there is any. */
    static void refuseIfAny(FormErrors errors, UriInfo uri) {
        if (errors.any()) {
            throw new BadRequestException(Problem.invalid(uri.getPath(), errors.all()));
        }
    }
}
