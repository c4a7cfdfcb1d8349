package app.deload.monitoring;

/** Where the 7-day mean ln(RMSSD) lies against the individual normal range. */
public enum HrvClass {
    BELOW, WITHIN, ABOVE, NOT_AVAILABLE
}
