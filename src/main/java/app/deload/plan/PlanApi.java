package app.deload.plan;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.plan.PlanApiDtos.EventDto;
import app.deload.plan.PlanApiDtos.EventRequest;
import app.deload.plan.PlanApiDtos.PlanDto;
import app.deload.plan.PlanApiDtos.PlanRequest;
import app.deload.plan.PlanApiDtos.PlanWeeksDto;
import app.deload.plan.PlanApiDtos.PlannedWeekDto;
import app.deload.plan.PlanApiDtos.WeekDto;
import app.deload.planning.PlanEvent;
import app.deload.planning.PlanLayout;
import app.deload.planning.PlanParameters;
import app.deload.planning.PlanRuleException;
import app.deload.team.Team;
import app.deload.web.DateParameters;
import app.deload.web.ErrorPages.Problem;
import app.deload.web.FormErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A team's plan over the JSON API, with the plan page's rules and authorization (coaches of the team, admins). */
@Path("/api/v1/teams/{teamId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.COACH, Role.ADMIN })
@Tag(name = "Plans")
public class PlanApi {

    static final String TEAM_NOT_FOUND = "No such team, or not one the caller coaches.";
    static final String UNAUTHORIZED = "No API token, or one that is malformed, expired or revoked, or whose account "
            + "is deactivated.";

    @Inject
    Access access;

    @Inject
    PlanningService planning;

    @Inject
    PlanReports reports;

    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Create the team's plan", description = "Lays out the weeks from the parameters "
            + "(staircase loading weeks, deload = (1 − r) × the mesocycle's mean loading week). Refused with 409 while "
            + "the team has an active plan: end it on the plan page first.")
    @APIResponse(responseCode = "201", description = "The plan with its weeks; Location is the plan's weeks.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDto.class)))
    @APIResponse(responseCode = "400", description = "A parameter out of range or missing; 'errors' names each "
            + "field (start, weeks, pattern, firstWeekLoad, progressionPercent, deloadReduction, taperReduction).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = TEAM_NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The team already has an active plan.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createPlan(@Parameter(description = "The team's id.") @RestPath long teamId, PlanRequest body,
            @Context UriInfo uri) {
        Team team = access.team(teamId);
        requireBody(body, uri);
        FormErrors errors = FormErrors.none();
        Optional<PlanParameters> parameters = body.form().parse(LocalDate.now(team.zone()), null, errors);
        if (parameters.isEmpty()) {
            throw new BadRequestException(Problem.invalid(uri.getPath(), errors.all()));
        }
        TrainingPlan plan;
        try {
            plan = planning.create(team, null, parameters.get());
        } catch (PlanRuleException e) {
            throw new ClientErrorException(Problem.response(409, PlanForm.capitalised(
                    e.getMessage()), uri.getPath()));
        }
        PlanLayout layout = planning.layoutFor(team).orElseThrow();
        PlanDto dto = new PlanDto(plan.id, plan.startDate.toString(), plan.lastDay().toString(), plan.weeks,
                plan.pattern, plan.firstWeekLoad, plan.progressionPercent, plan.deloadReduction, plan.taperReduction,
                layout.weeks().stream().map(PlannedWeekDto::of).toList());
        return Response.created(URI.create("/api/v1/teams/" + team.id + "/plan")).entity(dto).build();
    }

    @POST
    @Path("events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Add a priority event", description = "The active plan tapers the two weeks before the "
            + "event's week. The date must be today or later and inside the active plan.")
    @APIResponse(responseCode = "201", description = "The event.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventDto.class)))
    @APIResponse(responseCode = "400", description = "A date in the past, outside the plan or not an ISO date, no "
            + "active plan, or a missing name; 'errors' names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = TEAM_NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addEvent(@Parameter(description = "The team's id.") @RestPath long teamId, EventRequest body,
            @Context UriInfo uri) {
        Team team = access.team(teamId);
        requireBody(body, uri);
        FormErrors errors = FormErrors.none();
        Optional<PlanEvent> event = body.form().parse(LocalDate.now(team.zone()),
                TrainingPlan.findActiveForTeam(team).orElse(null), errors);
        if (event.isEmpty()) {
            throw new BadRequestException(Problem.invalid(uri.getPath(), errors.all()));
        }
        TeamEvent row = planning.addEvent(team, event.get());
        return Response.created(URI.create("/api/v1/teams/" + team.id + "/plan"))
                .entity(new EventDto(row.id, row.date.toString(), row.name, row.eventWeekLoad)).build();
    }

    @GET
    @Path("plan")
    @Operation(summary = "The active plan's weeks", description = "Each week of the team's active plan (and of the "
            + "plans it continues after edits) starting from 'from' to 'to': kind, planned load, the team's median "
            + "performed load and the projected form in % of fitness at the week's end (team median). Default: the "
            + "whole plan.")
    @APIResponse(responseCode = "200", description = "The weeks.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlanWeeksDto.class)))
    @APIResponse(responseCode = "400", description = "'from' or 'to' is not an ISO date, or 'from' is after 'to'.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = TEAM_NOT_FOUND + " Also when the team has no active plan.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PlanWeeksDto weeks(@Parameter(description = "The team's id.") @RestPath long teamId,
            @Parameter(description = "First Monday wanted (any day: weeks starting on or after it).") @RestQuery String from,
            @Parameter(description = "Last day: weeks starting on or before it.") @RestQuery String to,
            @Context UriInfo uri) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        LocalDate first = bound(from, "from", LocalDate.MIN, today);
        LocalDate last = bound(to, "to", LocalDate.MAX, today);
        if (first.isAfter(last)) {
            throw new BadRequestException(Problem.response(400, "“from” must not be after “to”.",
                    uri.getPath()));
        }
        PlanReport report = reports.build(team, today);
        if (report.plan() == null) {
            throw new NotFoundException(Problem.response(404, "The team has no active plan.",
                    uri.getPath()));
        }
        List<WeekDto> weeks = report.weeks().stream()
                .filter(w -> !w.planned().start().isBefore(first) && !w.planned().start().isAfter(last))
                .map(w -> new WeekDto(w.planned().start().toString(), w.planned().kind().code(),
                        PlanApiDtos.round(w.planned().plannedLoad()), PlanApiDtos.round(w.performedMedian()),
                        w.projectedEnd() == null || w.projectedEnd().formPercent() == null ? null
                                : PlanApiDtos.round(w.projectedEnd().formPercent())))
                .toList();
        return new PlanWeeksDto(report.plan().id, weeks);
    }

    private static LocalDate bound(String raw, String name, LocalDate none, LocalDate today) {
        return DateParameters.day(name, raw, none, today);
    }

    private static void requireBody(Object body, UriInfo uri) {
        if (body == null) {
            throw new BadRequestException(Problem.response(400, "Send the values as a JSON object.",
                    uri.getPath()));
        }
    }
}
