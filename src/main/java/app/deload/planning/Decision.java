package app.deload.planning;

/** Today's recommendation for a planned session (science section 12). */
public enum Decision {
    REST("rest or active recovery"),
    MODIFY("modify: active recovery instead"),
    INSUFFICIENT("not enough data"),
    PROCEED("proceed as planned");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    /** The API's value: rest|modify|insufficient|proceed. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
