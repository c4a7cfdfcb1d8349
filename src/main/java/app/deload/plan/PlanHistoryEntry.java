package app.deload.plan;

import java.time.Instant;

/** A plan history entry as the plan page shows it; {@code athleteName} is null for the whole team. */
public record PlanHistoryEntry(Instant at, String by, String action, String note, String athleteName) {

    public String who() {
        return athleteName == null ? "team" : athleteName;
    }
}
