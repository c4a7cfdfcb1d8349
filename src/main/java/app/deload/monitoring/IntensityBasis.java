package app.deload.monitoring;

/** What the active-recovery intensity percentages are taken of. */
public enum IntensityBasis {
    /** Karvonen: HRrest + p × (HRmax − HRrest). */
    HEART_RATE_RESERVE,
    /** p × HRmax, as the seed literature states the band. */
    PERCENT_HRMAX
}
