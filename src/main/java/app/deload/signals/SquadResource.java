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
        static native TemplateInstance squad(TeamRow team, LocalDate date, List<SquadRow> rows, int squadSize,
                SquadAddress.Links links, String alertShare, boolean teamProposal);
    }

    @Inject
    Access access;

    @Inject
    TeamMetrics metrics;

    @Inject
    Proposals proposals;

    /**
     * @param sort a column ({@link SquadSort.Column}), signal by default
     * @param dir  asc or desc; absent, the column's own first direction
     * @param show filters, all of which must hold ({@link SquadFilter.Condition})
     */
    @GET
    public TemplateInstance squad(long teamId, @RestQuery String date, @RestQuery String sort, @RestQuery String dir,
            @RestQuery List<String> show) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        LocalDate day = DateParameters.dayUpToToday("date", date, today);
        SquadSort order = SquadSort.parse(sort, dir);
        SquadFilter filter = SquadFilter.parse(show);
        TeamMetrics.SquadDay squad = metrics.squadOn(team, day);
        if (day.equals(today)) {
            proposals.raise(team, squad);
        }
        Set<Long> acknowledged = SignalAcknowledgement.acknowledgedOn(team, day);
        List<SquadRow> rows = squad.athletes().stream()
                .map(a -> SquadRow.of(a, acknowledged.contains(a.athleteId()))).toList();
        SquadAddress address = new SquadAddress(team.id, day.equals(today) ? null : day, order, filter);
        return Templates.squad(TeamRow.of(List.of(team)).get(0), day, order.apply(filter.apply(rows)), rows.size(),
                address.links(day.minusDays(1), day.isBefore(today) ? day.plusDays(1) : null, today),
                squad.alertShare().reason(), squad.alertShare().reachesThreshold());
    }
}
