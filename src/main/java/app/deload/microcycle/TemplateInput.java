package app.deload.microcycle;

import app.deload.planning.PlanRuleException;
import app.deload.planning.microcycle.ActiveRecovery;
import app.deload.planning.microcycle.DayKind;
import app.deload.planning.microcycle.SessionKind;
import app.deload.planning.microcycle.TemplateDay;
import app.deload.planning.microcycle.TemplateSession;
import app.deload.planning.microcycle.WeekTemplate;
import app.deload.web.FormErrors;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A week template as typed on the template page or sent to the API, every value a string, and its parsing with
 * errors named by field ("monday.sessions[0].rpe", "tuesday.kind", "competition.minutes", "share" for the shares'
 * sum). Empty session rows of a training day are ignored.
 */
public record TemplateInput(List<Day> days, Session competition, boolean hardDaysConfirmed) {

    /** @param kind rest, training or active_recovery */
    public record Day(String kind, List<Session> sessions, Recovery recovery) {
        public Day {
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
        }
    }

    /** @param share percent of the week's load (matches: ignored) */
    public record Session(String type, String start, String minutes, String rpe, String share) {
        boolean blank() {
            return empty(type) && empty(start) && empty(minutes) && empty(rpe) && empty(share);
        }
    }

    public record Recovery(String start, String minutes, String rpe, String activity) {
    }

    public static String dayName(int index) {
        return DayOfWeek.of(index + 1).name().toLowerCase(Locale.ROOT);
    }

    /** The template's values as strings, for a form or an answer. */
    public static TemplateInput of(EffectiveTemplate effective, int sessionRows) {
        WeekTemplate t = effective.template();
        List<Day> days = new ArrayList<>();
        for (TemplateDay d : t.days()) {
            List<Session> sessions = new ArrayList<>();
            for (TemplateSession s : d.sessions()) {
                sessions.add(new Session(s.kind().key(), time(s.start()), Integer.toString(s.minutes()),
                        Integer.toString(s.rpe()), s.match() ? "" : percent(s.share())));
            }
            while (sessions.size() < sessionRows) {
                sessions.add(new Session("", "", "", "", ""));
            }
            ActiveRecovery r = d.recovery();
            Recovery recovery = r == null ? new Recovery("", "30", "2", "")
                    : new Recovery(time(r.start()), Integer.toString(r.minutes()), Integer.toString(r.rpe()),
                            r.activity());
            days.add(new Day(d.kind().code(), sessions, recovery));
        }
        TemplateSession c = t.competition();
        return new TemplateInput(days, new Session(c.kind().key(), time(c.start()), Integer.toString(c.minutes()),
                Integer.toString(c.rpe()), ""), effective.hardDaysConfirmed());
    }

