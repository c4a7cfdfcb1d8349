package app.deload.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The sign-in limits as deployed behind a proxy (client addresses from X-Forwarded-For, the production limits, a
 * public URL): one address cannot guess many passwords or spray many usernames, and locking a username from
 * elsewhere does not lock its owner out of the place they always sign in from.
 */
@QuarkusTest
@TestProfile(SignInLimitsTest.BehindAProxy.class)
class SignInLimitsTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "deload.login.address-max-failures", "20",
                    "deload.login.address-max-usernames", "8",
                    "deload.public-url", "https://deload.example.org"));
            if (System.getenv("DELOAD_TEST_DB_URL") == null) {
                // A database of its own: H2 refuses the default one's check constraints after Quarkus restarts.
                overrides.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:deload-limits;DB_CLOSE_DELAY=-1");
            }
            return overrides;
        }
    }

    private static final String WRONG = "definitely-wrong-password";

    /** On a shared PostgreSQL test database, other classes' failed sign-ins from this machine count too. */
    @BeforeEach
    void forgetEarlierFailures() {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("delete from login_failure").executeUpdate());
    }
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Test
    void twentyFailuresFromOneAddressRefuseThatAddressButNoOther() {
        String attacker = address();
        for (int user = 0; user < 5; user++) {
            String username = Fixtures.unique("target");
            for (int i = 0; i < 4; i++) {
                signIn(attacker, username, WRONG);
            }
        }
        String someone = Fixtures.user(Role.COACH);
        Response refused = signIn(attacker, someone, Fixtures.PASSWORD);
        assertNull(refused.getCookie(UserSession.COOKIE));
        assertEquals(LoginNotice.ADDRESS, refused.getCookie(LoginNotice.COOKIE));
        WebSession.anonymous().request().cookie(LoginNotice.COOKIE, LoginNotice.ADDRESS).get("/login?error=true")
                .then().body(containsString("Too many failed sign-ins from your network"));

        assertNotNull(signIn(address(), someone, Fixtures.PASSWORD).getCookie(UserSession.COOKIE));
    }

    @Test
    void sprayingOnePasswordOverManyUsernamesRefusesTheAddress() {
        String sprayer = address();
        for (int i = 0; i < 8; i++) {
            signIn(sprayer, Fixtures.unique("sprayed"), "Summer-2026-Rowing");
        }
        String someone = Fixtures.user(Role.ATHLETE);
        assertEquals(LoginNotice.ADDRESS, signIn(sprayer, someone, Fixtures.PASSWORD).getCookie(LoginNotice.COOKIE));
        assertNotNull(signIn(address(), someone, Fixtures.PASSWORD).getCookie(UserSession.COOKIE));
    }

    @Test
    void aLockedUsernameStillSignsInFromAnAddressItSignedInFromBefore() {
        String username = Fixtures.user(Role.ADMIN);
        String home = address();
        assertNotNull(signIn(home, username, Fixtures.PASSWORD).getCookie(UserSession.COOKIE));

        String attacker = address();
        for (int i = 0; i < 5; i++) {
            signIn(attacker, username, WRONG);
        }
        assertEquals(LoginNotice.LOCKED, signIn(attacker, username, Fixtures.PASSWORD).getCookie(LoginNotice.COOKIE));
        Response newPlace = signIn(address(), username, Fixtures.PASSWORD);
        assertEquals(LoginNotice.LOCKED, newPlace.getCookie(LoginNotice.COOKIE));
        assertNull(newPlace.getCookie(UserSession.COOKIE));

        assertNotNull(signIn(home, username, Fixtures.PASSWORD).getCookie(UserSession.COOKIE));
    }

    @Test
    void aKnownAddressIsLimitedToo() {
        String username = Fixtures.user(Role.COACH);
        String home = address();
        signIn(home, username, Fixtures.PASSWORD);
        for (int i = 0; i < 5; i++) {
            signIn(address(), username, WRONG);
        }
        for (int i = 0; i < 5; i++) {
            signIn(home, username, WRONG);
        }
        assertEquals(LoginNotice.LOCKED, signIn(home, username, Fixtures.PASSWORD).getCookie(LoginNotice.COOKIE));
    }

    @Test
    void anAdminUnlocksALockedUsername() {
        String username = Fixtures.user(Role.COACH);
        String attacker = address();
        for (int i = 0; i < 5; i++) {
            signIn(attacker, username, WRONG);
        }
        WebSession admin = WebSession.signIn(Fixtures.user(Role.ADMIN));
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().id);
        admin.get("/admin/users").then().statusCode(200).body(containsString("locked after failed sign-ins"))
                .body(containsString("/admin/users/" + id + "/unlock"));

        admin.post("/admin/users/" + id + "/unlock").then().statusCode(303);

        admin.get("/admin/users").then().body(org.hamcrest.Matchers.not(containsString(
                "/admin/users/" + id + "/unlock")));
        assertNotNull(signIn(address(), username, Fixtures.PASSWORD).getCookie(UserSession.COOKIE));
    }

    @Test
    void withAPublicUrlOnlyItsOriginMaySignIn() {
        String username = Fixtures.user(Role.COACH);
        Response own = given().redirects().follow(false).header("Origin", "https://deload.example.org")
                .formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check");
        assertNotNull(own.getCookie(UserSession.COOKIE));
        Response direct = given().redirects().follow(false).header("Origin", "http://localhost:8081")
                .formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check");
        assertEquals("/login?refused=cross-site", direct.getHeader("Location"));
    }

    @Test
    void invitationLinksUseThePublicUrl() {
        Fixtures.Squad squad = Fixtures.squad();
        long athleteId = Fixtures.athlete(squad.teamId(), null);
        String page = WebSession.signIn(squad.coach()).post("/athletes/" + athleteId + "/invitation").then()
                .statusCode(200).extract().asString();
        Matcher link = Pattern.compile("value=\"([^\"]*/invite/[A-Za-z0-9_-]{20,})\"").matcher(page);
        assertTrue(link.find(), page);
        assertTrue(link.group(1).startsWith("https://deload.example.org/invite/"), link.group(1));
    }

    private static Response signIn(String address, String username, String password) {
        return given().redirects().follow(false).header("X-Forwarded-For", address)
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
    }

    /** A documentation address (RFC 5737) not used before in this run. */
    private static String address() {
        int n = ADDRESSES.getAndIncrement();
        return "203.0." + (113 + n / 250) + "." + (n % 250 + 1);
    }
}
