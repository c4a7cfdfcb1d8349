package app.deload.athlete;

import java.time.Instant;

import app.deload.account.Role;
import app.deload.account.User;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Where an invited athlete chooses their username and password. The token is the only credential. */
@Path("/invite/{token}")
@PermitAll
public class InvitationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accept(String action, String athleteName, String teamName, InvitationForm form,
                FormErrors errors);
    }

    @Inject
    Forms forms;

    @GET
    @Transactional
    public TemplateInstance show(String token) {
        Invitation invitation = usable(token);
        return Templates.accept("/invite/" + token, invitation.athlete.name, invitation.athlete.team.name,
                new InvitationForm("", "", ""), FormErrors.none());
    }

    @POST
    @Transactional
    public Response accept(String token, @BeanParam InvitationForm form) {
        Invitation invitation = usable(token);
        Invitation.getEntityManager().refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
        if (invitation.usedAt != null) {
            throw new NotFoundException();
        }
        FormErrors errors = forms.check(form);
        if (!errors.has("username") && User.usernameTaken(form.username())) {
            errors.add("username", "This username is taken; choose another.");
        }
        if (!errors.has("password") && !form.password().equals(form.confirmPassword())) {
            errors.add("confirmPassword", "The two passwords differ.");
        }
        if (errors.any()) {
            var blanked = new InvitationForm(form.username(), "", "");
            return Redirects.invalid(Templates.accept("/invite/" + token, invitation.athlete.name,
                    invitation.athlete.team.name, blanked, errors));
        }
        User user = User.create(form.username(), invitation.athlete.name, Role.ATHLETE, form.password());
        invitation.athlete.user = user;
        invitation.usedAt = Instant.now();
        return Redirects.seeOther("/login", "Your login is ready. Sign in with your new username.");
    }

    private static Invitation usable(String token) {
        return Invitation.findUsable(token, Instant.now()).orElseThrow(NotFoundException::new);
    }
}
