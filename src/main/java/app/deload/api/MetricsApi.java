package app.deload.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.signals.MetricsCsv;
import app.deload.web.DateParameters;
import app.deload.signals.TeamMetrics;
import app.deload.web.ErrorPages.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * An athlete's monitoring metrics per day, as JSON or as the CSV the metrics page downloads, computed by the same
 * core with the team's thresholds. The CSV has its own path rather than content negotiation, so a spreadsheet
 * import or a browser link gets it without setting headers.
 */
@Path("/api/v1/athletes/{id}")
@RolesAllowed({ Role.ADMIN, Role.COACH, Role.ATHLETE })
@Tag(name = "Metrics")
public class MetricsApi {

    static final String CSV = "text/csv";

    @Inject
    Access access;

    @Inject
    TeamMetrics metrics;

    @GET
    @Path("metrics")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An athlete's metrics per day", description = "One object per team-local day from 'from' to "
            + "'to' (default the last 28 days, at most 366), oldest first: daily and weekly load, monotony and strain, "
            + "EWMA and rolling ratios, fitness/fatigue/form, wellness z-scores, sleep, HRV, resting heart rate, "
            + "latest performance results and the overreaching signal with its reasons. For the athlete, the team's "
            + "coaches and admins.")
    @APIResponse(responseCode = "200", description = "One entry per day of the range.")
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_RANGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DayMetricsDto> days(@Parameter(description = ApiDocs.ATHLETE_ID) @RestPath long id,
            @Parameter(description = ApiDocs.FROM) @RestQuery String from,
            @Parameter(description = ApiDocs.TO) @RestQuery String to, @Context UriInfo uri) {
        Athlete athlete = access.athlete(id);
        DateParameters.Range range = ApiRequests.range(from, to, athlete);
        return metrics.athleteBetween(athlete, range.from(), range.to()).stream().map(DayMetricsDto::of).toList();
    }

    @GET
    @Path("metrics.csv")
    @Produces(CSV)
    @Operation(summary = "An athlete's metrics per day as CSV", description = "The same days and values as the JSON, "
            + "one row per day, as the metrics page downloads it: a value column (empty when not available) and a "
            + "status column beside each computed value. Same range rules and callers as the JSON.")
    @APIResponse(responseCode = "200", description = "The CSV, with a header row.",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_RANGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response csv(@Parameter(description = ApiDocs.ATHLETE_ID) @RestPath long id,
            @Parameter(description = ApiDocs.FROM) @RestQuery String from,
            @Parameter(description = ApiDocs.TO) @RestQuery String to, @Context UriInfo uri) {
        Athlete athlete = access.athlete(id);
        DateParameters.Range range = ApiRequests.range(from, to, athlete);
        String body = MetricsCsv.write(metrics.athleteBetween(athlete, range.from(), range.to()));
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"deload-" + athlete.code + "-"
                + range.from() + "-" + range.to() + ".csv\"").build();
    }
}
