package app.deload.decision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.planning.PlanRuleException;
import app.deload.team.Team;
import app.deload.web.ErrorPages.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Accepting and dismissing proposals in the JSON API, with the rules and authorization of the pages. */
@Path("/api/v1/proposals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.COACH, Role.ADMIN })
@Tag(name = "Proposals and today's decisions")
public class ProposalApi {

    static final String NOT_FOUND = "No such team or proposal, or not one the caller coaches.";
    static final String UNAUTHORIZED = "No API token, or one that is malformed, expired or revoked, or whose account "
            + "is deactivated.";

    @Inject
    Access access;

    @Inject
    Proposals proposals;

    @POST
    @Path("{id}/accept")
    @Transactional
    @Operation(summary = "Accept a proposal", description = "Brings the next deload forward to start tomorrow in "
            + "the team's zone: the plan is rewritten from that day, the dated deload recorded, and both logged in "
            + "the plan's history.")
    @APIResponse(responseCode = "200", description = "The accepted proposal, with 'deloadStart'.")
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already accepted or dismissed, or the team has no active plan "
            + "to rewrite.", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public ProposalDto accept(@Parameter(description = "The proposal's id.") @RestPath long id,
            @Context UriInfo uri) {
        Proposal proposal = managed(id);
        try {
            proposals.accept(proposal, access.user());
        } catch (Proposals.AlreadyDecided | PlanRuleException e) {
            throw new WebApplicationException(Problem.response(409, e.getMessage(), uri.getPath()));
        }
        return ProposalDto.of(Proposal.findWithTeam(id).orElseThrow());
    }

    @POST
    @Path("{id}/dismiss")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dismiss a proposal", description = "Needs a note saying why. A dismissed proposal is "
            + "raised again only when the athlete's level (or the team's share in alert) gets worse.")
    @APIResponse(responseCode = "200", description = "The dismissed proposal.")
    @APIResponse(responseCode = "400", description = "No note, or one longer than 1000 characters; 'errors.note' "
            + "says which.", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already accepted or dismissed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProposalDto dismiss(@Parameter(description = "The proposal's id.") @RestPath long id, DismissDto body,
            @Context UriInfo uri) {
        Proposal proposal = managed(id);
        String note = body == null ? null : body.note();
        String problem = Proposals.noteProblem(note);
        if (problem != null) {
            throw new BadRequestException(Problem.invalid(uri.getPath(), Map.of("note", problem)));
        }
        try {
            proposals.dismiss(proposal, note.strip(), access.user());
        } catch (Proposals.AlreadyDecided e) {
            throw new WebApplicationException(Problem.response(409, e.getMessage(), uri.getPath()));
        }
        return ProposalDto.of(Proposal.findWithTeam(id).orElseThrow());
    }

    private Proposal managed(long id) {
        Proposal proposal = Proposal.findWithTeam(id).orElseThrow(NotFoundException::new);
        if (!access.canManage(proposal.team)) {
            throw new NotFoundException();
        }
        return proposal;
    }
}
