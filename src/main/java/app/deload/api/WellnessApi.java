package app.deload.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

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
import app.deload.athlete.Athlete;
import app.deload.signals.MetricsLedger;
import app.deload.web.DateParameters;
import app.deload.web.ErrorPages.Problem;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessHistory;
import app.deload.wellness.WellnessValues;
import app.deload.ops.DomainCounters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * An athlete's morning wellness entries: read by the athlete, their coaches and admins; written only by the
 * athlete, as on the pages, where coaches view answers but never change them. Writes may back-fill the 28 days
 * the history shows, because a wearable or a spreadsheet syncs later than a person answers.
 */
@Path("/api/v1/athletes/{id}/wellness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN, Role.COACH, Role.ATHLETE })
@Tag(name = "Wellness")
public class WellnessApi {

    /** An athlete may write today, tomorrow (a device ahead of the team's zone) and the 27 days before today. */
    static final int BACKFILL_DAYS = WellnessHistory.DAYS;

    @Inject
    Access access;

    @Inject
    MetricsLedger ledger;

    @Inject
    Forms forms;

    @Inject
    DomainCounters counters;

    @GET
    @Operation(summary = "An athlete's wellness entries", description = "One entry per team-local date, oldest "
            + "first, from 'from' to 'to' (default the last 28 days, at most 366). For the athlete, the team's "
            + "coaches and admins.")
    @APIResponse(responseCode = "200", description = "The entries in the range; days without an entry are absent.")
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_RANGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ApiDocs.NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<WellnessEntryDto> list(@Parameter(description = ApiDocs.ATHLETE_ID) @RestPath long id,
            @Parameter(description = ApiDocs.FROM) @RestQuery String from,
            @Parameter(description = ApiDocs.TO) @RestQuery String to, @Context UriInfo uri) {
        Athlete athlete = access.athlete(id);
        DateParameters.Range range = ApiRequests.range(from, to, athlete);
        return WellnessEntry.listForAthleteBetween(athlete, range.from(), range.to()).stream()
                .map(WellnessEntryDto::of).toList();
    }

    @PUT
    @Path("{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ATHLETE)
    @Transactional
    @Operation(summary = "Create or replace the athlete's own wellness entry for a date", description = "Idempotent: "
            + "the body replaces the whole entry of that team-local date (an optional value left out is cleared), and "
            + "sending it again changes nothing. Only the athlete themself writes their wellness; coaches and admins "
            + "get 403, as on the pages, where coaches view answers but never change them. The date may be any day "
            + "from 27 days before today to tomorrow in the team's time zone, so a sync can back-fill.")
    @APIResponse(responseCode = "200", description = "The entry of that date existed and now holds these answers.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WellnessEntryDto.class)))
    @APIResponse(responseCode = "201", description = "The entry was created; Location is this same URL.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WellnessEntryDto.class)))
    @APIResponse(responseCode = "400", description = "A value out of range, of the wrong type or missing, malformed "
            + "JSON, or a date outside the allowed days; 'errors' names each field (date, fatigue, sleepHours...).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = ApiDocs.UNAUTHORIZED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The caller is a coach or an admin: only athletes write "
            + "wellness.", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The id is not the calling athlete's own.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@Parameter(description = ApiDocs.ATHLETE_ID) @RestPath long id,
            @Parameter(description = "The morning's date, ISO, in the team's calendar.") @RestPath String date,
            WellnessAnswersDto answers, @Context UriInfo uri) {
        Athlete athlete = access.athlete(id);
        ApiRequests.body(answers, uri);
        FormErrors errors = forms.check(answers);
        LocalDate day = entryDate(date, athlete, errors);
        WellnessValues values = answers.values(errors);
        ApiRequests.refuseIfAny(errors, uri);
        // The lock upsert takes anyway, taken before looking, so that of two simultaneous first writes one creates.
        WellnessEntry.getEntityManager().lock(athlete, LockModeType.PESSIMISTIC_WRITE);
        boolean created = WellnessEntry.findFor(athlete, day).isEmpty();
        WellnessEntryDto entry = WellnessEntryDto.of(WellnessEntry.upsert(athlete, day, values));
        ledger.changed(athlete.team, List.of(athlete.id), day);
        counters.questionnaireSaved(DomainCounters.API);
        return (created ? Response.created(uri.getAbsolutePath()) : Response.ok()).entity(entry).build();
    }

    private static LocalDate entryDate(String raw, Athlete athlete, FormErrors errors) {
        LocalDate today = LocalDate.now(athlete.team.zone());
        LocalDate earliest = today.minusDays(BACKFILL_DAYS - 1);
        LocalDate latest = today.plusDays(1);
        try {
            LocalDate day = LocalDate.parse(raw);
            if (day.isBefore(earliest) || day.isAfter(latest)) {
                errors.add("date", "Send a date from " + earliest + " to " + latest + " (27 days ago to tomorrow in "
                        + "the team's time zone, " + athlete.team.timeZone + ").");
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add("date", "Send the date as an ISO date, e.g. " + today + ".");
            return null;
        }
    }
}
