package app.deload.matrix;

import java.util.Map;

/**
 * One route of the app with a concrete path to call, who may use it, and the form to send. API routes
 * answer 401 to anonymous callers instead of redirecting to the login page.
 */
public record RouteRule(String method, String template, String path, Rule rule, Map<String, String> form, boolean api) {

    public static RouteRule get(String template, String path, Rule rule) {
        return new RouteRule("GET", template, path, rule, Map.of(), false);
    }

    public static RouteRule post(String template, String path, Rule rule) {
        return new RouteRule("POST", template, path, rule, Map.of(), false);
    }

    public static RouteRule post(String template, String path, Rule rule, Map<String, String> form) {
        return new RouteRule("POST", template, path, rule, form, false);
    }

    public static RouteRule api(String method, String template, String path, Rule rule) {
        return new RouteRule(method, template, path, rule, Map.of(), true);
    }

    public String key() {
        return method + " " + template;
    }
}
