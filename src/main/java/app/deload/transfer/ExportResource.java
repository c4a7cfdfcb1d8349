package app.deload.transfer;

import java.time.LocalDate;

import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.web.DateParameters;
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

    @GET
    @Path("sessions.csv")
    @Produces("text/csv")
    public Response sessions(long teamId, @RestQuery String from, @RestQuery String to) {
        Team team = access.team(teamId);
        DateParameters.Range range = DateParameters.range(from, to, LocalDate.now(team.zone()), DEFAULT_DAYS,
                Integer.MAX_VALUE);
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
        DateParameters.Range range = DateParameters.range(from, to, LocalDate.now(team.zone()), DEFAULT_DAYS,
                Integer.MAX_VALUE);
        CsvWriter csv = new CsvWriter().row(TransferKind.WELLNESS.columnNames());
        for (WellnessEntry e : WellnessEntry.listForTeamBetween(team, range.from(), range.to())) {
            csv.row(new WellnessRow(0, e.athlete.id, e.athlete.code, e.entryDate, e.values()).cells());
        }
        return attachment(csv, team, TransferKind.WELLNESS, range);
    }

    static String baseHref(long teamId) {
        return "/teams/" + teamId + "/export";
    }

    private static Response attachment(CsvWriter csv, Team team, TransferKind kind, DateParameters.Range range) {
        return Response.ok(CsvWriter.BOM + csv).type("text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"deload-team" + team.id + "-" + kind.key() + "-" + range.from() + "-"
                        + range.to() + ".csv\"").build();
    }
}
