package app.deload.reminder;

import java.time.Instant;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.RestForm;

import app.deload.account.Access;
import app.deload.account.User;
import app.deload.web.FormErrors;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Anyone signed in opts into reminders (athletes) or the morning digest (coaches) with an e-mail address. */
@Path("/account/reminders")
@Authenticated
public class ReminderResource {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reminders(boolean athlete, boolean on, String email, FormErrors errors);
    }

    @Inject
    Access access;

    @GET
    @Transactional
    public TemplateInstance show() {
        User user = access.user();
        var subscription = ReminderSubscription.findForUser(user.id);
        return Templates.reminders(user.isAthlete(), subscription.isPresent(),
                subscription.map(s -> s.email).orElse(""), FormErrors.none());
    }

    @POST
    @Transactional
    public Response save(@RestForm String on, @RestForm String email) {
        User user = access.user();
        boolean wanted = "yes".equals(on);
        String address = email == null ? "" : email.strip();
        if (!wanted) {
            ReminderSubscription.deleteById(user.id);
            return Redirects.seeOther("/account/reminders", "Reminders are off.");
        }
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            return Redirects.invalid(Templates.reminders(user.isAthlete(), true, address,
                    FormErrors.none().add("email", "Enter an e-mail address like name@example.org.")));
        }
        ReminderSubscription subscription = ReminderSubscription.<ReminderSubscription>findByIdOptional(user.id)
                .orElseGet(ReminderSubscription::new);
        subscription.userId = user.id;
        subscription.email = address;
        if (subscription.createdAt == null) {
            subscription.createdAt = Instant.now();
        }
        subscription.persist();
        return Redirects.seeOther("/account/reminders", "Reminders are on.");
    }
}
