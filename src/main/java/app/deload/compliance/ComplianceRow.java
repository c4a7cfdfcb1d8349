package app.deload.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import app.deload.training.SessionLoad;

/**
 * One athlete's reporting: today's questionnaire and ratings, and how much of the last 28 days they completed
 * (questionnaires on days since their first day, ratings of sessions they attended that have started).
 */
public record ComplianceRow(long athleteId, String name, String code, boolean wellnessToday, int unratedToday,
        int wellnessDays, int windowDays, int ratedSessions, int sessionsToRate, String wellnessRate,
        String ratingRate, String overallRate, boolean complete) {

    static ComplianceRow of(long athleteId, String name, String code, LocalDate joined, LocalDate day,
            int windowDays, List<LocalDate> wellnessDates, List<SessionLoad> sessions, Instant now) {
        LocalDate from = day.minusDays(windowDays - 1L);
        LocalDate first = firstDay(joined, wellnessDates, sessions);
        if (first.isAfter(from)) {
            from = first;
        }
        LocalDate start = from;
        int days = (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, day) + 1);
        int wellness = (int) wellnessDates.stream().filter(d -> !d.isBefore(start) && !d.isAfter(day)).count();
        List<SessionLoad> due = sessions.stream()
                .filter(s -> s.attended() && !s.startsAt().isAfter(now) && !s.date().isBefore(start)).toList();
        int rated = (int) due.stream().filter(s -> s.rpe() != null).count();
        int unratedToday = (int) due.stream().filter(s -> s.rpe() == null && s.date().equals(day)).count();
        boolean today = wellnessDates.contains(day);
        return new ComplianceRow(athleteId, name, code, today, unratedToday, wellness, days, rated, due.size(),
                percent(wellness, days), percent(rated, due.size()), percent(wellness + rated, days + due.size()),
                today && unratedToday == 0);
    }

    /**
     * The athlete's first day (the earliest of joining, the first attended session and the first questionnaire):
     * history entered for days before the record was created counts from its own first day.
     */
    static LocalDate firstDay(LocalDate joined, List<LocalDate> wellnessDates, List<SessionLoad> sessions) {
        return Stream.concat(Stream.concat(Stream.of(joined), wellnessDates.stream()),
                sessions.stream().filter(SessionLoad::attended).map(SessionLoad::date))
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    private static String percent(int done, int due) {
        return due == 0 ? "—" : String.format(Locale.ROOT, "%d %%", Math.round(100.0 * done / due));
    }
}
