package app.deload.microcycle;

import app.deload.planning.PlanLayout;
import app.deload.planning.microcycle.DayKind;
import app.deload.planning.microcycle.PlannedMicrocycle;
import app.deload.planning.microcycle.SessionKind;
import app.deload.planning.microcycle.WeekCheck;
import app.deload.planning.microcycle.WeekChecks;
import app.deload.planning.microcycle.WeekPlanner;
import app.deload.planning.microcycle.WeekTemplate;
import app.deload.web.FormErrors;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The week template page: every field with its value and message, the week's checks and, with an active plan, how
 * next week's planned load would turn into sessions.
 *
 * @param heading     "Week template · Eagles" or the athlete's
 * @param source      where the template shown comes from, in words
 * @param resetAction set when the athlete has a template of their own that can be removed
 * @param problems    messages that belong to no single field (the shares' sum, …)
 * @param checksNote  why no checks are shown, when the values cannot be read
 */
public record TemplateEditor(String heading, String title, String action, String source, String resetAction,
        String backHref, String backLabel, String generateHref, List<AthleteLink> athletes, int rows, List<DayRow> days, Field matchStart,
        Field matchMinutes, Field matchRpe, boolean hardDaysConfirmed, String confirmError, List<String> problems,
        List<CheckRow> checks, String checksNote, String status) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** One input: its id (for label and message), its label, value and message. */
    public record Field(String id, String label, String value, String error) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    public record SessionRow(int number, String label, List<Option> types, Field type, Field start, Field minutes,
            Field rpe, Field share) {
    }

    public record DayRow(String key, String name, List<Option> kinds, Field kind, List<SessionRow> sessions,
            Field recoveryStart, Field recoveryMinutes, Field recoveryRpe, Field recoveryActivity) {
    }

    /** @param state "passes", "confirmed" or "needs attention": the result in words, not colour alone */
    public record CheckRow(String label, boolean ok, String state, String message) {
    }

    /** Where the page is and what it is about; on the team's page, its athletes and whose template they follow. */
    public record Page(String heading, String title, String action, String source, String resetAction,
            String backHref, String backLabel, String generateHref, List<AthleteLink> athletes) {
    }

    /** @param follows "their own template" or "the team's template" */
    public record AthleteLink(String name, String href, String follows) {
    }

    static TemplateEditor of(Page page, TemplateInput input, int rows, FormErrors errors,
            Optional<PlanLayout> layout, LocalDate today, String status) {
        Set<String> shown = new HashSet<>();
        List<DayRow> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            days.add(day(d, input.days().get(d), rows, errors, shown));
        }
        TemplateInput.Session c = input.competition();
        Field matchStart = field("f-match-start", "Event day start", c.start(), "competition.start", errors, shown);
        Field matchMinutes = field("f-match-minutes", "Event day minutes", c.minutes(),
                "competition.minutes", errors, shown);
        Field matchRpe = field("f-match-rpe", "Event day RPE", c.rpe(), "competition.rpe", errors, shown);
        shown.add(TemplateRules.CONFIRM_FIELD);
        List<String> problems = new ArrayList<>();
        errors.all().forEach((key, message) -> {
            if (!shown.contains(key)) {
                problems.add(message);
            }
        });

        List<CheckRow> checks = new ArrayList<>();
        String checksNote = null;
        Optional<WeekTemplate> template = input.parse(FormErrors.none());
        if (template.isPresent()) {
            for (WeekCheck check : WeekChecks.template(template.get(), input.hardDaysConfirmed())) {
                checks.add(checkRow(check, check.kind().label(), check.message()));
            }
            if (layout.isPresent()) {
                checks.add(nextWeek(template.get(), layout.get(), today, input.hardDaysConfirmed()));
            } else {
                checks.add(new CheckRow(WeekCheck.Kind.WEEK_LOAD.label(), true, "not checked",
                        "no active plan: the load check needs the plan's weekly load"));
            }
        } else {
            checksNote = "Correct the marked fields to see the week's checks.";
        }
        return new TemplateEditor(page.heading(), page.title(), page.action(), page.source(), page.resetAction(),
                page.backHref(), page.backLabel(), page.generateHref(), page.athletes(), rows, days, matchStart, matchMinutes, matchRpe,
                input.hardDaysConfirmed(), errors.get(TemplateRules.CONFIRM_FIELD), problems, checks, checksNote,
                status);
    }

    private static CheckRow nextWeek(WeekTemplate template, PlanLayout layout, LocalDate today, boolean confirmed) {
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<PlannedMicrocycle> weeks = WeekPlanner.weeks(layout, template, monday, monday);
        String label = WeekCheck.Kind.WEEK_LOAD.label();
        if (weeks.isEmpty()) {
            return new CheckRow(label, true, "not checked", "the plan has no week starting " + DAY.format(monday));
        }
        PlannedMicrocycle week = weeks.get(0);
        for (WeekCheck check : WeekChecks.week(week, confirmed)) {
            if (check.kind() == WeekCheck.Kind.WEEK_LOAD) {
                return checkRow(check, label, "next week (" + DAY.format(week.week().start()) + ", "
                        + week.week().kind().code() + "): " + check.message());
            }
        }
        return new CheckRow(label, true, "not checked", "the plan's week has no load");
    }

    static CheckRow checkRow(WeekCheck check, String label, String message) {
        String state = !check.ok() ? "needs attention" : message.contains("confirmed") ? "confirmed" : "passes";
        return new CheckRow(label, check.ok(), state, message);
    }

    private static DayRow day(int index, TemplateInput.Day day, int rows, FormErrors errors, Set<String> shown) {
        String key = TemplateInput.dayName(index);
        String name = DayOfWeek.of(index + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String kind = day.kind() == null ? "" : day.kind().trim();
        List<Option> kinds = new ArrayList<>();
        for (DayKind k : DayKind.values()) {
            String label = k.label();
            kinds.add(new Option(k.code(), Character.toUpperCase(label.charAt(0)) + label.substring(1),
                    k.code().equals(kind)));
        }
        List<SessionRow> sessions = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            TemplateInput.Session s = r < day.sessions().size() ? day.sessions().get(r)
                    : new TemplateInput.Session("", "", "", "", "");
            String prefix = "f-" + key + "-s" + r + "-";
            String errorKey = key + ".sessions[" + r + "].";
            String type = s.type() == null ? "" : s.type().trim();
            List<Option> types = new ArrayList<>();
            types.add(new Option("", "—", type.isEmpty()));
            for (SessionKind k : SessionKind.values()) {
                if (k != SessionKind.ACTIVE_RECOVERY) {
                    types.add(new Option(k.key(), k.label(), k.key().equals(type)));
                }
            }
            String label = name + " session " + (r + 1);
            sessions.add(new SessionRow(r + 1, label, types,
                    field(prefix + "type", label + " type", type, errorKey + "type", errors, shown),
                    field(prefix + "start", label + " start", s.start(), errorKey + "start", errors, shown),
                    field(prefix + "minutes", label + " planned minutes", s.minutes(),
                            errorKey + "minutes", errors, shown),
                    field(prefix + "rpe", label + " planned RPE", s.rpe(), errorKey + "rpe", errors, shown),
                    field(prefix + "share", label + " share of the week (%)", s.share(),
                            errorKey + "share", errors, shown)));
        }
        TemplateInput.Recovery r = day.recovery() == null ? new TemplateInput.Recovery("", "30", "2", "")
                : day.recovery();
        String prefix = "f-" + key + "-recovery-";
        return new DayRow(key, name, kinds, field("f-" + key + "-kind", name + " is", kind,
                key + ".kind", errors, shown), sessions,
                field(prefix + "start", name + " active recovery start", r.start(),
                        key + ".recovery.start", errors, shown),
                field(prefix + "minutes", name + " active recovery minutes", r.minutes(),
                        key + ".recovery.minutes", errors, shown),
                field(prefix + "rpe", name + " active recovery RPE", r.rpe(), key + ".recovery.rpe", errors, shown),
                field(prefix + "activity", name + " active recovery activity", r.activity(),
                        key + ".recovery.activity", errors, shown));
    }

    private static Field field(String id, String label, String value, String errorKey, FormErrors errors,
            Set<String> shown) {
        shown.add(errorKey);
        return new Field(id, label, value == null ? "" : value, errors.get(errorKey));
    }
}
