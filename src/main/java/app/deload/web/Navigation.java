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
        List<String[]> items = new ArrayList<>();
        if (identity.hasRole(Role.ATHLETE)) {
            // /me redirects to the athlete's profile; every /athletes/ page an athlete may open is their own.
            items.add(new String[] { "My page", "/me", "/athletes" });
            items.add(new String[] { "My week", "/me/week" });
            items.add(new String[] { "Sessions", "/me/sessions" });
            items.add(new String[] { "Wellness", "/me/wellness" });
            items.add(new String[] { "My data", "/me/data" });
        }
        if (identity.hasRole(Role.COACH) || identity.hasRole(Role.ADMIN)) {
            items.add(new String[] { "Today", "/today" });
            items.add(new String[] { "Teams", "/teams" });
        }
        if (identity.hasRole(Role.ADMIN)) {
            items.add(new String[] { "Manage teams", "/admin/teams" });
            items.add(new String[] { "Users", "/admin/users" });
            items.add(new String[] { "Athletes' data", "/admin/privacy" });
            items.add(new String[] { "Audit log", "/admin/audit" });
            items.add(new String[] { "Backups", "/admin/backups" });
        }
        if (isSignedIn()) {
            items.add(new String[] { "Methods", "/methods" });
            items.add(new String[] { "Account", "/account" });
        }
        String current = currentHref(items);
        return items.stream().map(i -> new Link(i[0], i[1], i[1].equals(current))).toList();
    }

    /**
     * The link with the longest path prefix of the request path: /me/sessions wins over /me. An item is
     * {label, href, further prefixes of the same section...}.
     */
    private String currentHref(List<String[]> items) {
        var context = request.getCurrent();
        String path = context == null ? "" : context.normalizedPath();
        String best = null;
        int bestLength = -1;
        for (String[] item : items) {
            for (int i = 1; i < item.length; i++) {
                String prefix = item[i];
                boolean matches = path.equals(prefix) || path.startsWith(prefix + "/");
                if (matches && prefix.length() > bestLength) {
                    best = item[1];
                    bestLength = prefix.length();
                }
            }
        }
        return best;
    }
}
