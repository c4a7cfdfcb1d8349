package app.deload.performance;

import java.util.List;

import app.deload.account.Access;
import app.deload.account.Role;
import app.deload.team.Team;
import app.deload.team.TeamThresholds;
import app.deload.team.ThresholdDefaults;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The performance tests a team runs, listed and defined by its coaches or an admin. */
@Path("/teams/{teamId}/tests")
@RolesAllowed({ Role.COACH, Role.ADMIN })
public class TeamTestsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(long teamId, String teamName, List<TestRow> tests, TestForm form,
                FormErrors errors, String swcHint, String action);
    }

    @Inject
    Access access;

    @Inject
    Forms forms;

    @Inject
    ThresholdDefaults defaults;

    @GET
    public TemplateInstance list(long teamId) {
        return page(access.team(teamId), TestForm.empty(), FormErrors.none());
    }

    @POST
    @Transactional
    public Response create(long teamId, @BeanParam TestForm form) {
        Team team = access.team(teamId);
        FormErrors errors = forms.check(form);
        PerformanceTest test = new PerformanceTest();
        form.applyTo(test, team, errors);
        if (errors.any()) {
            return Redirects.invalid(page(team, form, errors));
        }
        test.persist();
        return Redirects.seeOther("/tests/" + test.id + "/results", "Test added.");
    }

    private TemplateInstance page(Team team, TestForm form, FormErrors errors) {
        double teamSwc = TeamThresholds.effectiveFor(team, defaults).defaultSwcPercent();
        return Templates.list(team.id, team.name, TestRow.of(team, PerformanceTest.listForTeam(team), teamSwc), form,
                errors, TestForm.swcHint(teamSwc), "/teams/" + team.id + "/tests");
    }
}
