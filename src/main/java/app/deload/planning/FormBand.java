package app.deload.planning;

/**
 * Practitioner bands for form as a percentage of fitness (those of intervals.icu). Each band includes its lower
 * boundary, transition starts above +25 %: +25 is fresh, +5 fresh, −10 neutral, −30 optimal training.
 */
public enum FormBand {
    HIGH_RISK("high risk"),
    OPTIMAL("optimal training"),
    NEUTRAL("neutral"),
    FRESH("fresh"),
    TRANSITION("transition (detraining)");

    public static final double TRANSITION_ABOVE = 25;
    public static final double FRESH_FROM = 5;
    public static final double NEUTRAL_FROM = -10;
    public static final double OPTIMAL_FROM = -30;

    private final String label;

    FormBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static FormBand of(double formPercent) {
        if (Double.isNaN(formPercent)) {
            throw new IllegalArgumentException("form % must be a number");
        }
        if (formPercent > TRANSITION_ABOVE) {
            return TRANSITION;
        }
        if (formPercent >= FRESH_FROM) {
            return FRESH;
        }
        if (formPercent >= NEUTRAL_FROM) {
            return NEUTRAL;
        }
        if (formPercent >= OPTIMAL_FROM) {
            return OPTIMAL;
        }
        return HIGH_RISK;
    }
}
