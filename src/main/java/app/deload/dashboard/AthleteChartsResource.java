package app.deload.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.athlete.AthleteView;
import app.deload.monitoring.DayMetrics;
import app.deload.performance.PerformanceTest;
import app.deload.plan.PlanningService;
import app.deload.planning.WeekKind;
import app.deload.signals.SignalAcknowledgement;
import app.deload.signals.TeamMetrics;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** An athlete's story over weeks or a season as charts, each with a table of the same numbers. */
@Path("/athletes/{id}/charts")
@RolesAllowed({ Role.COACH, Role.ADMIN, Role.ATHLETE })
public class AthleteChartsResource {

    /** One of the range choices, as a link that shows whether it is the current one. */
    public record RangeLink(String label, String href, boolean current) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance charts(AthleteView athlete, boolean staff, ChartRange range,
                List<RangeLink> ranges, List<Chart> charts, String metricsLink);
    }

    @Inject
    Access access;

    @Inject
    TeamMetrics metrics;

    @Inject
    PlanningService planning;

    @GET
    public Response charts(long id, @RestQuery String range, @RestQuery String from, @RestQuery String to) {
        Athlete athlete = access.athlete(id);
        LocalDate today = LocalDate.now(athlete.team.zone());
        boolean staff = access.canManage(athlete.team);
        List<DayMetrics> year = null;
        LocalDate historyStart = null;
        if (ChartRange.SEASON.equals(range)) {
            year = metrics.athleteBetween(athlete, today.minusDays(ChartRange.MAX_DAYS - 1), today);
            DayMetrics last = year.get(year.size() - 1);
            historyStart = last.dayOfHistory() >= 1 ? last.date().minusDays(last.dayOfHistory() - 1L) : null;
        }
        ChartRange chosen = ChartRange.parse(range, from, to, today, historyStart);
        List<RangeLink> links = rangeLinks(athlete.id, chosen.choice());
        AthleteView view = AthleteView.of(athlete, today);
        String metricsLink = "/athletes/" + athlete.id + "/metrics";
        if (!chosen.valid()) {
            return Redirects.invalid(Templates.charts(view, staff, chosen, links, List.of(), metricsLink));
        }
        List<DayMetrics> days = year == null ? metrics.athleteBetween(athlete, chosen.from(), chosen.to())
                : year.subList(year.size() - (int) (chosen.to().toEpochDay() - chosen.from().toEpochDay() + 1),
                        year.size());
        List<AthleteCharts.Event> events = new ArrayList<>();
        for (SignalAcknowledgement ack : SignalAcknowledgement.listForAthlete(athlete)) {
            events.add(AthleteCharts.Event.day(ack.signalDate, "c-ack", "A", "acknowledged signal",
                    "signal acknowledged by " + ack.acknowledgedBy + ": " + ack.note));
        }
        planning.layoutFor(athlete).ifPresent(layout -> layout.deloadPeriods().forEach(p -> events.add(
                new AthleteCharts.Event(p.start(), p.end(), "c-" + p.kind().code(),
                        p.kind() == WeekKind.TAPER ? "T" : "D", p.kind().label() + " week (planned)",
                        "planned " + p.kind().label() + ", load −" + Math.round(p.reduction() * 100) + " %"))));
        Map<String, String> units = PerformanceTest.listForTeam(athlete.team).stream()
                .collect(Collectors.toMap(t -> t.name, t -> t.unit == null ? "" : t.unit, (a, b) -> a));
        List<Chart> charts = AthleteCharts.of(days, metrics.thresholds(athlete.team), events, units, !staff);
        return Response.ok(Templates.charts(view, staff, chosen, links, charts, metricsLink)).build();
    }

    static List<RangeLink> rangeLinks(long athleteId, String current) {
        String base = "/athletes/" + athleteId + "/charts?range=";
        return List.of(new RangeLink("4 weeks", base + ChartRange.FOUR_WEEKS, current.equals(ChartRange.FOUR_WEEKS)),
                new RangeLink("12 weeks", base + ChartRange.TWELVE_WEEKS, current.equals(ChartRange.TWELVE_WEEKS)),
                new RangeLink("Season", base + ChartRange.SEASON, current.equals(ChartRange.SEASON)));
    }
}
