package app.deload.training;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A session's detail page: the plan, then each athlete's attendance and rating. */
public record SessionView(long id, long teamId, String teamName, String timeZone, String when, String typeLabel,
        int plannedMinutes, String plannedRpe, String notes, boolean individual, boolean started, String closed,
        long version, List<AttendanceLine> lines) {

    static SessionView of(TrainingSession s, List<AttendanceLine> lines, Instant now) {
        ZoneId zone = s.team.zone();
        String closed = s.closedAt == null ? null
                : TrainingText.stamp(s.closedAt, zone) + " by " + s.closedBy;
        return new SessionView(s.id, s.team.id, s.team.name, s.team.timeZone, TrainingText.when(s.date, s.startTime),
                s.type.label(), s.plannedMinutes, s.plannedRpe == null ? null : Cr10.describe(s.plannedRpe), s.notes,
                s.individual, s.hasStarted(now), closed, s.version, lines);
    }

    public String editHref() {
        return "/sessions/" + id + "/edit";
    }

    public String closeHref() {
        return "/sessions/" + id + "/close";
    }

    public String deleteAction() {
        return "/sessions/" + id + "/delete";
    }

    public String weekHref() {
        return "/teams/" + teamId + "/sessions";
    }

    public long attendedCount() {
        return lines.stream().filter(AttendanceLine::attended).count();
    }

    public long ratedCount() {
        return count(AttendanceLine.State.RATED);
    }

    public long missingCount() {
        return count(AttendanceLine.State.MISSING);
    }

    public boolean anyRated() {
        return ratedCount() > 0;
    }

    private long count(AttendanceLine.State state) {
        return lines.stream().filter(l -> l.state() == state).count();
    }
}
