package app.deload.wellness;

import java.math.BigDecimal;

/** Decimal text in and out: a comma is read as the decimal point, and numbers print without trailing zeros. */
final class Numbers {

    private Numbers() {
    }

    /** The number typed, or null when it is not one (NaN and infinities included). */
    static BigDecimal decimal(String raw) {
        try {
            return new BigDecimal(raw.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 7.5 → "7.5", 8.0 → "8". */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
