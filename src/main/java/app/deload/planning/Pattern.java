package app.deload.planning;

/** A mesocycle's shape: L loading weeks followed by one deload week. */
public enum Pattern {
    TWO_ONE(2), THREE_ONE(3), FOUR_ONE(4);

    private final int loadingWeeks;

    Pattern(int loadingWeeks) {
        this.loadingWeeks = loadingWeeks;
    }

    public int loadingWeeks() {
        return loadingWeeks;
    }

    /** Loading weeks plus the deload week. */
    public int weeksPerMesocycle() {
        return loadingWeeks + 1;
    }

    /** "3:1". */
    public String label() {
        return loadingWeeks + ":1";
    }

    public static Pattern parse(String label) {
        String wanted = label == null ? "" : label.strip();
        for (Pattern p : values()) {
            if (p.label().equals(wanted)) {
                return p;
            }
        }
        throw new PlanRuleException("pattern", "the pattern must be 2:1, 3:1 or 4:1 (loading weeks : deload week)"
                + (label == null || label.isBlank() ? "" : " but was " + label.strip()));
    }
}
