package app.deload.admin;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.account.User;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A staff account (coach or admin). The password is required when creating, optional when editing. */
public record UserForm(
        @RestForm @NotBlank(message = "Choose a username.") @Size(min = 3, max = 60, message = "Use 3 to 60 characters.")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "Use letters, digits, dot, dash or underscore.") String username,
        @RestForm @NotBlank(message = "Enter the person's name.") @Size(max = 120, message = "Use at most 120 characters.") String displayName,
        @RestForm @Pattern(regexp = "coach|admin", message = "Choose coach or admin.") String role,
        @RestForm @Size(max = 200, message = "Use at most 200 characters.") String password) {

    public static UserForm empty() {
        return new UserForm("", "", "coach", "");
    }

    public static UserForm of(User user) {
        return new UserForm(user.username, user.displayName, user.role, "");
    }

    public boolean passwordGiven() {
        return password != null && !password.isEmpty();
    }

}
