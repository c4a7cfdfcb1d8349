package app.deload.microcycle;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.web.ErrorPages.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The calling athlete's own week. */
@Path("/api/v1/me/week")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ATHLETE)
@Tag(name = "Week templates")
public class MyWeekApi {

    @Inject
    Access access;

    @Inject
    AthleteWeeks weeks;

    @GET
    @Operation(summary = "My week", description = "The calling athlete's week, as GET /api/v1/athletes/{athleteId}"
            + "/week. Athletes only.")
    @APIResponse(responseCode = "200", description = "The week.", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = AthleteWeekDto.class)))
    @APIResponse(responseCode = "400", description = AthleteWeekApi.BAD_WEEK,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = TeamTemplateApi.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token is not an athlete's.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AthleteWeekDto week(@Parameter(description = AthleteWeekApi.WEEK) @RestQuery String week) {
        Athlete athlete = access.self();
        return AthleteWeekDto.of(weeks.of(athlete, AthleteWeekResource.day(athlete, week), true));
    }
}
