package app.deload.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.signals.MetricsLedger;
import app.deload.training.IndividualSessions;
import app.deload.training.LogForm;
import app.deload.training.RatePage;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import app.deload.web.DateParameters;
import app.deload.web.ErrorPages.Problem;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.ops.DomainCounters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * An athlete's sessions and their session RPE, by the rules of the pages: the athlete logs and rates their own
 * sessions, the team's coaches and admins log sessions for them and correct ratings.
 */
@Path("/api/v1/athletes/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.COACH, Role.ATHLETE })
@Tag(name = "Sessions")
public class SessionApi {

    @Inject
    Access access;

    @Inject
    MetricsLedger ledger;

    @Inject
    Forms forms;

    @Inject
    DomainCounters counters;

    @GET
    @Operation(summary = "An athlete's sessions", description = "Team and individual sessions on the team-local "
            + "dates from 'from' to 'to' (default the last 28 days, at most 366), in the order they happen. For the "
            + "athlete, the team's coaches and admins.")
    @APIResponse(responseCode = "200", description = "The sessions; 'rpe' and 'load' are null while not rated.")
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_RANGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SessionDto> list(@Parameter(description = ApiDocs.ATHLETE_ID) @RestPath long id,
            @Parameter(description = ApiDocs.FROM) @RestQuery String from,
            @Parameter(description = ApiDocs.TO) @RestQuery String to, @Context UriInfo uri) {
        Athlete athlete = access.athlete(id);
        DateParameters.Range range = ApiRequests.range(from, to, athlete);
        List<SessionDto> sessions = new ArrayList<>(SessionAttendance
                .linesForAthleteBetween(athlete, range.from(), range.to(), Instant.now()).stream()
                .map(SessionDto::of).toList());
        Collections.reverse(sessions);
        return sessions;
    }

    @GET
    @Path("{sessionId}")
    @Operation(summary = "One of the athlete's sessions", description = "For the athlete, the team's coaches and "
            + "admins.")
    @APIResponse(responseCode = "200", description = "The athlete's part in the session.")
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND + " Also when the athlete is not in that "
            + "session.", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public SessionDto session(@Parameter(description = ApiDocs.ATHLETE_ID) @RestPath long id,
            @Parameter(description = "The session's id.") @RestPath long sessionId) {
        return SessionDto.of(attendance(access.athlete(id), sessionId), Instant.now());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Log an individual session", description = "A session done by this athlete alone, e.g. "
            + "from a training app. The athlete logs their own and must give the RPE; the team's coaches and admins "
            + "may leave it out, and the athlete is then asked for it like for any attended session.")
    @APIResponse(responseCode = "201", description = "Logged; Location is the new session's URL, the body holds "
            + "its id and load.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionDto.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, of the wrong type or out of range "
            + "(date after tomorrow or over two years ago, unknown type, minutes outside 1–600, RPE outside 0–10), or "
            + "the JSON is malformed; 'errors' names each field.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response log(@Parameter(description = ApiDocs.ATHLETE_ID) @RestPath long id, SessionLogDto body,
            @Context UriInfo uri) {
        Athlete athlete = access.athlete(id);
        boolean self = !access.canManage(athlete.team);
        LogForm form = ApiRequests.body(body, uri).form();
        FormErrors errors = forms.check(form);
        if (SessionType.fromKey(form.type().trim()).isEmpty()) {
            errors.add("type", "Send one of: " + Arrays.stream(SessionType.values()).map(SessionType::key)
                    .collect(Collectors.joining(", ")) + ".");
        }
        LogForm.Parsed values = form.parse(errors, LocalDate.now(athlete.team.zone()), self);
        ApiRequests.refuseIfAny(errors, uri);
        Instant now = Instant.now();
        TrainingSession session = IndividualSessions.log(athlete, values, access.user().username, now);
        ledger.changed(athlete.team, List.of(athlete.id), session.date);
        if (values.rpe() != null) {
            counters.ratingSaved(DomainCounters.API);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(session.id)).build())
                .entity(SessionDto.of(attendance(athlete, session.id), now)).build();
    }

    @PUT
    @Path("{sessionId}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Rate or correct a session", description = "The athlete rates a session they attended "
            + "(\"How was your workout?\"); a rating given more than 24 h after the session ended is kept and marked "
            + "late. A team session can be rated once it has started; a rating a coach entered is corrected by a "
            + "coach only. The team's coaches and admins correct ratings of sessions that have started, as on the "
            + "attendance page.")
    @APIResponse(responseCode = "200", description = "The session with its rating and load.")
    @APIResponse(responseCode = "400", description = "RPE or minutes out of range or of the wrong type, or the "
            + "session cannot be rated: not started yet, the athlete did not attend, or a coach's rating the athlete "
            + "may not change ('detail' says which).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND + " Also when the athlete is not in that "
            + "session.", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Someone changed the session at the same moment; nothing was "
            + "saved.", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public SessionDto rate(@Parameter(description = ApiDocs.ATHLETE_ID) @RestPath long id,
            @Parameter(description = "The session's id.") @RestPath long sessionId, SessionRatingDto body,
            @Context UriInfo uri) {
        Athlete athlete = access.athlete(id);
        boolean staff = access.canManage(athlete.team);
        SessionAttendance attendance = attendance(athlete, sessionId);
        ApiRequests.refuseIfAny(forms.check(ApiRequests.body(body, uri)), uri);
        String username = access.user().username;
        Instant now = Instant.now();
        String blocked = staff ? whyStaffCannotRate(attendance, now) : RatePage.blockedReason(attendance, username, now);
        if (blocked != null) {
            throw new BadRequestException(Problem.response(400, blocked, uri.getPath()));
        }
        if (body.minutes() != null) {
            attendance.minutes = body.minutes();
        }
        // As on the attendance page, a coach repeating the rating that stands leaves its author and time alone.
        if (!staff || !body.rpe().equals(attendance.rpe)) {
            attendance.rate(body.rpe(), username, now, attendance.session.team.zone());
        }
        SessionAttendance.flush();
        ledger.changed(attendance.athlete.team, List.of(attendance.athlete.id), attendance.session.date);
        counters.ratingSaved(DomainCounters.API);
        return SessionDto.of(attendance, now);
    }

    /** A write that lost a race with another change to the same row saved nothing. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return Problem.response(409, "The session was changed at the same moment. Nothing was saved: "
                + "read it again and resend.", uri.getPath());
    }

    /** The attendance page's rules: only a started session is rated, and only for an athlete who attended. */
    private static String whyStaffCannotRate(SessionAttendance attendance, Instant now) {
        TrainingSession session = attendance.session;
        if (!session.hasStarted(now)) {
            return "This session has not started yet (" + session.date
                    + (session.startTime == null ? "" : " " + session.startTime) + "). Rate it once it has started.";
        }
        if (!attendance.attended) {
            return "The athlete is recorded as not attending this session, so there is nothing to rate. Mark them as "
                    + "attending on the session's attendance page first.";
        }
        return null;
    }

    /** The athlete's part in the session; a session they are not in answers 404. */
    private static SessionAttendance attendance(Athlete athlete, long sessionId) {
        return SessionAttendance.findFor(sessionId, athlete).orElseThrow(NotFoundException::new);
    }
}
