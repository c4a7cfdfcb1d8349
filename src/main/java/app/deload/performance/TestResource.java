package app.deload.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.resteasy.reactive.RestQuery;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.monitoring.Thresholds;
import app.deload.signals.MetricsLedger;
import app.deload.team.TeamThresholds;
import app.deload.team.ThresholdDefaults;
import app.deload.web.DateParameters;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * One test of a team: its definition, and its results, a whole squad entered at once for one date, with the
 * recent results compared against each athlete's previous ones.
 */
@Path("/tests/{testId}")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class TestResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(String action, long teamId, String teamName, TestForm form,
                FormErrors errors, String swcHint);

        static native TemplateInstance results(ResultsPage page);
    }

    @Inject
    Access access;

    @Inject
    MetricsLedger ledger;

    @Inject
    Forms forms;

    @Inject
    ThresholdDefaults defaults;

    @GET
    @Path("edit")
    public TemplateInstance editForm(long testId) {
        PerformanceTest test = managedTest(testId);
        return Templates.edit("/tests/" + test.id, test.team.id, test.team.name, TestForm.of(test), FormErrors.none(),
                TestForm.swcHint(thresholds(test).defaultSwcPercent()));
    }

    @POST
    @Transactional
    public Response update(long testId, @BeanParam TestForm form) {
        PerformanceTest test = managedTest(testId);
        FormErrors errors = forms.check(form);
        form.applyTo(test, test.team, errors);
        if (errors.any()) {
            return Redirects.invalid(Templates.edit("/tests/" + test.id, test.team.id, test.team.name, form, errors,
                    TestForm.swcHint(thresholds(test).defaultSwcPercent())));
        }
        ledger.changed(test.team, List.of(), MetricsLedger.WHOLE_HISTORY);
        return Redirects.seeOther("/teams/" + test.team.id + "/tests", "Test saved.");
    }

    /** @param date the date to enter or correct; today on the team's calendar when absent or not allowed */
    @GET
    @Path("results")
    public TemplateInstance results(long testId, @RestQuery String date) {
        PerformanceTest test = managedTest(testId);
        LocalDate today = LocalDate.now(test.team.zone());
        LocalDate tomorrow = today.plusDays(1);
        LocalDate day = DateParameters.day("date", date, today, today);
        return Templates.results(ResultsPage.forDate(test, day.isAfter(tomorrow) ? today : day, tomorrow,
                Athlete.listForTeam(test.team), PerformanceResult.listForTest(test), thresholds(test)));
    }

    @POST
    @Path("results")
    @Transactional
    public Response saveResults(long testId, @BeanParam ResultsForm form) {
        PerformanceTest test = managedTest(testId);
        LocalDate tomorrow = LocalDate.now(test.team.zone()).plusDays(1);
        List<Athlete> team = Athlete.listForTeam(test.team);
        Set<Long> ids = team.stream().map(a -> a.id).collect(Collectors.toSet());
        FormErrors errors = FormErrors.none();
        Optional<ResultsForm.Parsed> parsed = form.parse(ids, tomorrow, errors);
        if (parsed.isEmpty()) {
            return Redirects.invalid(Templates.results(ResultsPage.refused(test, form, tomorrow, team,
                    PerformanceResult.listForTest(test), thresholds(test), errors)));
        }
        PerformanceResult.record(test, parsed.get().date(), parsed.get().measurements());
        ledger.changed(test.team, List.of(), parsed.get().date());
        int saved = parsed.get().measurements().size();
        return Redirects.seeOther("/tests/" + test.id + "/results?date=" + parsed.get().date(),
                saved == 1 ? "1 result saved." : saved + " results saved.");
    }

    /** Idempotent: removing a result that is already gone answers as if it had just been removed. */
    @POST
    @Path("results/{resultId}/delete")
    @Transactional
    public Response removeResult(long testId, long resultId) {
        PerformanceTest test = managedTest(testId);
        PerformanceResult result = PerformanceResult.findById(resultId);
        if (result == null) {
            return Redirects.seeOther("/tests/" + test.id + "/results", "The result was already removed.");
        }
        if (!result.test.id.equals(test.id)) {
            throw new NotFoundException();
        }
        result.delete();
        ledger.changed(test.team, List.of(result.athlete.id), result.resultDate);
        return Redirects.seeOther("/tests/" + test.id + "/results?date=" + result.resultDate, "Result removed.");
    }

    private PerformanceTest managedTest(long id) {
        return PerformanceTest.findWithTeam(id)
                .filter(t -> access.canManageItem(t.team, t.name, "/tests/" + id, "/tests/" + id + "/results", "tests"))
                .orElseThrow(NotFoundException::new);
    }

    private Thresholds thresholds(PerformanceTest test) {
        return TeamThresholds.effectiveFor(test.team, defaults);
    }
}
