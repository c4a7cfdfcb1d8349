package app.deload.microcycle;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.microcycle.MicrocycleDtos.TemplateDto;
import app.deload.microcycle.MicrocycleDtos.TemplateRequest;
import app.deload.planning.microcycle.WeekTemplate;
import app.deload.web.ErrorPages.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** An athlete's own week template (it replaces the team's for them), for their team's coaches and admins. */
@Path("/api/v1/athletes/{id}/template")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.COACH, Role.ADMIN })
@Tag(name = "Week templates")
public class AthleteTemplateApi {

    static final String NOT_FOUND = "No such athlete, or not one of the caller's teams.";

    @Inject
    Access access;

    @Inject
    TemplateStore store;

    @GET
    @Operation(summary = "The athlete's week template", description = "Their own template (source 'athlete'), else "
            + "the team's that applies to them (source 'team' or 'default').")
    @APIResponse(responseCode = "200", description = "The template.", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateDto.class)))
    @APIResponse(responseCode = "401", description = TeamTemplateApi.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TemplateDto get(@Parameter(description = "The athlete's id.") @RestPath long id) {
        return TemplateDto.of(store.forAthlete(access.managedAthlete(id)));
    }

    @jakarta.transaction.Transactional
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the athlete a template of their own", description = "The same body as the team's "
            + "template. From the next generation on, the athlete gets sessions of their own.")
    @APIResponse(responseCode = "200", description = "The stored template.", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateDto.class)))
    @APIResponse(responseCode = "400", description = "A value out of range or missing; 'errors' names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = TeamTemplateApi.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TemplateDto put(@Parameter(description = "The athlete's id.") @RestPath long id, TemplateRequest body,
            @Context UriInfo uri) {
        Athlete athlete = access.managedAthlete(id);
        TemplateInput input = TeamTemplateApi.parsed(body, uri);
        WeekTemplate template = TeamTemplateApi.valid(input, uri);
        store.save(athlete.team, athlete, template, input.hardDaysConfirmed());
        return TemplateDto.of(store.forAthlete(athlete));
    }

    @jakarta.transaction.Transactional
    @DELETE
    @Operation(summary = "Use the team's template again", description = "Removes the athlete's own template.")
    @APIResponse(responseCode = "204", description = "Removed (or there was none).")
    @APIResponse(responseCode = "401", description = TeamTemplateApi.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "The athlete's id.") @RestPath long id) {
        store.reset(access.managedAthlete(id));
        return Response.noContent().build();
    }
}
