package app.deload.api;

import java.time.Instant;
import java.util.List;

import app.deload.account.Access;
import app.deload.account.User;
import app.deload.web.FormErrors;
import app.deload.web.Forms;
import app.deload.web.Redirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** Every signed-in user's own API tokens: list, create (shown once), revoke. */
@Path("/account/tokens")
@Authenticated
public class ApiTokenResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(List<TokenRow> tokens, TokenForm form, FormErrors errors,
                List<ExpiryChoice> expiries, boolean atLimit, int limit);

        static native TemplateInstance created(String name, String token, Instant expiresAt);
    }

    @Inject
    Access access;

    @Inject
    Forms forms;

    @GET
    public TemplateInstance tokens() {
        return page(access.user(), TokenForm.empty(), FormErrors.none());
    }

    @POST
    @Transactional
    public Response create(@BeanParam TokenForm form) {
        // Locking the owner serialises concurrent creations, so the limit holds across instances.
        User user = User.findById(access.user().id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        FormErrors errors = forms.check(form);
        if (ApiToken.countActiveForUser(user, now) >= ApiToken.MAX_ACTIVE_PER_USER) {
            errors.add("name", "You have " + ApiToken.MAX_ACTIVE_PER_USER
                    + " active tokens, the most allowed. Revoke one you no longer use first.");
        }
        if (errors.any()) {
            return Redirects.invalid(page(user, form, errors));
        }
        Instant expiresAt = form.expiresAt(now);
        String token = ApiToken.issue(user, form.name(), expiresAt);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(Templates.created(form.name().trim(), token, expiresAt)).cacheControl(noStore).build();
    }

    @POST
    @Path("{id}/revoke")
    @Transactional
    public Response revoke(long id) {
        ApiToken token = ApiToken.findOwnedBy(id, access.user()).orElseThrow(NotFoundException::new);
        token.revoke(Instant.now());
        return Redirects.seeOther("/account/tokens", "Token revoked. It no longer works.");
    }

    private TemplateInstance page(User user, TokenForm form, FormErrors errors) {
        Instant now = Instant.now();
        List<TokenRow> rows = TokenRow.of(ApiToken.listForUser(user), now);
        boolean atLimit = rows.stream().filter(TokenRow::active).count() >= ApiToken.MAX_ACTIVE_PER_USER;
        return Templates.tokens(rows, form, errors, ExpiryChoice.ALL, atLimit, ApiToken.MAX_ACTIVE_PER_USER);
    }
}
