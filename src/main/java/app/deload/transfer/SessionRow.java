package app.deload.transfer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import app.deload.training.SessionType;

/**
 * One athlete's session with its rating, as a line of a sessions file: attended, {@code minutes} long, rated
 * {@code rpe} (null: not rated yet). Without a start time it is an individual session.
 */
record SessionRow(int line, long athleteId, String athleteCode, LocalDate date, LocalTime startTime, SessionType type,
        int minutes, Integer rpe, String notes) implements ImportRow {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Rows with the same key are the same athlete's same session: a file may hold it once. */
    record Key(long athleteId, LocalDate date, LocalTime startTime, SessionType type) {
    }

    /** Rows with the same group, a start time given, form one team session. */
    record Group(LocalDate date, LocalTime startTime, SessionType type) {
    }

    Key key() {
        return new Key(athleteId, date, startTime, type);
    }

    Group group() {
        return new Group(date, startTime, type);
    }

    boolean individual() {
        return startTime == null;
    }

    @Override
    public List<String> cells() {
        return List.of(athleteCode, date.toString(), startTime == null ? "" : TIME.format(startTime), type.key(),
                Integer.toString(minutes), rpe == null ? "" : rpe.toString(), notes == null ? "" : notes);
    }
}
