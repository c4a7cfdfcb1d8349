package app.deload.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads typed values from the text a form submitted, so a malformed number becomes a message beside its
 * field instead of a bare 400, and the text the user typed is kept for the re-rendered form.
 */
public final class FormValues {

    private FormValues() {
    }

    public static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }

    public static Integer optionalInt(String raw, String field, int min, int max, String unit, FormErrors errors) {
        if (blank(raw)) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                errors.add(field, "Enter a whole number from " + min + " to " + max + " " + unit + ".");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(field, "Enter a whole number from " + min + " to " + max + " " + unit + ".");
            return null;
        }
    }

    /** A decimal number in range, or null when left empty. */
    public static Double optionalDecimal(String raw, String field, double min, double max, FormErrors errors) {
        if (blank(raw)) {
            return null;
        }
        try {
            double value = Double.parseDouble(raw.trim().replace(',', '.'));
            if (!Double.isFinite(value) || value < min || value > max) {
                errors.add(field, "Enter a number from " + min + " to " + max + ".");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(field, "Enter a number from " + min + " to " + max + ".");
            return null;
        }
    }

    public static LocalDate date(String raw, String field, FormErrors errors) {
        if (blank(raw)) {
            errors.add(field, "Enter a date.");
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter a date as YYYY-MM-DD.");
            return null;
        }
    }

    public static String trimmedOrNull(String raw) {
        return blank(raw) ? null : raw.trim();
    }
}
