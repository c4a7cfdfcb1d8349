package app.deload.monitoring;

/** How a day's load is known. */
public enum DayState {
    /** One or more attended sessions, all rated. */
    TRAINED,
    /** No attended session: load 0. */
    REST,
    /** An attended session has no RPE yet: load unknown, never 0. */
    MISSING,
    /** Before the athlete's history starts: nothing is known. */
    BEFORE_HISTORY
}
