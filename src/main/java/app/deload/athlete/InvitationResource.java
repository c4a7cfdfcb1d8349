package app.deload.athlete;

import java.time.Instant;

import app.deload.account.Passwords;
import app.deload.account.Role;
import app.deload.account.User;
import app.deload.audit.AuditLog;
import app.deload.privacy.AthleteConsent;
import app.deload.privacy.ConsentNotice;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import org.jboss.resteasy.reactive.RestForm;

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
                ConsentNotice notice, boolean consentChecked, FormErrors errors, String passwordHint);

        static native TemplateInstance taken(String athleteName);
    }

    @Inject
    Forms forms;

    @Inject
    AuditLog auditLog;

    @GET
    @Transactional
    public Response show(String token) {
        Invitation invitation = usable(token);
        if (invitation.athlete.user != null) {
            return taken(invitation);
        }
        return Response.ok(Templates.accept("/invite/" + token, invitation.athlete.name, invitation.athlete.team.name,
                new InvitationForm("", "", ""), ConsentNotice.CURRENT, false, FormErrors.none(), Passwords.HINT))
                .build();
    }

    @POST
    @Transactional
    public Response accept(String token, @BeanParam InvitationForm form,
            @RestForm(ConsentNotice.CONSENT_FIELD) String consent) {
        Invitation invitation = usable(token);
        Invitation.getEntityManager().refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
        if (invitation.usedAt != null || invitation.revokedAt != null) {
            throw new NotFoundException();
        }
        // Locks the athlete too: two links accepted at once cannot both bind a login.
        Athlete.getEntityManager().refresh(invitation.athlete, LockModeType.PESSIMISTIC_WRITE);
        if (invitation.athlete.user != null) {
            return taken(invitation);
        }
        FormErrors errors = forms.check(form);
        if (!errors.has("username") && User.usernameTaken(form.username())) {
            errors.add("username", "This username is taken; choose another.");
        }
        if (!errors.has("password")) {
            Passwords.problem(form.password(), form.username()).ifPresent(m -> errors.add("password", m));
        }
        if (!errors.has("password") && !form.password().equals(form.confirmPassword())) {
            errors.add("confirmPassword", "The two passwords differ.");
        }
        boolean consented = "yes".equals(consent);
        if (!consented) {
            errors.add(ConsentNotice.CONSENT_FIELD, "Agree to the processing of your data to create your login.");
        }
        if (errors.any()) {
            var blanked = new InvitationForm(form.username(), "", "");
            return Redirects.invalid(Templates.accept("/invite/" + token, invitation.athlete.name,
                    invitation.athlete.team.name, blanked, ConsentNotice.CURRENT, consented, errors, Passwords.HINT));
        }
        User user = User.create(form.username(), invitation.athlete.name, Role.ATHLETE, form.password());
        invitation.athlete.user = user;
        invitation.usedAt = Instant.now();
        AthleteConsent.give(invitation.athlete, ConsentNotice.CURRENT, invitation.usedAt);
        auditLog.recordAs(user.username, AuditLog.CONSENT, "athlete #" + invitation.athlete.id,
                invitation.athlete.team.id, "notice " + ConsentNotice.CURRENT.version());
        return Redirects.seeOther("/login", "Your login is ready. Sign in with your new username.");
    }

    /** The athlete signed up already (with this or another link): this link must not rebind them. */
    private static Response taken(Invitation invitation) {
        return Response.status(Response.Status.CONFLICT).entity(Templates.taken(invitation.athlete.name)).build();
    }

    private static Invitation usable(String token) {
        return Invitation.findUsable(token, Instant.now()).orElseThrow(NotFoundException::new);
    }
}
