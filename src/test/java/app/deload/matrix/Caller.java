package app.deload.matrix;

import static io.restassured.RestAssured.given;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import app.deload.support.ApiTokens;
import app.deload.support.WebSession;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One kind of caller with its session cookies and CSRF token for pages and its API token for /api/, fixed for
 * the whole matrix run.
 */
record Caller(Kind kind, String username, Map<String, String> cookies, String csrfToken, String apiToken) {

    /** Routes that end the caller's sessions: the caller signs in again after calling one. */
    private static final Set<String> SESSION_ENDING = Set.of("/logout", "/account/sessions/end-all");

    enum Kind {
        ANONYMOUS, ATHLETE, COACH, OTHER_COACH, ADMIN
    }

    static Map<Kind, Caller> all(World world) {
        Map<Kind, Caller> callers = new EnumMap<>(Kind.class);
        callers.put(Kind.ANONYMOUS, new Caller(Kind.ANONYMOUS, null, Map.of(), "", null));
        callers.put(Kind.ATHLETE, signedIn(Kind.ATHLETE, world.athlete()));
        callers.put(Kind.COACH, signedIn(Kind.COACH, world.coachA()));
        callers.put(Kind.OTHER_COACH, signedIn(Kind.OTHER_COACH, world.coachB()));
        callers.put(Kind.ADMIN, signedIn(Kind.ADMIN, world.admin()));
        return callers;
    }

    private static Caller signedIn(Kind kind, String username) {
        WebSession session = WebSession.signIn(username);
        String token = session.csrfToken();
        Map<String, String> cookies = new HashMap<>();
        cookies.put("quarkus-credential", session.cookie("quarkus-credential"));
        cookies.put("deload-session", session.cookie("deload-session"));
        cookies.put("deload-csrf", session.cookie("deload-csrf"));
        return new Caller(kind, username, cookies, token, ApiTokens.issue(username));
    }

    Response call(RouteRule rule) {
        if (rule.api()) {
            return callApi(rule);
        }
        Response response = callPage(rule);
        if (username != null && SESSION_ENDING.contains(rule.path())) {
            WebSession again = WebSession.signIn(username);
            cookies.put("quarkus-credential", again.cookie("quarkus-credential"));
            cookies.put("deload-session", again.cookie("deload-session"));
        }
        return response;
    }

    private Response callPage(RouteRule rule) {
        RequestSpecification request = given().redirects().follow(false).cookies(cookies);
        if (rule.method().equals("GET")) {
            return request.get(rule.path());
        }
        return request.contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(rule.form())
                .formParam(WebSession.CSRF_FIELD, csrfToken).request(rule.method(), rule.path());
    }

    /** The API authenticates by token only; writes send the rule's form as a JSON body. */
    private Response callApi(RouteRule rule) {
        RequestSpecification request = given().redirects().follow(false);
        if (apiToken != null) {
            request.header("Authorization", "Bearer " + apiToken);
        }
        if (rule.method().equals("GET")) {
            return request.get(rule.path());
        }
        return request.contentType("application/json").body(rule.form()).request(rule.method(), rule.path());
    }
}
