package app.deload.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** A coach's view of one athlete's sessions and ratings, and logging an extra session for them. */
@Path("/athletes/{athleteId}/sessions")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class AthleteSessionsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AthleteSessionsPage page);

        static native TemplateInstance log(LogForm form, FormErrors errors, LogPage page);
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
    public TemplateInstance list(long athleteId) {
        return Templates.list(AthleteSessionsPage.of(access.managedAthlete(athleteId), false, Instant.now()));
    }

    @GET
    @Path("new")
    public TemplateInstance logForm(long athleteId) {
        Athlete athlete = access.managedAthlete(athleteId);
        LogForm form = LogForm.empty(LocalDate.now(athlete.team.zone()));
        return Templates.log(form, FormErrors.none(), page(athlete, form));
    }

    /** The rating may be left empty: the athlete is then asked for it like for any attended session. */
    @POST
    @Transactional
    public Response log(long athleteId, @BeanParam LogForm form) {
        Athlete athlete = access.managedAthlete(athleteId);
        FormErrors errors = forms.check(form);
        LogForm.Parsed values = form.parse(errors, LocalDate.now(athlete.team.zone()), false);
        if (errors.any()) {
            return Redirects.invalid(Templates.log(form, errors, page(athlete, form)));
        }
        TrainingSession session = IndividualSessions.log(athlete, values, access.user().username, Instant.now());
        ledger.changed(athlete.team, List.of(athlete.id), session.date);
        if (values.rpe() != null) {
            counters.ratingSaved(DomainCounters.PAGE);
        }
        return Redirects.seeOther("/sessions/" + session.id, "Session logged.");
    }

    private static LogPage page(Athlete athlete, LogForm form) {
        String base = "/athletes/" + athlete.id + "/sessions";
        return LogPage.of(athlete.name, athlete.team.name, athlete.team.timeZone, base, base, false, form);
    }
}
