package app.deload.monitoring;

/** The domains of section 10, each evaluated per athlete per day. */
public enum Domain {
    LOAD("load"), WELLNESS("wellness"), HRV("HRV"), SLEEP("sleep"), SORENESS("soreness"),
    PERFORMANCE("performance");

    private final String label;

    Domain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
