package app.deload.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How planning numbers and dates read on pages, in the feed and in history notes. */
final class PlanText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private PlanText() {
    }

    /** A load in AU, to whole units with thousands unseparated: "2205", "1050.83" keeps two decimals when not whole. */
    static String load(double au) {
        BigDecimal rounded = BigDecimal.valueOf(au).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** Up to two decimals, trailing zeros dropped. */
    static String number(double x) {
        return load(x);
    }

    /** One decimal, always shown: "−12.5". */
    static String oneDecimal(double x) {
        String s = BigDecimal.valueOf(x).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }

    /** A signed one-decimal number: "+4.0", "−12.5". */
    static String signed(double x) {
        String s = oneDecimal(x);
        return s.startsWith("−") ? s : "+" + s;
    }

    /** A reduction 0.5 as "50 %". */
    static String percent(double fraction) {
        return number(fraction * 100) + " %";
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String shortDay(LocalDate date) {
        return SHORT.format(date);
    }
}
