package app.deload.wellness;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jboss.resteasy.reactive.RestQuery;

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

/**
 * The athlete's morning questionnaire: today's answers, or a correction of yesterday's, by the team's calendar.
 * Only the athlete answers; coaches read the answers on the athlete's wellness page.
 */
@Path("/me/wellness")
@RolesAllowed(Role.ATHLETE)
public class MyWellnessResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questionnaire(QuestionnairePage page);
    }

    @Inject
    Access access;

    @Inject
    MetricsLedger ledger;

    @Inject
    Forms forms;

    @Inject
    DomainCounters counters;

    /** @param date yesterday's date to correct it; anything else shows today */
    @GET
    public TemplateInstance show(@RestQuery String date) {
        Athlete athlete = access.self();
        LocalDate today = LocalDate.now(athlete.team.zone());
        LocalDate shown = today.minusDays(1).toString().equals(date) ? today.minusDays(1) : today;
        Optional<WellnessEntry> entry = WellnessEntry.findFor(athlete, shown);
        WellnessForm form = entry.map(e -> WellnessForm.of(shown, e.values())).orElseGet(() -> WellnessForm.empty(shown));
        return Templates.questionnaire(QuestionnairePage.of(athlete.name, athlete.id, today, shown, form,
                FormErrors.none(), entry.map(WellnessEntry::total).orElse(null)));
    }

    @POST
    @Transactional
    public Response save(@BeanParam WellnessForm form) {
        Athlete athlete = access.self();
        LocalDate today = LocalDate.now(athlete.team.zone());
        FormErrors errors = forms.check(form);
        Optional<WellnessForm.Parsed> parsed = form.parse(today, errors);
        if (parsed.isEmpty()) {
            return Redirects.invalid(Templates.questionnaire(
                    QuestionnairePage.of(athlete.name, athlete.id, today, today, form, errors, null)));
        }
        WellnessEntry.upsert(athlete, parsed.get().date(), parsed.get().values());
        ledger.changed(athlete.team, List.of(athlete.id), parsed.get().date());
        counters.questionnaireSaved(DomainCounters.PAGE);
        return Redirects.seeOther("/me/wellness?date=" + parsed.get().date(), "Wellness saved.");
    }
}
