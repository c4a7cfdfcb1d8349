package app.deload.signals;

import java.time.LocalDate;
import java.util.List;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.athlete.AthleteView;
import app.deload.monitoring.ActiveRecoveryZone;
import app.deload.monitoring.DayMetrics;
import app.deload.web.DateParameters;
import app.deload.web.FormErrors;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** One athlete's day in full: signal and reasons, every value with its provenance, the last 28 days. */
@Path("/athletes/{id}/metrics")
@RolesAllowed({ Role.COACH, Role.ADMIN, Role.ATHLETE })
public class AthleteMetricsResource {

    static final int TREND_DAYS = 28;
    static final int MAX_CSV_DAYS = 3 * 366;
    static final int CSV_DEFAULT_DAYS = 28;

    public record TrendRow(LocalDate date, String state, String load, String ratio, String wellness, String sleep,
            String level, String levelClass, String link) {
    }

    public record Acknowledgement(LocalDate date, String level, String summary, String note, String by,
            java.time.Instant at) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance metrics(AthleteView athlete, LocalDate date, LocalDate previous, LocalDate next,
                SignalView signal, MetricSheet sheet, List<TrendRow> trend, boolean canAcknowledge,
                List<Acknowledgement> acknowledgements, String note, FormErrors errors, String action, String csv);
    }

    @Inject
    Access access;

    @Inject
    TeamMetrics metrics;

    @GET
    public TemplateInstance show(long id, @RestQuery String date) {
        Athlete athlete = access.athlete(id);
        return page(athlete, DateParameters.dayUpToToday("date", date, LocalDate.now(athlete.team.zone())), "",
                FormErrors.none());
    }

    @POST
    @Path("acknowledge")
    @Transactional
    @RolesAllowed({ Role.COACH, Role.ADMIN })
    public Response acknowledge(long id, @RestForm String date, @RestForm String note) {
        Athlete athlete = access.managedAthlete(id);
        LocalDate day = DateParameters.dayUpToToday("date", date, LocalDate.now(athlete.team.zone()));
        FormErrors errors = FormErrors.none();
        String text = note == null ? "" : note.trim();
        if (text.isEmpty()) {
            errors.add("note", "Write what you saw or decided, e.g. \"Talked to her; lighter week planned.\"");
        } else if (text.length() > 1000) {
            errors.add("note", "Use at most 1000 characters.");
        }
        DayMetrics day0 = metrics.athleteOn(athlete, day);
        if (!errors.any() && day0.signals().level() == app.deload.monitoring.SignalLevel.NONE) {
            errors.add("note", "There is no signal on this day to acknowledge.");
        }
        if (errors.any()) {
            return Redirects.invalid(page(athlete, day, note == null ? "" : note, errors));
        }
        SignalAcknowledgement.record(athlete, day, day0.signals().level().name(), day0.signals().summary(), text);
        return Redirects.seeOther("/athletes/" + id + "/metrics?date=" + day, "Signal acknowledged; your note is kept.");
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(long id, @RestQuery String from, @RestQuery String to) {
        Athlete athlete = access.athlete(id);
        DateParameters.Range range = DateParameters.range(from, to, LocalDate.now(athlete.team.zone()), CSV_DEFAULT_DAYS,
                MAX_CSV_DAYS);
        String body = MetricsCsv.write(metrics.athleteBetween(athlete, range.from(), range.to()));
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"deload-" + athlete.code
                + "-" + range.from() + "-" + range.to() + ".csv\"").build();
    }

    private TemplateInstance page(Athlete athlete, LocalDate day, String note, FormErrors errors) {
        LocalDate today = LocalDate.now(athlete.team.zone());
        List<DayMetrics> days = metrics.athleteBetween(athlete, day.minusDays(TREND_DAYS - 1), day);
        DayMetrics current = days.get(days.size() - 1);
        java.util.Optional<ActiveRecoveryZone> zone = ActiveRecoveryZone.estimate(athlete.hrMax, athlete.ageOn(day), athlete.hrRest,
                metrics.thresholds(athlete.team));
        List<TrendRow> trend = new java.util.ArrayList<>(days.stream().map(d -> trendRow(athlete, d)).toList());
        java.util.Collections.reverse(trend);
        List<Acknowledgement> acks = SignalAcknowledgement.listForAthlete(athlete).stream()
                .map(a -> new Acknowledgement(a.signalDate, a.signalLevel, a.summary, a.note, a.acknowledgedBy,
                        a.acknowledgedAt))
                .toList();
        String base = "/athletes/" + athlete.id + "/metrics";
        return Templates.metrics(AthleteView.of(athlete, today), day, day.minusDays(1),
                day.isBefore(today) ? day.plusDays(1) : null, SignalView.of(current.signals(), zone),
                MetricSheet.of(current), trend, access.canManage(athlete.team), acks, note, errors,
                base + "/acknowledge", base + "/csv?from=" + day.minusDays(89) + "&to=" + day);
    }

    private static TrendRow trendRow(Athlete athlete, DayMetrics d) {
        return new TrendRow(d.date(), d.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                d.dailyLoad().isAvailable() ? MetricSheet.fmt(d.dailyLoad().value(), 0) : "—",
                d.ewma().ratio().isAvailable() ? MetricSheet.fmt(d.ewma().ratio().value(), 2) : "—",
                d.wellness() == null ? "—" : d.wellness().total() + "/25",
                d.sleep().hoursToday() == null ? "—" : MetricSheet.fmt(d.sleep().hoursToday(), 2),
                d.signals().level().label(),
                d.signals().level().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "/athletes/" + athlete.id + "/metrics?date=" + d.date());
    }
}
