package app.deload.planning.microcycle;

import app.deload.planning.PlanEvent;
import app.deload.planning.PlanLayout;
import app.deload.planning.PlannedWeek;
import app.deload.planning.WeekKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns plan weeks into sessions with a week template.
 *
 * <ul>
 *   <li>An event day becomes one match/competition session named after the event (the template's match, else its
 *       competition session); the day after an event, if the template trains, becomes active recovery.</li>
 *   <li>Matches and active recovery keep their minutes and RPE; the rest of the week's planned load is split over the
 *       other sessions by their shares (renormalised over the sessions left): minutes = share × load / RPE. So deload
 *       and taper weeks keep every RPE and cut minutes. In a week where a deload is brought forward, a session's
 *       load follows its day's rate.</li>
 *   <li>Minutes are rounded to 5 (1 at least, 600 at most), the rounding carried to the next session so that the
 *       week stays close to its plan.</li>
 * </ul>
 */
public final class WeekPlanner {
    private WeekPlanner() {
    }

    /** Every planned session from {@code from} through {@code to} inside the plan. */
    public static List<PlannedSession> sessions(PlanLayout layout, WeekTemplate template, LocalDate from,
                                                LocalDate to) {
        List<PlannedSession> out = new ArrayList<>();
        for (PlannedWeek w : layout.weeks()) {
            if (w.end().isBefore(from) || w.start().isAfter(to)) {
                continue;
            }
            for (PlannedSession s : plan(template, w, layout.events()).sessions()) {
                if (!s.date().isBefore(from) && !s.date().isAfter(to)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Every day of a plan week with its sessions. */
    public static List<PlannedMicrocycle> weeks(PlanLayout layout, WeekTemplate template, LocalDate from,
                                                LocalDate to) {
        List<PlannedMicrocycle> out = new ArrayList<>();
        for (PlannedWeek w : layout.weeks()) {
            if (!w.end().isBefore(from) && !w.start().isAfter(to)) {
                out.add(plan(template, w, layout.events()));
            }
        }
        return out;
    }

    public static PlannedMicrocycle plan(WeekTemplate template, PlannedWeek week, List<PlanEvent> events) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(week, "week");
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            drafts.add(draft(template, week, events == null ? List.of() : events, week.start().plusDays(i)));
        }
        double fixed = 0;
        double shares = 0;
        for (Draft d : drafts) {
            fixed += d.fixedLoad();
            for (TemplateSession s : d.shared) {
                shares += s.share();
            }
        }
        double carry = 0;
        List<PlannedDay> days = new ArrayList<>();
        for (Draft d : drafts) {
            List<PlannedSession> sessions = new ArrayList<>(d.fixed);
            for (TemplateSession s : d.shared) {
                double available = Math.max(0, 7 * week.plannedLoadOn(d.date) - fixed);
                double target = (shares > 0 ? s.share() / shares : 0) * available + carry;
                int minutes = minutes(target, s.rpe());
                carry = target - (double) minutes * s.rpe();
                sessions.add(new PlannedSession(d.date, s.start(), s.kind(), minutes, s.rpe(), d.reason));
            }
            sessions.sort(java.util.Comparator.comparing(s -> s.start() == null ? LocalTime.MAX : s.start()));
            days.add(new PlannedDay(d.date, d.kind, sessions, d.reason));
        }
        return new PlannedMicrocycle(week, days);
    }

    /** Rounded to 5 minutes, 1 at least and 600 at most. */
    static int minutes(double load, int rpe) {
        double raw = load / rpe;
        long rounded = Math.round(raw / 5) * 5;
        return (int) Math.max(1, Math.min(600, rounded));
    }

    private static Draft draft(WeekTemplate template, PlannedWeek week, List<PlanEvent> events, LocalDate date) {
        PlanEvent today = eventOn(events, date);
        PlanEvent yesterday = eventOn(events, date.minusDays(1));
        TemplateDay t = template.day(date.getDayOfWeek());
        String weekReason = weekReason(week, date);
        if (today != null) {
            TemplateSession e = template.eventSession();
            return new Draft(date, DayKind.TRAINING, List.of(new PlannedSession(date, e.start(), e.kind(), e.minutes(),
                    e.rpe(), today.name())), List.of(), today.name());
        }
        if (yesterday != null && t.kind() == DayKind.TRAINING) {
            ActiveRecovery r = ActiveRecovery.standard(t.sessions().get(0).start());
            String reason = "active recovery after " + yesterday.name() + ": " + RECOVERY;
            return new Draft(date, DayKind.ACTIVE_RECOVERY, List.of(PlannedSession.recovery(date, r, reason)),
                    List.of(), reason);
        }
        return switch (t.kind()) {
            case REST -> new Draft(date, DayKind.REST, List.of(), List.of(), "rest day");
            case ACTIVE_RECOVERY -> {
                String reason = "active recovery: " + RECOVERY;
                yield new Draft(date, DayKind.ACTIVE_RECOVERY, List.of(PlannedSession.recovery(date, t.recovery(),
                        reason)), List.of(), reason);
            }
            case TRAINING -> {
                List<PlannedSession> fixed = new ArrayList<>();
                List<TemplateSession> shared = new ArrayList<>();
                for (TemplateSession s : t.sessions()) {
                    if (s.match()) {
                        fixed.add(new PlannedSession(date, s.start(), s.kind(), s.minutes(), s.rpe(), weekReason));
                    } else {
                        shared.add(s);
                    }
                }
                yield new Draft(date, DayKind.TRAINING, fixed, shared, weekReason);
            }
        };
    }

    static final String RECOVERY = "20–40 min of walking, easy cycling, swimming, yoga or mobility at 30–50 % "
            + "intensity, RPE 1–3";

    private static String weekReason(PlannedWeek week, LocalDate date) {
        if (week.deloadFrom() != null && !date.isBefore(week.deloadFrom())) {
            return "deload brought forward: same intensity, less volume";
        }
        WeekKind kind = week.kind();
        if (week.deloadFrom() != null && kind == WeekKind.DELOAD) {
            return "loading week";
        }
        return switch (kind) {
            case LOADING -> "loading week";
            case DELOAD -> "deload week: same intensity, less volume";
            case TAPER -> week.note() + ": same intensity, less volume";
            case EVENT -> week.note();
        };
    }

    private static PlanEvent eventOn(List<PlanEvent> events, LocalDate date) {
        for (PlanEvent e : events) {
            if (e.date().equals(date)) {
                return e;
            }
        }
        return null;
    }

    private record Draft(LocalDate date, DayKind kind, List<PlannedSession> fixed, List<TemplateSession> shared,
                         String reason) {
        double fixedLoad() {
            double sum = 0;
            for (PlannedSession s : fixed) {
                sum += s.load();
            }
            return sum;
        }
    }
}