    /** The template, or empty with every problem named. */
    public Optional<WeekTemplate> parse(FormErrors errors) {
        if (days == null || days.size() != 7) {
            errors.add("days", "Give all seven days, Monday to Sunday.");
            return Optional.empty();
        }
        List<TemplateDay> parsed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            parsed.add(day(i, days.get(i), errors));
        }
        TemplateSession competition = competition(errors);
        if (errors.any()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WeekTemplate(parsed, competition));
        } catch (PlanRuleException e) {
            errors.add(e.field(), capitalised(e.getMessage()) + ".");
            return Optional.empty();
        }
    }

    private TemplateSession competition(FormErrors errors) {
        Session c = competition == null ? new Session("match", "", "", "", "") : competition;
        LocalTime start = time(c.start(), "competition.start", errors);
        Integer minutes = number(c.minutes(), "competition.minutes", 1, 600, "Planned minutes", errors);
        Integer rpe = number(c.rpe(), "competition.rpe", 1, 10, "Planned RPE", errors);
        if (minutes == null || rpe == null || errors.has("competition.start")) {
            return null;
        }
        return new TemplateSession(SessionKind.MATCH, start, minutes, rpe, 0);
    }

    private static TemplateDay day(int index, Day day, FormErrors errors) {
        DayOfWeek weekday = DayOfWeek.of(index + 1);
        String key = dayName(index);
        String name = weekday.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        DayKind kind = null;
        for (DayKind k : DayKind.values()) {
            if (day != null && k.code().equals(day.kind() == null ? "" : day.kind().trim())) {
                kind = k;
            }
        }
        if (kind == null) {
            errors.add(key + ".kind", "Choose rest, training or active recovery for " + name + ".");
            return null;
        }
        switch (kind) {
            case REST -> {
                return TemplateDay.rest(weekday);
            }
            case ACTIVE_RECOVERY -> {
                Recovery r = day.recovery() == null ? new Recovery("", "30", "2", "") : day.recovery();
                LocalTime start = time(r.start(), key + ".recovery.start", errors);
                Integer minutes = number(r.minutes(), key + ".recovery.minutes", ActiveRecovery.MIN_MINUTES,
                        ActiveRecovery.MAX_MINUTES, "Active recovery", errors);
                Integer rpe = number(r.rpe(), key + ".recovery.rpe", 1, 3, "Active recovery's RPE", errors);
                if (minutes == null || rpe == null || errors.has(key + ".recovery.start")) {
                    return null;
                }
                String activity = r.activity() == null ? null : r.activity().strip();
                if (activity != null && activity.length() > 200) {
                    errors.add(key + ".recovery.activity", "Describe the activity in at most 200 characters.");
                    return null;
                }
                return TemplateDay.recovery(weekday, new ActiveRecovery(start, minutes, rpe, activity));
            }
            default -> {
                List<TemplateSession> sessions = new ArrayList<>();
                for (int s = 0; s < day.sessions().size(); s++) {
                    Session raw = day.sessions().get(s);
                    if (raw == null || raw.blank()) {
                        continue;
                    }
                    TemplateSession parsed = session(raw, key + ".sessions[" + s + "]", errors);
                    if (parsed != null) {
                        sessions.add(parsed);
                    }
                }
                if (sessions.isEmpty()) {
                    errors.add(key + ".sessions[0].type", name + " is a training day: give it at least one session, "
                            + "or make it a rest or active-recovery day.");
                    return null;
                }
                return sessions.size() == countFilled(day) ? new TemplateDay(weekday, DayKind.TRAINING, sessions, null)
                        : null;
            }
        }
    }

    private static int countFilled(Day day) {
        return (int) day.sessions().stream().filter(s -> s != null && !s.blank()).count();
    }

    private static TemplateSession session(Session raw, String key, FormErrors errors) {
        Optional<SessionKind> kind = SessionKind.fromKey(raw.type() == null ? "" : raw.type().trim());
        if (kind.isEmpty() || kind.get() == SessionKind.ACTIVE_RECOVERY) {
            errors.add(key + ".type", kind.isPresent() ? "Active recovery is a day of its own: choose it as the "
                    + "day's kind." : "Choose the session's type.");
        }
        LocalTime start = time(raw.start(), key + ".start", errors);
        Integer minutes = number(raw.minutes(), key + ".minutes", 1, 600, "Planned minutes", errors);
        Integer rpe = number(raw.rpe(), key + ".rpe", 1, 10, "Planned RPE", errors);
        Double share = 0.0;
        if (kind.isPresent() && kind.get() != SessionKind.MATCH) {
            share = decimal(raw.share(), key + ".share", errors);
        }
        if (kind.isEmpty() || kind.get() == SessionKind.ACTIVE_RECOVERY || minutes == null || rpe == null
                || share == null || errors.has(key + ".start")) {
            return null;
        }
        return new TemplateSession(kind.get(), start, minutes, rpe, share / 100);
    }

    private static LocalTime time(String raw, String key, FormErrors errors) {
        if (empty(raw)) {
            return null;
        }
        try {
            return LocalTime.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(key, "Enter the start as HH:MM, e.g. 18:00.");
            return null;
        }
    }

    private static Integer number(String raw, String key, int min, int max, String what, FormErrors errors) {
        if (empty(raw)) {
            errors.add(key, what + ": enter a whole number from " + min + " to " + max + ".");
            return null;
        }
        try {
            int n = Integer.parseInt(raw.trim());
            if (n < min || n > max) {
                errors.add(key, what + " must be " + min + " to " + max + " but was " + n + ".");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(key, what + ": enter a whole number from " + min + " to " + max + ".");
            return null;
        }
    }

    private static Double decimal(String raw, String key, FormErrors errors) {
        if (empty(raw)) {
            errors.add(key, "Enter the session's share of the week's load in % (0 to 100).");
            return null;
        }
        try {
            double d = Double.parseDouble(raw.trim().replace(',', '.'));
            if (!(d >= 0 && d <= 100)) {
                errors.add(key, "A share is 0 to 100 %.");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(key, "Enter the share as a number of percent, e.g. 25.");
            return null;
        }
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    static String time(LocalTime t) {
        return t == null ? "" : t.toString();
    }

    static String percent(double share) {
        return java.math.BigDecimal.valueOf(share * 100).setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
