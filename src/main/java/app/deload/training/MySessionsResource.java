package app.deload.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.signals.MetricsLedger;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import app.deload.ops.DomainCounters;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * An athlete's own sessions: those waiting for their rating, rating one on the CR-10 scale ("How was your
 * workout?") with the minutes actually done, and logging an extra session.
 */
@Path("/me/sessions")
@RolesAllowed(Role.ATHLETE)
public class MySessionsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rate(RatePage page, RatingForm form, FormErrors errors);
    }

    @Inject
    Access access;

    @Inject
    MetricsLedger ledger;

    @Inject
    Forms forms;

    @Inject
    DomainCounters counters;

    @GET
    public TemplateInstance list() {
        return AthleteSessionsResource.Templates.list(AthleteSessionsPage.of(self(), true, Instant.now()));
    }

    @GET
    @Path("new")
    public TemplateInstance logForm() {
        Athlete athlete = self();
        LogForm form = LogForm.empty(LocalDate.now(athlete.team.zone()));
        return AthleteSessionsResource.Templates.log(form, FormErrors.none(), page(athlete, form));
    }

    /** The athlete knows how it felt, so their own log needs the rating; dates after tomorrow are refused. */
    @POST
    @Transactional
    public Response log(@BeanParam LogForm form) {
        Athlete athlete = self();
        FormErrors errors = forms.check(form);
        LogForm.Parsed values = form.parse(errors, LocalDate.now(athlete.team.zone()), true);
        if (errors.any()) {
            return Redirects.invalid(AthleteSessionsResource.Templates.log(form, errors, page(athlete, form)));
        }
        TrainingSession session = IndividualSessions.log(athlete, values, access.user().username, Instant.now());
        if (values.rpe() != null) {
            counters.ratingSaved(DomainCounters.PAGE);
        }
        return Redirects.seeOther("/me/sessions/" + session.id, "Session logged.");
    }

    @GET
    @Path("{sessionId}")
    public TemplateInstance rateForm(long sessionId) {
        SessionAttendance attendance = attendance(sessionId);
        RatingForm form = RatingForm.of(attendance.rpe, attendance.effectiveMinutes());
        return Templates.rate(RatePage.of(attendance, username(), Instant.now(), form), form, FormErrors.none());
    }

    @POST
    @Path("{sessionId}")
    @Transactional
    public Response rate(long sessionId, @BeanParam RatingForm form) {
        SessionAttendance attendance = attendance(sessionId);
        Instant now = Instant.now();
        String username = username();
        RatePage page = RatePage.of(attendance, username, now, form);
        FormErrors errors = FormErrors.none();
        RatingForm.Parsed values = form.parse(errors);
        if (page.blocked() != null || errors.any()) {
            return Redirects.invalid(Templates.rate(page, form, errors));
        }
        attendance.minutes = values.minutes();
        attendance.rate(values.rpe(), username, now, attendance.session.team.zone());
        SessionAttendance.flush();
        ledger.changed(attendance.athlete.team, List.of(attendance.athlete.id), attendance.session.date);
        counters.ratingSaved(DomainCounters.PAGE);
        return Redirects.seeOther("/me/sessions/" + sessionId, "Rating saved.");
    }

    /** A coach saved this row at the same moment: nothing of the athlete's was saved. */
    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return SessionResource.conflict(SessionResource.Templates.conflict(
                "Your coach changed this session at the same moment, so your rating was not saved. Please rate it again.",
                "/me/sessions"));
    }

    private Athlete self() {
        return access.self();
    }

    private String username() {
        return access.user().username;
    }

    /** The signed-in athlete's part in the session; another athlete's session answers 404. */
    private SessionAttendance attendance(long sessionId) {
        return SessionAttendance.findFor(sessionId, self()).orElseThrow(NotFoundException::new);
    }

    private static LogPage page(Athlete athlete, LogForm form) {
        return LogPage.of(athlete.name, athlete.team.name, athlete.team.timeZone, "/me/sessions", "/me/sessions",
                true, form);
    }
}
