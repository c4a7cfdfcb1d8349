package app.deload.web;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Pages carry personal and health data and per-session CSRF tokens, so no browser or proxy may keep them:
 * after sign-out the back button asks the server again (and lands on the login page) instead of showing the
 * last page from the cache. Static files (css, js, img) are not served through here and stay cacheable.
 */
public class NoStoreResponses {

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
