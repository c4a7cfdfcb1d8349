package app.deload.api;

import java.time.Duration;
import java.time.Instant;

import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new token: its name and how long it lives. */
public record TokenForm(
        @RestForm @NotBlank(message = "Name the token, e.g. after the script or sheet that will use it.")
        @Size(max = ApiToken.NAME_MAX_LENGTH, message = "Use at most 60 characters.") String name,
        @RestForm @Pattern(regexp = "none|30|90|365", message = "Choose from the list.") String expiry) {

    public static final String DEFAULT_EXPIRY = "90";

    public TokenForm {
        name = name == null ? "" : name;
        expiry = expiry == null ? "" : expiry;
    }

    public static TokenForm empty() {
        return new TokenForm("", DEFAULT_EXPIRY);
    }

    /** When a token created now expires; null for a token without expiry. Call only on a valid form. */
    public Instant expiresAt(Instant now) {
        return "none".equals(expiry) ? null : now.plus(Duration.ofDays(Integer.parseInt(expiry)));
    }
}
