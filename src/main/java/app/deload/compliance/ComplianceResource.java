package app.deload.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.team.Team;
import app.deload.team.TeamRow;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionLoad;
import app.deload.web.DateParameters;
import app.deload.wellness.WellnessEntry;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Who still owes today's questionnaire or a session rating, and each athlete's completion over 28 days. */
@Path("/teams/{teamId}/compliance")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class ComplianceResource {

    static final int WINDOW_DAYS = 28;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compliance(TeamRow team, LocalDate date, LocalDate previous, LocalDate next,
                List<ComplianceRow> rows, long outstanding);
    }

    @Inject
    Access access;

    @GET
    public TemplateInstance show(long teamId, @RestQuery String date) {
        Team team = access.team(teamId);
        LocalDate today = LocalDate.now(team.zone());
        LocalDate day = DateParameters.dayUpToToday("date", date, today);
        LocalDate from = day.minusDays(WINDOW_DAYS - 1L);
        Map<Long, List<LocalDate>> wellness = WellnessEntry.answeredForTeamBetween(team, from, day).stream()
                .sorted(Comparator.comparing(WellnessEntry.Answered::date))
                .collect(Collectors.groupingBy(WellnessEntry.Answered::athleteId,
                        Collectors.mapping(WellnessEntry.Answered::date, Collectors.toList())));
        Map<Long, List<SessionLoad>> sessions = SessionAttendance.listForTeamBetween(team, from, day).stream()
                .collect(Collectors.groupingBy(SessionLoad::athleteId));
        Instant now = Instant.now();
        List<ComplianceRow> rows = Athlete.listActiveForTeam(team).stream()
                .map(a -> ComplianceRow.of(a.id, a.name, a.code, LocalDate.ofInstant(a.createdAt, team.zone()), day,
                        WINDOW_DAYS, wellness.getOrDefault(a.id, List.of()), sessions.getOrDefault(a.id, List.of()),
                        now))
                .sorted(Comparator.comparing(ComplianceRow::complete).thenComparing(ComplianceRow::name))
                .toList();
        long outstanding = rows.stream().filter(r -> !r.complete()).count();
        return Templates.compliance(TeamRow.of(List.of(team)).get(0), day, day.minusDays(1),
                day.isBefore(today) ? day.plusDays(1) : null, rows, outstanding);
    }
}
