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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** An athlete's week for the athlete themself, their team's coaches and admins. */
@Path("/api/v1/athletes/{athleteId}/week")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.COACH, Role.ADMIN, Role.ATHLETE })
@Tag(name = "Week templates")
public class AthleteWeekApi {

    static final String WEEK = "Any day of the week to show, YYYY-MM-DD; this week when left out.";
    static final String BAD_WEEK = "'week' not a date as YYYY-MM-DD, or before 2000-01-01 or more than two years "
            + "ahead.";

    @Inject
    Access access;

    @Inject
    AthleteWeeks weeks;

    @GET
    @Operation(summary = "An athlete's week", description = "Monday to Sunday: each day's kind (training, rest, "
            + "active recovery), the athlete's sessions with team-local times, planned minutes and RPE, the plan "
            + "week's kind and reason, the active-recovery heart-rate band and the coach's decisions for today. For "
            + "the athlete, their team's coaches and admins.")
    @APIResponse(responseCode = "200", description = "The week.", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = AthleteWeekDto.class)))
    @APIResponse(responseCode = "400", description = BAD_WEEK,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = TeamTemplateApi.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = AthleteTemplateApi.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AthleteWeekDto week(@Parameter(description = "The athlete's id.") @RestPath long athleteId,
            @Parameter(description = WEEK) @RestQuery String week) {
        Athlete athlete = access.athlete(athleteId);
        return AthleteWeekDto.of(weeks.of(athlete, AthleteWeekResource.day(athlete, week), false));
    }
}
