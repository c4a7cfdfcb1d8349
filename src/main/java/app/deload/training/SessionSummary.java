package app.deload.training;

import java.time.Instant;
import java.util.List;

/** A session as the week view lists it, with how its ratings stand. */
public record SessionSummary(long id, String time, String typeLabel, int plannedMinutes, String plannedRpe,
        boolean individual, String audience, boolean started, boolean closed, int attended, int rated, int missing,
        int late) {

    static SessionSummary of(TrainingSession s, List<AttendanceLine> lines, Instant now) {
        int attended = 0;
        int rated = 0;
        int missing = 0;
        int late = 0;
        for (AttendanceLine line : lines) {
            switch (line.state()) {
                case RATED -> {
                    attended++;
                    rated++;
                    late += line.late() ? 1 : 0;
                }
                case MISSING -> {
                    attended++;
                    missing++;
                }
                case PLANNED -> attended++;
                case NOT_ATTENDED -> {
                }
            }
        }
        String audience = s.individual && !lines.isEmpty() ? lines.get(0).athleteName()
                : lines.size() == 1 ? "1 athlete" : lines.size() + " athletes";
        return new SessionSummary(s.id, s.startTime == null ? "any time" : s.startTime.toString(), s.type.label(),
                s.plannedMinutes, s.plannedRpe == null ? "" : Cr10.describe(s.plannedRpe), s.individual, audience,
                s.hasStarted(now), s.closedAt != null, attended,
                rated, missing, late);
    }

    public String href() {
        return "/sessions/" + id;
    }

    /** "5 of 7 rated" once started; before that nothing is due. */
    public String ratingsText() {
        if (!started) {
            return "planned";
        }
        return rated + " of " + attended + " rated";
    }
}
