package app.deload.athlete;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.account.User;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record InvitationForm(
        @RestForm @NotBlank(message = "Choose a username.") @Size(min = 3, max = 60, message = "Use 3 to 60 characters.")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "Use letters, digits, dot, dash or underscore.") String username,
        @RestForm @NotBlank(message = "Choose a password.")
        @Size(min = User.MIN_PASSWORD_LENGTH, max = 200, message = "Use 10 to 200 characters.") String password,
        @RestForm @NotBlank(message = "Repeat the password.") String confirmPassword) {
}
