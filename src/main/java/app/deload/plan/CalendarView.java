package app.deload.plan;

import app.deload.planning.PlannedWeek;
import app.deload.planning.WeekKind;
import app.deload.planning.microcycle.DayKind;
import app.deload.planning.microcycle.DayLabel;
import app.deload.planning.microcycle.SessionKind;
import app.deload.planning.microcycle.WeekTemplate;
import app.deload.team.Team;
import app.deload.training.TrainingSession;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A team's month or week: each week labelled with its kind (loading, deload, taper, event) and shaded by it,
 * each day with its sessions, events and the start of a deload brought forward (for the team, or for one athlete
 * when a proposal for them was accepted). Rest and active-recovery days are named in words: a day of only
 * active-recovery sessions, or in a plan week a day without team sessions that the team's week template keeps for
 * rest or active recovery.
 */
public record CalendarView(long teamId, String teamName, String timeZone, String title, String previousHref,
        String nextHref, String otherViewHref, String otherViewLabel, boolean monthView, List<String> dayHeads,
        List<WeekLine> weeks, List<FeedRow> feeds, String feedAction) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);

    public record WeekLine(String label, String kindCode, String note, String weekHref, List<DayCell> days) {
    }

    /** @param kind "Rest day" or "Active-recovery day", else null */
    public record DayCell(String label, String weekday, String date, boolean inRange, boolean today, List<String> sessions,
            List<String> marks, String kind, String kindCode) {
    }

    public record FeedRow(long id, String prefix, java.time.Instant created, boolean revoked, String revokeAction) {
    }

    static CalendarView month(Team team, YearMonth month, LocalDate today, PlanWeeks plan, WeekTemplate template,
            List<TrainingSession> sessions, List<FeedRow> feeds) {
        String base = "/teams/" + team.id + "/calendar";
        LocalDate first = PlanDates.monday(month.atDay(1));
        LocalDate last = month.atEndOfMonth();
        List<WeekLine> weeks = new ArrayList<>();
        for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            weeks.add(line(team, monday, today, plan, template, sessions, d -> YearMonth.from(d).equals(month)));
        }
        LocalDate weekOfMonth = YearMonth.from(today).equals(month) ? today : month.atDay(1);
        return new CalendarView(team.id, team.name, team.timeZone, MONTH.format(month),
                base + "?month=" + month.minusMonths(1), base + "?month=" + month.plusMonths(1),
                base + "/week?week=" + PlanDates.monday(weekOfMonth), "Week view", true,
                weeks.get(0).days().stream().map(DayCell::weekday).toList(), weeks, feeds, base + "/feeds");
    }

    static CalendarView week(Team team, LocalDate monday, LocalDate today, PlanWeeks plan, WeekTemplate template,
            List<TrainingSession> sessions, List<FeedRow> feeds) {
        String base = "/teams/" + team.id + "/calendar";
        WeekLine line = line(team, monday, today, plan, template, sessions, d -> true);
        return new CalendarView(team.id, team.name, team.timeZone, "Week of " + PlanText.day(monday),
                base + "/week?week=" + monday.minusWeeks(1), base + "/week?week=" + monday.plusWeeks(1),
                base + "?month=" + YearMonth.from(monday), "Month view", false,
                line.days().stream().map(DayCell::label).toList(), List.of(line), feeds, base + "/feeds");
    }

    private static WeekLine line(Team team, LocalDate monday, LocalDate today, PlanWeeks plan, WeekTemplate template,
            List<TrainingSession> sessions, java.util.function.Predicate<LocalDate> inRange) {
        PlannedWeek week = plan.weekOf(monday);
        String label = week == null ? "no plan" : week.kind().label() + " week";
        String code = week == null ? "none" : week.kind().code();
        String note = week == null ? "" : PlanText.load(week.plannedLoad()) + " AU planned"
                + (week.note() == null || week.note().isEmpty() ? "" : " · " + week.note());
        List<DayCell> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            List<String> items = sessions.stream().filter(s -> s.date.equals(day))
                    .map(s -> (s.startTime == null ? "" : s.startTime + " ") + s.type.label() + ", "
                            + s.plannedMinutes + " min" + (s.individual ? " (individual)" : ""))
                    .toList();
            List<String> marks = new ArrayList<>();
            plan.events().stream().filter(e -> e.date.equals(day)).forEach(e -> marks.add("Event: " + e.name));
            if (week != null && day.equals(week.deloadFrom())) {
                marks.add("Deload brought forward starts");
            }
            plan.athletesDeloads().stream().filter(d -> d.startDate.equals(day))
                    .forEach(d -> marks.add("Deload brought forward for " + d.athlete.name + " starts"));
            if (week != null && week.kind() == WeekKind.DELOAD && week.deloadFrom() == null && i == 0) {
                marks.add("Deload week starts");
            }
            DayLabel kind = dayLabel(day, week == null ? null : template, sessions);
            days.add(new DayCell(DAY.format(day), WEEKDAY.format(day), day.toString(), inRange.test(day), day.equals(today), items,
                    marks, kind.recovery() ? kind.text() : null, kind.code().replace('_', '-')));
        }
        return new WeekLine(label, code, note, "/teams/" + team.id + "/calendar/week?week=" + monday, days);
    }

    /** From the team's sessions of the day; without any, what the template (in a plan week) keeps the day for. */
    private static DayLabel dayLabel(LocalDate day, WeekTemplate template, List<TrainingSession> sessions) {
        List<SessionKind> kinds = sessions.stream().filter(s -> s.date.equals(day) && !s.individual)
                .map(s -> SessionKind.valueOf(s.type.name())).toList();
        DayKind planned = template == null ? null : template.day(day.getDayOfWeek()).kind();
        return DayLabel.of(planned, kinds);
    }
}
