package app.deload.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.deload.team.Team;

/** A team's sessions for one week, Monday to Sunday, in the team's zone. */
public record WeekView(long teamId, String teamName, String timeZone, String title, String previousHref,
        String nextHref, String currentHref, boolean currentWeek, String planHref, List<Day> days) {

    public record Day(String label, boolean today, String planHref, List<SessionSummary> sessions) {
    }

    static WeekView of(Team team, LocalDate monday, LocalDate today, List<TrainingSession> sessions,
            List<AttendanceLine> lines, Instant now) {
        Map<Long, List<AttendanceLine>> bySession = lines.stream()
                .collect(Collectors.groupingBy(AttendanceLine::sessionId));
        String base = "/teams/" + team.id + "/sessions";
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            List<SessionSummary> summaries = sessions.stream().filter(s -> s.date.equals(date))
                    .map(s -> SessionSummary.of(s, bySession.getOrDefault(s.id, List.of()), now)).toList();
            days.add(new Day(TrainingText.longDay(date), date.equals(today), base + "/new?date=" + date, summaries));
        }
        LocalDate sunday = monday.plusDays(6);
        String title = "Week of " + TrainingText.day(monday) + " – " + TrainingText.day(sunday);
        boolean current = !today.isBefore(monday) && !today.isAfter(sunday);
        return new WeekView(team.id, team.name, team.timeZone, title, base + "?week=" + monday.minusWeeks(1),
                base + "?week=" + monday.plusWeeks(1), base, current, base + "/new?date=" + (current ? today : monday),
                days);
    }
}
