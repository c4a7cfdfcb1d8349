package app.deload.account;

import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** A signed-in user's own account: who they are and their password. */
@Path("/account")
@Authenticated
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(User user, FormErrors errors);
    }

    @Inject
    Access access;

    @Inject
    Forms forms;

    @GET
    public TemplateInstance account() {
        return Templates.account(access.user(), FormErrors.none());
    }

    @POST
    @Path("password")
    @Transactional
    public Response changePassword(@BeanParam PasswordForm form) {
        User user = access.user();
        FormErrors errors = forms.check(form);
        if (!errors.has("currentPassword") && !user.passwordMatches(form.currentPassword())) {
            errors.add("currentPassword", "This is not your current password.");
        }
        if (!errors.has("newPassword") && !form.newPassword().equals(form.confirmPassword())) {
            errors.add("confirmPassword", "The two new passwords differ.");
        }
        if (errors.any()) {
            return Redirects.invalid(Templates.account(user, errors));
        }
        user.setPassword(form.newPassword());
        return Redirects.seeOther("/account", "Your password has been changed.");
    }
}
