package app.deload.admin;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.account.Access;
import app.deload.account.LoginThrottle;
import app.deload.account.Passwords;
import app.deload.account.Role;
import app.deload.account.User;
import app.deload.account.UserSession;
import app.deload.api.ApiToken;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Admin: staff accounts (coaches and admins); athletes get theirs by invitation. */
@Path("/admin/users")
@RolesAllowed(Role.ADMIN)
public class UserAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<UserRow> users);

        static native TemplateInstance form(UserForm form, FormErrors errors, UserRow user, String action,
                String passwordLabel, String passwordHint);
    }

    @Inject
    Forms forms;

    @Inject
    Access access;

    @GET
    public TemplateInstance list() {
        return Templates.list(UserRow.of(User.listAllByName(), LoginThrottle.lockedUsernames(Instant.now())));
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return newForm(UserForm.empty(), FormErrors.none());
    }

    @POST
    @Transactional
    public Response create(@BeanParam UserForm form) {
        FormErrors errors = forms.check(form);
        if (!errors.has("username") && User.usernameTaken(form.username())) {
            errors.add("username", "This username is taken.");
        }
        if (!form.passwordGiven()) {
            errors.add("password", "Set a first password of at least 10 characters.");
        } else if (!errors.has("password")) {
            Passwords.problem(form.password(), form.username()).ifPresent(m -> errors.add("password", m));
        }
        if (errors.any()) {
            return Redirects.invalid(newForm(blankPassword(form), errors));
        }
        User user = User.create(form.username(), form.displayName(), form.role(), form.password());
        return Redirects.seeOther("/admin/users", user.displayName + " can now sign in as " + user.username + ".");
    }

    @GET
    @Path("{id}")
    public TemplateInstance editForm(long id) {
        User user = user(id);
        return editForm(user, UserForm.of(user), FormErrors.none());
    }

    /** Name, role and an optional new password; the username stays, athletes stay athletes. */
    @POST
    @Path("{id}")
    @Transactional
    public Response update(long id, @BeanParam UserForm form) {
        User user = user(id);
        UserForm checked = new UserForm(user.username, form.displayName(),
                user.isAthlete() ? "coach" : form.role(), form.password());
        FormErrors errors = forms.check(checked);
        if (form.passwordGiven() && !errors.has("password")) {
            Passwords.problem(form.password(), user.username).ifPresent(m -> errors.add("password",
                    m + " Or leave it empty to keep the password."));
        }
        if (user.id.equals(access.user().id) && !Role.ADMIN.equals(checked.role())) {
            errors.add("role", "You cannot remove your own admin role.");
        }
        if (errors.any()) {
            return Redirects.invalid(editForm(user, blankPassword(checked), errors));
        }
        user.displayName = form.displayName().trim();
        if (!user.isAthlete()) {
            user.role = checked.role();
        }
        if (form.passwordGiven()) {
            // A reset password ends the user's sessions and API tokens, as their own change does.
            user.setPassword(form.password());
            Instant now = Instant.now();
            UserSession.endAllFor(user, now);
            ApiToken.revokeAllFor(user, now);
            return Redirects.seeOther("/admin/users",
                    "Account saved. The new password applies now: its sessions are signed out and its API tokens revoked.");
        }
        return Redirects.seeOther("/admin/users", "Account saved.");
    }

    @POST
    @Path("{id}/active")
    @Transactional
    public Response setActive(long id, @RestForm boolean active) {
        User user = user(id);
        if (user.id.equals(access.user().id)) {
            return Redirects.seeOther("/admin/users", "You cannot deactivate your own account.");
        }
        user.active = active;
        if (!active) {
            // Ended, not just paused: reactivating the account brings back neither these sessions nor its tokens.
            Instant now = Instant.now();
            UserSession.endAllFor(user, now);
            ApiToken.revokeAllFor(user, now);
        }
        return Redirects.seeOther("/admin/users", active ? "Account reactivated."
                : "Account deactivated: its sessions end and its API tokens are revoked now.");
    }

    /** Lifts the lock after failed sign-ins, for a user locked out by someone else's guessing. */
    @POST
    @Path("{id}/unlock")
    @Transactional
    public Response unlock(long id) {
        User user = user(id);
        LoginThrottle.unlock(user.username);
        return Redirects.seeOther("/admin/users", user.username + " can sign in again.");
    }

    private static TemplateInstance newForm(UserForm form, FormErrors errors) {
        return Templates.form(form, errors, null, "/admin/users", "First password",
                Passwords.HINT + " They can change it under Account.");
    }

    private static TemplateInstance editForm(User user, UserForm form, FormErrors errors) {
        return Templates.form(form, errors, UserRow.of(List.of(user), Set.of()).get(0), "/admin/users/" + user.id,
                "New password", "Leave empty to keep the current password.");
    }

    private static UserForm blankPassword(UserForm form) {
        return new UserForm(form.username(), form.displayName(), form.role(), "");
    }

    private static User user(long id) {
        User user = User.findById(id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }
}
