package app.deload.microcycle;

import app.deload.athlete.Athlete;
import app.deload.planning.PlanLayout;
import app.deload.planning.microcycle.WeekTemplate;
import app.deload.team.Team;
import app.deload.web.FormErrors;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The week template page shared by the team's and an athlete's template: checking shows the week's checks without
 * saving; hard days in a row are saved only when the coach confirms them, the other checks only warn.
 */
@ApplicationScoped
public class TemplatePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(TemplateEditor view);
    }

    @Inject
    TemplateStore store;

    TemplateInstance shown(TemplateEditor.Page page, EffectiveTemplate effective, Optional<PlanLayout> layout,
            Team team) {
        int rows = Math.max(TemplateForm.ROWS, effective.template().days().stream()
                .mapToInt(d -> d.sessions().size()).max().orElse(0));
        return Templates.editor(TemplateEditor.of(page, TemplateInput.of(effective, rows), rows, FormErrors.none(),
                layout, today(team), null));
    }

    /** Checks, or saves and redirects, or shows the form again with its errors. */
    Response submitted(TemplateEditor.Page page, TemplateForm form, Team team, Athlete athleteOrNull,
            Optional<PlanLayout> layout, String saved) {
        TemplateInput input = form.input();
        FormErrors errors = FormErrors.none();
        if (form.checkOnly()) {
            input.parse(errors);
            return Response.ok(Templates.editor(TemplateEditor.of(page, input, form.rowsPerDay(), errors, layout,
                    today(team), errors.any() ? null : "Checked; not saved yet."))).build();
        }
        Optional<WeekTemplate> template = TemplateRules.parse(input, errors);
        if (template.isEmpty()) {
            return Redirects.invalid(Templates.editor(TemplateEditor.of(page, input, form.rowsPerDay(), errors,
                    layout, today(team), null)));
        }
        store.save(team, athleteOrNull, template.get(), input.hardDaysConfirmed());
        return Redirects.seeOther(page.action(), saved);
    }

    private static LocalDate today(Team team) {
        return LocalDate.now(team.zone());
    }
}
