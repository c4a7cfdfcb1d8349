package app.deload.monitoring;

/** Heuristic ratio bands (Gabbett 2016); a high ratio is a load spike, never an injury risk. */
public enum LoadBand {
    BELOW_TYPICAL("below the typical band"),
    TYPICAL("typical"),
    ABOVE_TYPICAL("above the typical band"),
    LOAD_SPIKE("load spike");

    private final String label;

    LoadBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Band edges belong to the lower band: exactly 1.3 is typical, exactly 1.5 is not a spike. */
    public static LoadBand of(double ratio, Thresholds t) {
        if (ratio < t.typicalRatioLow()) {
            return BELOW_TYPICAL;
        }
        if (ratio <= t.typicalRatioHigh()) {
            return TYPICAL;
        }
        return ratio <= t.ratioSpike() ? ABOVE_TYPICAL : LOAD_SPIKE;
    }
}
