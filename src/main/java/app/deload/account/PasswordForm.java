package app.deload.account;

import org.jboss.resteasy.reactive.RestForm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordForm(
        @RestForm @NotBlank(message = "Enter your current password.") String currentPassword,
        @RestForm @NotBlank(message = "Enter a new password.")
        @Size(min = User.MIN_PASSWORD_LENGTH, max = 200, message = "Use 10 to 200 characters.") String newPassword,
        @RestForm @NotBlank(message = "Repeat the new password.") String confirmPassword) {
}
