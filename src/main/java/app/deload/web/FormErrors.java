package app.deload.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

/** Error messages keyed by form field, shown beside the field. */
public final class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = new FormErrors();
        for (ConstraintViolation<?> violation : violations) {
            String path = violation.getPropertyPath().toString();
            errors.add(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
        }
        return errors;
    }

    /** Keeps the first message per field, so the most basic problem is the one shown. */
    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.get(field);
    }

    public Map<String, String> all() {
        return messages;
    }
}
