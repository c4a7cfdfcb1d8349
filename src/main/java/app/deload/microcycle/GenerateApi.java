package app.deload.microcycle;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.microcycle.MicrocycleDtos.GenerationDto;
import app.deload.microcycle.MicrocycleDtos.UndoDto;
import app.deload.planning.PlanRuleException;
import app.deload.team.Team;
import app.deload.web.ErrorPages.Problem;
import app.deload.web.FormErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Generating planned sessions from the plan and the week templates, and undoing the last generation. */
@Path("/api/v1/teams/{teamId}/plan/generate")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.COACH, Role.ADMIN })
@Tag(name = "Week templates")
public class GenerateApi {

    @Inject
    Access access;

    @Inject
    SessionGenerator generator;

    @jakarta.transaction.Transactional
    @POST
    @Operation(summary = "Preview or generate planned sessions", description = "Splits each plan week's planned "
            + "load over the week template's sessions (deload and taper weeks keep every RPE and cut minutes; an "
            + "event day becomes a match). preview=true (the default) only computes; preview=false creates ordinary "
            + "planned sessions in one step. Days with a session entered or edited by hand, or rated, are left as "
            + "they are ('kept').")
    @APIResponse(responseCode = "200", description = "The preview: per group (the team, athletes with their own "
            + "template or plan) and week, planned against generated load, the checks and the sessions per day.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GenerationDto.class)))
    @APIResponse(responseCode = "201", description = "Generated; generationId names the generation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GenerationDto.class)))
    @APIResponse(responseCode = "400", description = "'from' or 'to' not an ISO date, 'from' today or earlier, "
            + "'to' before 'from', or more than 12 weeks; or 'preview' not true/false.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = TeamTemplateApi.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such team, or not one the caller coaches.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The team has no active plan.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response generate(@Parameter(description = "The team's id.") @RestPath long teamId,
            @Parameter(description = "First day, ISO date after today; default next Monday.") @RestQuery String from,
            @Parameter(description = "Last day; default four weeks from 'from'.") @RestQuery String to,
            @Parameter(description = "true (default): compute only; false: generate.") @RestQuery String preview,
            @Context UriInfo uri) {
        Team team = access.team(teamId);
        FormErrors errors = FormErrors.none();
        boolean previewOnly = preview == null || preview.isBlank() || preview.trim().equalsIgnoreCase("true");
        if (!previewOnly && !preview.trim().equalsIgnoreCase("false")) {
            errors.add("preview", "Send preview=true or preview=false.");
        }
        Optional<GenerationRange> range = GenerationRange.parse(from, to, LocalDate.now(team.zone()), errors);
        if (range.isEmpty() || errors.any()) {
            throw new BadRequestException(Problem.invalid(uri.getPath(), errors.all()));
        }
        try {
            if (previewOnly) {
                return Response.ok(GenerationDto.of(generator.preview(team, range.get()), null)).build();
            }
            SessionGeneration generation = generator.generate(team, range.get(), access.user().username);
            GenerationDto dto = GenerationDto.of(generator.preview(team, range.get()), generation.id);
            return Response.created(URI.create("/api/v1/teams/" + team.id + "/plan")).entity(new GenerationDto(
                    generation.id, false, dto.from(), dto.to(), generation.createdSessions,
                    generation.updatedSessions, generation.deletedSessions, generation.keptDays, dto.groups()))
                    .build();
        } catch (PlanRuleException e) {
            throw new ClientErrorException(Problem.response(409, TemplateInput.capitalised(e.getMessage()) + ".",
                    uri.getPath()));
        }
    }

    @jakarta.transaction.Transactional
    @POST
    @Path("undo")
    @Operation(summary = "Undo the last generation", description = "In one step: the sessions it created are "
            + "deleted, the ones it rewrote get their earlier values back, the ones it deleted are planned again; "
            + "sessions edited by hand or rated since are kept ('kept' says which).")
    @APIResponse(responseCode = "200", description = "What was undone.", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = UndoDto.class)))
    @APIResponse(responseCode = "401", description = TeamTemplateApi.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such team, or not one the caller coaches.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Nothing to undo.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UndoDto undo(@Parameter(description = "The team's id.") @RestPath long teamId, @Context UriInfo uri) {
        Team team = access.team(teamId);
        try {
            return UndoDto.of(generator.undo(team, null, access.user().username));
        } catch (PlanRuleException e) {
            throw new ClientErrorException(Problem.response(409, TemplateInput.capitalised(e.getMessage()) + ".",
                    uri.getPath()));
        }
    }
}
