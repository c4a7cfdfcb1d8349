package app.deload.planning;

/** What a planned week is for. */
public enum WeekKind {
    LOADING("loading"), DELOAD("deload"), TAPER("taper"), EVENT("event");

    private final String label;

    WeekKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The API's value: loading|deload|taper|event. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Deload and taper weeks are the weeks where volume is cut. */
    public boolean isReduced() {
        return this == DELOAD || this == TAPER;
    }
}
