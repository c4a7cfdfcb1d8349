package app.deload.planning.microcycle;

/** What a weekday of a week template is. */
public enum DayKind {
    REST("rest"), TRAINING("training"), ACTIVE_RECOVERY("active recovery");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
