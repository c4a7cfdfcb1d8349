package app.deload.transfer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.deload.training.Cr10;
import app.deload.training.SessionType;

/**
 * Checks the lines of a sessions file (columns of {@link TransferKind#SESSIONS}). Besides each value, a file may
 * hold an athlete's session (athlete, date, start time, type) once, the rows of one team session must not
 * disagree on its notes, and only a session that has started can carry a rating.
 */
final class SessionsCsv {

    static final int MAX_MINUTES = 600;
    static final int MAX_NOTES = 1000;
    private static final Pattern TIME = Pattern.compile("([0-9]{1,2}):([0-9]{2})");
    private static final int CODE = 0;
    private static final int DATE = 1;
    private static final int START = 2;
    private static final int TYPE = 3;
    private static final int MINUTES = 4;
    private static final int RPE = 5;
    private static final int NOTES = 6;

    private SessionsCsv() {
    }

    /** @param now the current moment in the team's zone: today's date and whether a session has started */
    static Checked<SessionRow> check(List<CsvReader.Record> records, Roster roster, ZonedDateTime now) {
        List<String> names = TransferKind.SESSIONS.columnNames();
        List<SessionRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<SessionRow.Key, Integer> firstLineOf = new HashMap<>();
        Map<SessionRow.Group, SessionRow> notesOf = new HashMap<>();
        for (CsvReader.Record record : records) {
            LineCheck check = new LineCheck(record, names);
            Roster.Member athlete = check.athlete(CODE, roster);
            LocalDate date = check.date(DATE, now.toLocalDate());
            LocalTime start = startTime(check);
            SessionType type = type(check);
            Integer minutes = check.whole(MINUTES, 1, MAX_MINUTES, true);
            Integer rpe = check.whole(RPE, Cr10.MIN, Cr10.MAX, false);
            String notes = check.note(NOTES, MAX_NOTES);
            SessionRow row = null;
            if (check.ok()) {
                row = new SessionRow(check.line(), athlete.athleteId(), athlete.code(), date, start, type, minutes, rpe,
                        notes);
                crossCheck(check, row, now, firstLineOf, notesOf);
            }
            Optional<RowProblem> problem = check.problem();
            if (problem.isPresent()) {
                problems.add(problem.get());
            } else {
                rows.add(row);
            }
        }
        return new Checked<>(rows, problems);
    }

    private static void crossCheck(LineCheck check, SessionRow row, ZonedDateTime now,
            Map<SessionRow.Key, Integer> firstLineOf, Map<SessionRow.Group, SessionRow> notesOf) {
        if (row.rpe() != null && !started(row, now)) {
            check.fail("rpe is given for a session that has not started yet: leave rpe empty until it has.");
        }
        Integer first = firstLineOf.putIfAbsent(row.key(), row.line());
        if (first != null) {
            check.fail("Duplicate of line " + first + ": the same athlete, date, start time and type.");
        }
        if (!row.individual() && row.notes() != null) {
            SessionRow earlier = notesOf.putIfAbsent(row.group(), row);
            if (earlier != null && !earlier.notes().equals(row.notes())) {
                check.fail("notes differ from line " + earlier.line() + ", a row of the same session (date, "
                        + "start time and type): give one session the same notes on every row, or none.");
            }
        }
    }

    private static boolean started(SessionRow row, ZonedDateTime now) {
        LocalTime start = row.startTime() == null ? LocalTime.MIDNIGHT : row.startTime();
        return !row.date().atTime(start).atZone(now.getZone()).isAfter(now);
    }

    private static LocalTime startTime(LineCheck check) {
        String raw = check.text(START);
        if (raw.isEmpty()) {
            return null;
        }
        Matcher matcher = TIME.matcher(raw);
        if (matcher.matches()) {
            int hour = Integer.parseInt(matcher.group(1));
            int minute = Integer.parseInt(matcher.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        return check.fail("start_time “" + raw + "” is not a time as HH:MM (24 h), e.g. 17:30.");
    }

    private static SessionType type(LineCheck check) {
        String raw = check.text(TYPE);
        return SessionType.fromKey(raw.toLowerCase(Locale.ROOT)).orElseGet(() -> check.fail("type “" + raw
                + "” is not one of " + String.join(", ", typeKeys()) + "."));
    }

    private static List<String> typeKeys() {
        return List.of(SessionType.values()).stream().map(SessionType::key).toList();
    }
}
