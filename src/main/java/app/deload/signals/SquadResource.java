package app.deload.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.decision.Proposals;
import app.deload.team.Team;
import app.deload.team.TeamRow;
import app.deload.web.DateParameters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The squad at a glance: each athlete's signal for the day, with the numbers behind it. */
@Path("/teams/{teamId}/signals")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class SquadResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance squad(TeamRow team, LocalDate date, LocalDate previous, LocalDate next,
                List<SquadRow> rows, String alertShare, boolean teamProposal);
    }

    @Inject
    Access access;

    @Inject
    TeamMetrics metrics;

    @Inject
    Proposals proposals;

    @GET
    public TemplateInstance squad(long teamId, @RestQuery String date) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        LocalDate day = DateParameters.dayUpToToday("date", date, today);
        TeamMetrics.SquadDay squad = metrics.squadOn(team, day);
        if (day.equals(today)) {
            proposals.raise(team, squad);
        }
        Set<Long> acknowledged = SignalAcknowledgement.acknowledgedOn(team, day);
        List<SquadRow> rows = squad.athletes().stream()
                .map(a -> SquadRow.of(a, acknowledged.contains(a.athleteId())))
                .sorted((a, b) -> Integer.compare(rank(b), rank(a))).toList();
        return Templates.squad(TeamRow.of(List.of(team)).get(0), day, day.minusDays(1),
                day.isBefore(today) ? day.plusDays(1) : null, rows, squad.alertShare().reason(),
                squad.alertShare().reachesThreshold());
    }

    private static int rank(SquadRow row) {
        return switch (row.levelClass()) {
            case "alert-functional-overreaching" -> 3;
            case "alert-accumulated-fatigue" -> 2;
            case "watch" -> 1;
            default -> 0;
        };
    }
}
