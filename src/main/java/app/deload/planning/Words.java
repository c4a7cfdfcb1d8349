package app.deload.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates in the plain words of plan notes and reasons. */
final class Words {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private Words() {
    }

    /** "Wed 3 Dec". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A fraction as a percentage with at most one decimal: 0.5 → "50", 0.455 → "45.5". */
    static String percent(double fraction) {
        return number(fraction * 100, 1);
    }

    /** Up to {@code decimals} decimals, trailing zeros dropped, locale-independent. */
    static String number(double x, int decimals) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "not a number" : x > 0 ? "infinite" : "minus infinite";
        }
        return java.math.BigDecimal.valueOf(x).setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** A value given in percent: "10.01 %", or the words for a value that is not a number. */
    static String percentValue(double percent) {
        return Double.isFinite(percent) ? number(percent, 2) + " %" : number(percent, 2);
    }

    /** Signed with a typographic minus: "+12.3", "−4.5", "0". */
    static String signed(double x, int decimals) {
        String s = number(x, decimals);
        if (s.equals("0")) {
            return s;
        }
        return s.startsWith("-") ? "−" + s.substring(1) : "+" + s;
    }
}
