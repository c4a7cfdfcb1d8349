package app.deload.monitoring;

/** A day's overreaching signal level; the labels are signs, never a diagnosis. */
public enum SignalLevel {
    NONE("no signs"),
    WATCH("watch"),
    ALERT_ACCUMULATED_FATIGUE("signs consistent with accumulated fatigue"),
    ALERT_FUNCTIONAL_OVERREACHING("pattern consistent with functional overreaching");

    private final String label;

    SignalLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAlert() {
        return this == ALERT_ACCUMULATED_FATIGUE || this == ALERT_FUNCTIONAL_OVERREACHING;
    }
}
