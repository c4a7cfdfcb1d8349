package app.deload.microcycle;

import app.deload.planning.microcycle.WeekCheck;
import app.deload.planning.microcycle.WeekChecks;
import app.deload.planning.microcycle.WeekTemplate;
import app.deload.web.FormErrors;
import java.util.Optional;

/** Parsing a template and refusing hard days in a row the coach has not confirmed; the other checks only warn. */
final class TemplateRules {

    static final String CONFIRM_FIELD = "hardDaysConfirmed";

    private TemplateRules() {
    }

    static Optional<WeekTemplate> parse(TemplateInput input, FormErrors errors) {
        Optional<WeekTemplate> template = input.parse(errors);
        if (template.isEmpty()) {
            return template;
        }
        for (WeekCheck check : WeekChecks.template(template.get(), input.hardDaysConfirmed())) {
            if (check.kind() == WeekCheck.Kind.HARD_DAYS && !check.ok()) {
                errors.add(CONFIRM_FIELD, TemplateInput.capitalised(check.message()) + " (tick “Hard days in a row "
                        + "are intended”).");
                return Optional.empty();
            }
        }
        return template;
    }
}
