package app.deload.decision;

import java.time.LocalDate;
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
import app.deload.web.DateParameters;
import app.deload.web.ErrorPages.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

/** A team's proposals and today's decisions in the JSON API, with the rules and authorization of the pages. */
@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.COACH, Role.ADMIN })
@Tag(name = "Proposals and today's decisions")
public class TeamDecisionApi {

    @Inject
    Access access;

    @Inject
    Proposals proposals;

    @Inject
    TodayDecisions today;

    @GET
    @Path("{teamId}/proposals")
    @Operation(summary = "A team's proposals", description = "Evaluates today's signals first (raising what the "
            + "rules call for, idempotently), then lists every proposal of the team: pending first, then newest "
            + "first. Each carries the signals behind it as they were shown when raised.")
    @APIResponse(responseCode = "200", description = "The proposals.")
    @APIResponse(responseCode = "401", description = ProposalApi.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ProposalApi.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ProposalDto> proposals(@Parameter(description = "The team's id.") @RestPath long teamId) {
        Team team = access.team(teamId);
        proposals.raiseToday(team);
        return Proposal.listForTeam(team).stream().map(ProposalDto::of).toList();
    }

    @GET
    @Path("{teamId}/today")
    @Operation(summary = "Today's decisions", description = "One entry per athlete and session on the day (default "
            + "today in the team's zone): 'decision' is proceed, modify, rest or insufficient, with its reasons and the "
            + "active-recovery heart-rate band, and the coach's decision if one was taken.")
    @APIResponse(responseCode = "200", description = "The entries, by session start and athlete.")
    @APIResponse(responseCode = "400", description = "'date' is not an ISO date (YYYY-MM-DD), is after today or more "
            + "than two years back.", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ProposalApi.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ProposalApi.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TodayEntryDto> today(@Parameter(description = "The team's id.") @RestPath long teamId,
            @Parameter(description = "The day, ISO date in the team's calendar; default today.") @RestQuery String date,
            @Context UriInfo uri) {
        Team team = access.team(teamId);
        LocalDate todayLocal = LocalDate.now(team.zone());
        LocalDate day = DateParameters.day("date", date, todayLocal, todayLocal);
        if (day.isAfter(todayLocal) || day.isBefore(todayLocal.minusYears(2))) {
            throw new BadRequestException(Problem.invalid(uri.getPath(), Map.of("date",
                    "Send an ISO date (YYYY-MM-DD) from two years ago up to today, " + todayLocal + ".")));
        }
        return today.on(team, day).stream().map(TodayEntryDto::of).toList();
    }
}
