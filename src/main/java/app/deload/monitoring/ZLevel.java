package app.deload.monitoring;

/** Heuristic level of an individual z-score; NONE also when no z-score is available (see its Metric). */
public enum ZLevel {
    NONE, WATCH, ALERT;

    public static ZLevel of(double z, Thresholds t) {
        if (z <= t.zAlert()) {
            return ALERT;
        }
        return z <= t.zWatch() ? WATCH : NONE;
    }
}
