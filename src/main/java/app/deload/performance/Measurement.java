package app.deload.performance;

import java.math.BigDecimal;

/**
 * One athlete's result in a test's unit: finite, above 0, at most 100000, at most 3 decimals (what the column
 * keeps). Checked here so the form, the API and imports share one rule.
 */
public record Measurement(long athleteId, double value) {

    public static final BigDecimal MAX = BigDecimal.valueOf(100_000);
    public static final int MAX_DECIMALS = 3;

    public Measurement {
        if (!Double.isFinite(value) || value <= 0 || value > MAX.doubleValue()
                || BigDecimal.valueOf(value).stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("a result must be above 0 and at most 100000 with at most 3 decimals "
                    + "but was " + value);
        }
    }

    /** The number typed, or null when it is not one; a comma is read as the decimal point. */
    static BigDecimal parse(String raw) {
        try {
            return new BigDecimal(raw.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 45.60 → "45.6", 12.0 → "12". */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
