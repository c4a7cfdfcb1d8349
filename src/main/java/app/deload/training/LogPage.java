package app.deload.training;

import java.util.Arrays;
import java.util.List;

/** Around the log form: whose session it is, where it posts, and the RPE scale as tap targets. */
public record LogPage(String athleteName, String teamName, String timeZone, String action, String cancelHref,
        boolean self, List<Cr10.Option> scale) {

    static LogPage of(String athleteName, String teamName, String timeZone, String action, String cancelHref,
            boolean self, LogForm form) {
        return new LogPage(athleteName, teamName, timeZone, action, cancelHref, self, Cr10.options(form.rpe()));
    }

    public List<SessionFormPage.TypeOption> types() {
        return Arrays.stream(SessionType.values()).map(t -> new SessionFormPage.TypeOption(t.key(), t.label()))
                .toList();
    }

    public String prompt() {
        return Cr10.PROMPT;
    }
}
