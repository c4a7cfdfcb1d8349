package app.deload.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser-like session for REST Assured: signs in through the real form login, keeps cookies and
 * sends the CSRF token with each form, as the pages do.
 */
public final class WebSession {

    public static final String CSRF_FIELD = "csrf-token";
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

    private WebSession() {
    }

    public static WebSession anonymous() {
        return new WebSession();
    }

    public static WebSession signIn(String username) {
        return signIn(username, Fixtures.PASSWORD);
    }

    public static WebSession signIn(String username, String password) {
        WebSession session = new WebSession();
        Response response = session.attemptSignIn(username, password);
        if (!session.cookies.containsKey("quarkus-credential")) {
            throw new AssertionError("sign-in failed for " + username + ": " + response.statusCode() + " "
                    + response.getHeader("Location") + " " + response.asString());
        }
        return session;
    }

    /** Signs in with "keep me signed in" ticked. */
    public static WebSession signInRemembered(String username) {
        WebSession session = new WebSession();
        Response response = session.request().formParam("j_username", username)
                .formParam("j_password", Fixtures.PASSWORD).formParam("remember", "on").post("/j_security_check");
        session.remember(response);
        if (!session.cookies.containsKey("quarkus-credential")) {
            throw new AssertionError("sign-in failed for " + username);
        }
        return session;
    }

    /** Another browser holding copies of this one's cookies, as someone who captured them would. */
    public WebSession copy() {
        WebSession copy = new WebSession();
        copy.cookies.putAll(cookies);
        return copy;
    }

    /** Posts the login form; returns the raw response (a redirect to / or to the error page). */
    public Response attemptSignIn(String username, String password) {
        Response response = request().formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        remember(response);
        return response;
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        return response;
    }

    /** Posts a form the way a page does: with the session's CSRF cookie and token. */
    public Response post(String path, Map<String, ?> form) {
        return postWithToken(path, form, cookies.containsKey("quarkus-credential") ? csrfToken() : csrfTokenOn(path));
    }

    /**
     * Posts a form with a token taken earlier ({@link #formTokenOn}), as a browser does when the link its form came
     * from has since been revoked or used.
     */
    public Response postWithToken(String path, Map<String, ?> form, String token) {
        Response response = request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).formParam(CSRF_FIELD, token).post(path);
        remember(response);
        return response;
    }

    public Response post(String path) {
        return post(path, Map.of());
    }

    /** Posts without the CSRF token, as a forged cross-site form would. */
    public Response postWithoutToken(String path, Map<String, ?> form) {
        return request().contentType("application/x-www-form-urlencoded").formParams(form).post(path);
    }

    /** The token of the form on an anonymous page (signed tokens: the cookie holds the signature, not the token). */
    public String formTokenOn(String path) {
        return csrfTokenOn(path);
    }

    private String csrfTokenOn(String path) {
        Matcher matcher = CSRF_INPUT.matcher(get(path).asString());
        return matcher.find() ? matcher.group(1) : csrfToken();
    }

    public String csrfToken() {
        String page = get(cookies.containsKey("quarkus-credential") ? "/account" : "/login").asString();
        Matcher matcher = CSRF_INPUT.matcher(page);
        if (matcher.find()) {
            return matcher.group(1);
        }
        return cookies.getOrDefault("deload-csrf", "");
    }

    /** A copy of this session with one cookie replaced, as a cookie planted by a sibling site would be. */
    public WebSession withCookie(String name, String value) {
        WebSession copy = copy();
        copy.cookies.put(name, value);
        return copy;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private void remember(Response response) {
        response.getDetailedCookies().forEach(c -> {
            if (c.getMaxAge() == 0 || c.getValue().isEmpty()) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
