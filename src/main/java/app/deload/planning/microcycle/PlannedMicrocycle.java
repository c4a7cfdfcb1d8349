package app.deload.planning.microcycle;

import app.deload.planning.PlannedWeek;
import java.util.ArrayList;
import java.util.List;

/** A plan week turned into days and sessions by a week template. */
public record PlannedMicrocycle(PlannedWeek week, List<PlannedDay> days) {
    public PlannedMicrocycle {
        days = List.copyOf(days);
    }

    /** Sum of minutes × RPE of every session of the week, active recovery included. */
    public int load() {
        return days.stream().mapToInt(PlannedDay::load).sum();
    }

    public List<PlannedSession> sessions() {
        List<PlannedSession> all = new ArrayList<>();
        for (PlannedDay d : days) {
            all.addAll(d.sessions());
        }
        return all;
    }
}
