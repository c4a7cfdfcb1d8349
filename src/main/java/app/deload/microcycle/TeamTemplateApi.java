package app.deload.microcycle;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.microcycle.MicrocycleDtos.TemplateDto;
import app.deload.microcycle.MicrocycleDtos.TemplateRequest;
import app.deload.planning.microcycle.WeekTemplate;
import app.deload.team.Team;
import app.deload.web.ErrorPages.Problem;
import app.deload.web.FormErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The team's week template over the JSON API, for the team's coaches and admins. */
@Path("/api/v1/teams/{teamId}/template")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.COACH, Role.ADMIN })
@Tag(name = "Week templates")
public class TeamTemplateApi {

    static final String UNAUTHORIZED = "No API token, or one that is malformed, expired or revoked, or whose account "
            + "is deactivated.";

    @Inject
    Access access;

    @Inject
    TemplateStore store;

    @GET
    @Operation(summary = "The team's week template", description = "The stored template, else the team sport's "
            + "default (source 'default'), with the week checks.")
    @APIResponse(responseCode = "200", description = "The template.", content = @Content(mediaType =
            MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateDto.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such team, or not one the caller coaches.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TemplateDto get(@Parameter(description = "The team's id.") @RestPath long teamId) {
        return TemplateDto.of(store.forTeam(access.team(teamId)));
    }

    @jakarta.transaction.Transactional
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the team's week template", description = "Seven days, each rest, training (its "
            + "sessions) or active recovery (20–40 min, RPE 1–3). Hard days (RPE 7 or more) in a row need "
            + "hardDaysConfirmed. Generated sessions change only when the plan is generated again.")
    @APIResponse(responseCode = "200", description = "The stored template with its checks.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateDto.class)))
    @APIResponse(responseCode = "400", description = "A value out of range or missing; 'errors' names each field, "
            + "e.g. 'tuesday.sessions[0].rpe', 'share' (the shares' sum) or 'hardDaysConfirmed'.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such team, or not one the caller coaches.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TemplateDto put(@Parameter(description = "The team's id.") @RestPath long teamId, TemplateRequest body,
            @Context UriInfo uri) {
        Team team = access.team(teamId);
        TemplateInput input = parsed(body, uri);
        WeekTemplate template = valid(input, uri);
        store.save(team, null, template, input.hardDaysConfirmed());
        return TemplateDto.of(store.forTeam(team));
    }

    static TemplateInput parsed(TemplateRequest body, UriInfo uri) {
        if (body == null) {
            throw new BadRequestException(Problem.response(400, "Send the template as a JSON object.",
                    uri.getPath()));
        }
        return body.input();
    }

    static WeekTemplate valid(TemplateInput input, UriInfo uri) {
        FormErrors errors = FormErrors.none();
        Optional<WeekTemplate> template = TemplateRules.parse(input, errors);
        if (template.isEmpty()) {
            throw new BadRequestException(Problem.invalid(uri.getPath(), errors.all()));
        }
        return template.get();
    }
}
