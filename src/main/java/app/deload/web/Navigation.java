package app.deload.web;

import java.util.ArrayList;
import java.util.List;

import app.deload.account.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The role-aware navigation of the layout. */
@Named("nav")
@RequestScoped
public class Navigation {

    public record Link(String label, String href, boolean current) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /**
     * The sign-out form needs a CSRF token, which exists only once the request reached the CSRF filter;
     * an error page for a request refused earlier offers no sign-out button.
     */
    public boolean isSignOutAvailable() {
        var context = request.getCurrent();
        return isSignedIn() && context != null && context.get("csrf_token") != null;
    }

    public String getUsername() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public String getRole() {
        return Role.ALL.stream().filter(identity::hasRole).findFirst().orElse("");
    }

    public List<Link> getLinks() {
        List<Link> links = new ArrayList<>();
        if (identity.hasRole(Role.ATHLETE)) {
            // /me redirects to the athlete's profile; every /athletes/ page an athlete may open is their own.
            add(links, "My page", "/me", "/athletes");
        }
        if (identity.hasRole(Role.COACH) || identity.hasRole(Role.ADMIN)) {
            add(links, "Teams", "/teams");
        }
        if (identity.hasRole(Role.ADMIN)) {
            add(links, "Manage teams", "/admin/teams");
            add(links, "Users", "/admin/users");
        }
        if (isSignedIn()) {
            add(links, "Account", "/account");
        }
        return links;
    }

    private void add(List<Link> links, String label, String href) {
        add(links, label, href, href);
    }

    /** A link marked current on its own page and on every page under {@code section}. */
    private void add(List<Link> links, String label, String href, String section) {
        var context = request.getCurrent();
        String path = context == null ? "" : context.normalizedPath();
        links.add(new Link(label, href, path.equals(href) || path.equals(section) || path.startsWith(section + "/")));
    }
}
