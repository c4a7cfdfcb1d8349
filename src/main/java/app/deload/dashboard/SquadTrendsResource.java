package app.deload.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.monitoring.DayMetrics;
import app.deload.signals.TeamMetrics;
import app.deload.team.Team;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The squad's EWMA ratio and wellness over the last 4 weeks, as spreads across its active athletes. */
@Path("/teams/{teamId}/trends")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class SquadTrendsResource {

    static final int DAYS = 28;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance trends(long teamId, String teamName, LocalDate from, LocalDate to,
                int athletes, List<Chart> charts);
    }

    @Inject
    Access access;

    @Inject
    TeamMetrics metrics;

    @GET
    public TemplateInstance trends(long teamId) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        List<LocalDate> dates = new ArrayList<>();
        List<List<DayMetrics>> days = new ArrayList<>();
        int athletes = 0;
        for (LocalDate d = today.minusDays(DAYS - 1); !d.isAfter(today); d = d.plusDays(1)) {
            TeamMetrics.SquadDay squad = metrics.squadOn(team, d);
            dates.add(d);
            days.add(squad.athletes().stream().map(TeamMetrics.AthleteDay::metrics).toList());
            athletes = squad.athletes().size();
        }
        return Templates.trends(team.id, team.name, dates.get(0), today, athletes,
                SquadCharts.of(dates, days, metrics.thresholds(team)));
    }
}
