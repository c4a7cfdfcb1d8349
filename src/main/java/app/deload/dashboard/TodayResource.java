package app.deload.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import app.deload.account.Access;
import app.deload.decision.Proposal;
import app.deload.account.Role;
import app.deload.plan.PlanningService;
import app.deload.planning.PlanLayout;
import app.deload.signals.SignalAcknowledgement;
import app.deload.signals.TeamMetrics;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionLoad;
import app.deload.wellness.WellnessEntry;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The staff's landing page: who needs attention this morning, across every team they coach (admins: all). */
@Path("/today")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class TodayResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance today(List<StaffToday> teams);
    }

    @Inject
    Access access;

    @Inject
    TeamMetrics metrics;

    @Inject
    PlanningService planning;

    @GET
    public TemplateInstance today() {
        Instant now = Instant.now();
        List<StaffToday> teams = access.manageableTeams().stream().filter(t -> t.active)
                .map(team -> teamToday(team, now)).toList();
        return Templates.today(teams);
    }

    private StaffToday teamToday(Team team, Instant now) {
        LocalDate day = LocalDate.now(team.zone());
        TeamMetrics.SquadDay squad = metrics.squadOn(team, day);
        Set<Long> acknowledged = SignalAcknowledgement.acknowledgedOn(team, day);
        Set<Long> answered = WellnessEntry.answeredForTeamBetween(team, day, day).stream()
                .map(WellnessEntry.Answered::athleteId).collect(Collectors.toSet());
        Map<Long, Integer> unrated = new HashMap<>();
        for (SessionLoad s : SessionAttendance.listForTeamBetween(team, day.minusDays(1), day)) {
            if (s.isMissing(now)) {
                unrated.merge(s.athleteId(), 1, Integer::sum);
            }
        }
        Optional<PlanLayout> layout = planning.layoutFor(team);
        String zone = team.zone().getId() + " (" + team.zone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")";
        return StaffToday.of(team.id, team.name, day, zone,
                squad.athletes().stream().map(a -> new StaffToday.AthleteDay(a.athleteId(), a.name(), a.metrics()))
                        .toList(),
                answered, unrated, acknowledged, layout.flatMap(l -> l.weekOf(day)).orElse(null),
                layout.map(l -> l.weeks().size()).orElse(0), Proposal.countPendingForTeam(team));
    }
}
