package app.deload.training;

/** One athlete's row on the attendance page, with the values shown in its inputs. */
public record CloseRow(long attendanceId, String athleteName, String version, boolean attended, String minutes,
        String rpe, String rating) {

    static String minutesKey(Object attendanceId) {
        return "minutes-" + attendanceId;
    }

    static String rpeKey(Object attendanceId) {
        return "rpe-" + attendanceId;
    }

    /** The row as stored. */
    static CloseRow of(AttendanceLine line, String ratingNote) {
        return new CloseRow(line.attendanceId(), line.athleteName(), Long.toString(line.version()), line.attended(),
                Integer.toString(line.minutes()), line.rpe() == null ? "" : line.rpe().toString(), ratingNote);
    }

    /** The row with what the coach submitted, to show again after a problem. */
    CloseRow with(CloseForm.Entry entry) {
        return new CloseRow(attendanceId, athleteName, entry.version(), entry.attended(), entry.minutes(),
                entry.rpe(), rating);
    }

    public String minutesKey() {
        return minutesKey(attendanceId);
    }

    public String rpeKey() {
        return rpeKey(attendanceId);
    }
}
