package app.deload.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One athlete in one session as the pages list it, read in one query. */
public record AttendanceLine(long attendanceId, long version, long sessionId, long athleteId, String athleteName,
        LocalDate date, LocalTime startTime, SessionType type, boolean individual, boolean attended,
        Integer actualMinutes, int plannedMinutes, Integer rpe, boolean late, String ratedBy, Instant ratedAt,
        boolean started) {

    /** Where an athlete stands with a session, for lists. */
    public enum State {
        NOT_ATTENDED("did not attend"),
        PLANNED("planned"),
        MISSING("missing"),
        RATED("rated");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String css() {
            return "state-" + name().toLowerCase().replace('_', '-');
        }
    }

    public State state() {
        if (!attended) {
            return State.NOT_ATTENDED;
        }
        if (rpe != null) {
            return State.RATED;
        }
        return started ? State.MISSING : State.PLANNED;
    }

    /** The minutes that count: the actual ones, else the planned duration. */
    public int minutes() {
        return actualMinutes == null ? plannedMinutes : actualMinutes;
    }

    /** RPE × minutes in AU; null while not rated. */
    public Integer load() {
        return rpe == null ? null : rpe * minutes();
    }

    public String rpeText() {
        return rpe == null ? "" : Cr10.describe(rpe);
    }

    public String loadText() {
        return rpe == null ? "" : load() + " AU";
    }
}
