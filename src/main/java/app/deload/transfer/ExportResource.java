package app.deload.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.wellness.WellnessEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * A team's sessions and wellness as CSV in exactly the import formats, so an export re-imports cleanly: the
 * sessions the team's current athletes attended (an absence is not a row) and their questionnaires, on the
 * team-local dates from..to (default: the last 365 days; at most until tomorrow, as the import accepts).
 */
@Path("/teams/{teamId}/export")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class ExportResource {

    static final int DEFAULT_DAYS = 365;

    @Inject
    Access access;

    /** A date range from the query, or why it is not one. */
    record Range(LocalDate from, LocalDate to, String error) {

        static Range parse(String from, String to, LocalDate today) {
            try {
                LocalDate end = blank(to) ? today : LocalDate.parse(to.strip());
                LocalDate start = blank(from) ? end.minusDays(DEFAULT_DAYS - 1) : LocalDate.parse(from.strip());
                if (start.isAfter(end)) {
                    return new Range(null, null, "'from' must not be after 'to'.");
                }
                if (start.isBefore(LineCheck.EARLIEST) || end.isAfter(today.plusDays(1))) {
                    return new Range(null, null, "Dates must be from " + LineCheck.EARLIEST + " to tomorrow ("
                            + today.plusDays(1) + ").");
                }
                return new Range(start, end, null);
            } catch (DateTimeParseException e) {
                return new Range(null, null, "Dates must be ISO dates as YYYY-MM-DD, e.g. 2026-03-02.");
            }
        }

        private static boolean blank(String raw) {
            return raw == null || raw.isBlank();
        }
    }

    @GET
    @Path("sessions.csv")
    @Produces("text/csv")
    public Response sessions(long teamId, @RestQuery String from, @RestQuery String to) {
        Team team = access.team(teamId);
        Range range = Range.parse(from, to, LocalDate.now(team.zone()));
        if (range.error() != null) {
            return badRange(range);
        }
        CsvWriter csv = new CsvWriter().row(TransferKind.SESSIONS.columnNames());
        for (SessionAttendance a : SessionAttendance.listWithSessionForTeamBetween(team, range.from(), range.to())) {
            if (a.attended) {
                csv.row(new SessionRow(0, a.athlete.id, a.athlete.code, a.session.date, a.session.startTime,
                        a.session.type, a.effectiveMinutes(), a.rpe, a.session.notes).cells());
            }
        }
        return attachment(csv, team, TransferKind.SESSIONS, range);
    }

    @GET
    @Path("wellness.csv")
    @Produces("text/csv")
    public Response wellness(long teamId, @RestQuery String from, @RestQuery String to) {
        Team team = access.team(teamId);
        Range range = Range.parse(from, to, LocalDate.now(team.zone()));
        if (range.error() != null) {
            return badRange(range);
        }
        CsvWriter csv = new CsvWriter().row(TransferKind.WELLNESS.columnNames());
        for (WellnessEntry e : WellnessEntry.listForTeamBetween(team, range.from(), range.to())) {
            csv.row(new WellnessRow(0, e.athlete.id, e.athlete.code, e.entryDate, e.values()).cells());
        }
        return attachment(csv, team, TransferKind.WELLNESS, range);
    }

    static String baseHref(long teamId) {
        return "/teams/" + teamId + "/export";
    }

    private static Response attachment(CsvWriter csv, Team team, TransferKind kind, Range range) {
        return Response.ok(CsvWriter.BOM + csv).type("text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"deload-team" + team.id + "-" + kind.key() + "-" + range.from() + "-"
                        + range.to() + ".csv\"").build();
    }

    private static Response badRange(Range range) {
        return Response.status(Response.Status.BAD_REQUEST).type("text/plain; charset=UTF-8").entity(range.error())
                .build();
    }
}
