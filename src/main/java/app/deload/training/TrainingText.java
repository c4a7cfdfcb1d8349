package app.deload.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How training pages write dates and times: team-local, in words a coach reads at a glance. */
final class TrainingText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private TrainingText() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String longDay(LocalDate date) {
        return LONG_DAY.format(date);
    }

    /** "Mon 3 Mar 2025, 17:30", or the day alone for a session logged without a time. */
    static String when(LocalDate date, LocalTime time) {
        return time == null ? day(date) : day(date) + ", " + time;
    }

    /** An instant as the team's clock showed it. */
    static String stamp(Instant instant, ZoneId zone) {
        return instant == null ? "" : STAMP.format(instant.atZone(zone));
    }
}
