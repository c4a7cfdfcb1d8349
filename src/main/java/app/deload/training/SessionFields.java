package app.deload.training;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import app.deload.web.FormErrors;
import app.deload.web.FormValues;

/** Parses the fields the session forms share; each problem becomes a message beside its field. */
final class SessionFields {

    /** How far back a session may be planned or logged: older dates are typos more often than history. */
    static final int YEARS_BACK = 2;

    private SessionFields() {
    }

    /** A planned session: from two years ago to one year ahead. */
    static LocalDate plannedDate(String raw, LocalDate today, FormErrors errors) {
        LocalDate date = pastBound(raw, today, errors);
        if (date != null && date.isAfter(today.plusYears(1))) {
            errors.add("date", "Plan at most one year ahead.");
            return null;
        }
        return date;
    }

    /** A session logged or rated after the fact: no later than tomorrow in the team's zone. */
    static LocalDate loggedDate(String raw, LocalDate today, FormErrors errors) {
        LocalDate date = pastBound(raw, today, errors);
        if (date != null && date.isAfter(today.plusDays(1))) {
            errors.add("date", "A done session can be logged up to tomorrow at the latest, not on a future date.");
            return null;
        }
        return date;
    }

    private static LocalDate pastBound(String raw, LocalDate today, FormErrors errors) {
        LocalDate date = FormValues.date(raw, "date", errors);
        if (date != null && date.isBefore(today.minusYears(YEARS_BACK))) {
            errors.add("date", "Enter a date within the last " + YEARS_BACK + " years.");
            return null;
        }
        return date;
    }

    static LocalTime time(String raw, boolean required, FormErrors errors) {
        if (FormValues.blank(raw)) {
            if (required) {
                errors.add("startTime", "Enter the start time.");
            }
            return null;
        }
        try {
            return LocalTime.parse(raw.trim());
        } catch (DateTimeParseException e) {
            errors.add("startTime", "Enter a time as HH:MM, e.g. 17:30.");
            return null;
        }
    }

    static SessionType type(String raw, FormErrors errors) {
        var type = SessionType.fromKey(raw == null ? "" : raw.trim());
        if (type.isEmpty()) {
            errors.add("type", "Choose the type of session.");
        }
        return type.orElse(null);
    }

    static Integer minutes(String raw, String field, FormErrors errors) {
        if (FormValues.blank(raw)) {
            errors.add(field, "Enter the duration in minutes, from 1 to 600.");
            return null;
        }
        return FormValues.optionalInt(raw, field, 1, 600, "minutes", errors);
    }

    static Integer rpe(String raw, String field, boolean required, FormErrors errors) {
        if (FormValues.blank(raw)) {
            if (required) {
                errors.add(field, "Choose how hard it was, from 0 (rest) to 10 (maximal).");
            }
            return null;
        }
        return FormValues.optionalInt(raw, field, Cr10.MIN, Cr10.MAX, "on the CR-10 scale", errors);
    }

    static Long longOrNull(String raw) {
        try {
            return raw == null ? null : Long.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
