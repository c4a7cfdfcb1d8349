package app.deload.matrix;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/**
 * Every route of the application, found from its compiled resources, called by five kinds of caller:
 * anonymous, an athlete, the coach of the team, the coach of another team and an admin. A route that no
 * {@link RouteTable} lists fails the test, so a new route cannot escape it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    private World world;
    private List<RouteRule> rules;
    private Map<Caller.Kind, Caller> callers;

    /** In @BeforeEach because Quarkus points REST Assured at the test port only before each test. */
    @BeforeEach
    void setUp() throws Exception {
        if (world != null) {
            return;
        }
        world = World.create();
        rules = new ArrayList<>();
        for (RouteTable table : routeTables()) {
            rules.addAll(table.rules(world));
        }
        callers = Caller.all(world);
    }

    @Test
    void everyRouteOfTheAppIsInTheMatrix() throws Exception {
        Set<String> listed = rules.stream().map(RouteRule::key).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(discoveredRoutes());
        missing.removeAll(listed);
        assertTrue(missing.isEmpty(), "Routes with no rule in a RouteTable: " + missing);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(discoveredRoutes());
        assertTrue(stale.isEmpty(), "Rules for routes the app no longer has: " + stale);
    }

    @Test
    void everyCallerGetsWhatTheRuleSays() {
        List<String> failures = new ArrayList<>();
        for (RouteRule rule : rules) {
            for (Caller caller : callers.values()) {
                Response response = caller.call(rule);
                Outcome expected = Outcome.expected(rule, caller.kind());
                Outcome actual = Outcome.of(response, rule.api());
                if (!expected.accepts(actual, rule.rule())) {
                    failures.add(rule.key() + " as " + caller.kind() + ": expected " + expected + ", got "
                            + response.statusCode() + " " + actual + " " + location(response));
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " authorization mismatches:\n" + String.join("\n", failures));
        }
    }

    /**
     * A complete, valid form is refused for its token alone: missing or forged it answers 400 and creates nothing,
     * while the same form with the session's token creates the team.
     */
    @Test
    void aPostWithoutItsCsrfTokenIsRefused() {
        Caller admin = callers.get(Caller.Kind.ADMIN);
        String name = "Forged " + System.nanoTime();
        Map<String, String> form = Map.of("name", name, "sport", "Rowing", "timeZone", "Europe/Berlin");
        for (String token : new String[] { null, "forged-" + admin.csrfToken(), "" }) {
            var request = given().redirects().follow(false).cookies(admin.cookies())
                    .contentType("application/x-www-form-urlencoded").formParams(form);
            Response refused = (token == null ? request : request.formParam(WebSession.CSRF_FIELD, token))
                    .post("/admin/teams");
            assertEquals(400, refused.statusCode(), "token " + token);
            assertEquals(0L, teamsNamed(name), "nothing created with token " + token);
        }
        Response accepted = given().redirects().follow(false).cookies(admin.cookies())
                .contentType("application/x-www-form-urlencoded").formParams(form)
                .formParam(WebSession.CSRF_FIELD, admin.csrfToken()).post("/admin/teams");
        assertEquals(303, accepted.statusCode());
        assertEquals(1L, teamsNamed(name));
    }

    private static long teamsNamed(String name) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> app.deload.team.Team.count("name", name));
    }

    private static String location(Response response) {
        String location = response.getHeader("Location");
        return location == null ? "" : "-> " + location;
    }

    /** The JAX-RS routes of the app, from its compiled classes, as "METHOD /template". */
    static Set<String> discoveredRoutes() throws IOException, ClassNotFoundException {
        Set<String> routes = new TreeSet<>();
        for (Class<?> type : classesUnder(Path.of("target/classes"))) {
            jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    routes.add(verb + " " + join(base.value(), sub == null ? "" : sub.value()));
                }
            }
        }
        return routes;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return method.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
    }

    static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("\\{([^}:]+):[^}]*}", "{$1}").replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<RouteTable> routeTables() throws Exception {
        List<RouteTable> tables = new ArrayList<>();
        for (Class<?> type : classesUnder(Path.of("target/test-classes"))) {
            if (RouteTable.class.isAssignableFrom(type) && !type.isInterface()) {
                tables.add((RouteTable) type.getDeclaredConstructor().newInstance());
            }
        }
        return tables;
    }

    private static List<Class<?>> classesUnder(Path root) throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("app/deload"))) {
            files = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            classes.add(Class.forName(name, false, loader));
        }
        return classes;
    }
}
