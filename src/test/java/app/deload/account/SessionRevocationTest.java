package app.deload.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;

/**
 * Sessions live in the database: a copy of a browser's cookies (as someone who captured them would hold) stops
 * working when the session ends, whether by sign-out, a password change, an admin's reset or deactivation.
 */
@QuarkusTest
class SessionRevocationTest {

    private static final String NEW_PASSWORD = "violet-kayak-orchard";

    @Test
    void aCopiedCookieIsRefusedAfterSignOut() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        WebSession captured = coach.copy();
        captured.get("/teams").then().statusCode(200);

        coach.post("/logout").then().statusCode(303);

        assertSignedOut(captured.get("/teams"));
        assertSignedOut(captured.get("/account"));
        captured.get("/login").then().statusCode(200).body(containsString("Sign in"));
    }

    @Test
    void aPasswordChangeEndsEveryOtherSessionAndRevokesApiTokensButKeepsThisBrowser() {
        String username = Fixtures.user(Role.COACH);
        WebSession here = WebSession.signIn(username);
        WebSession elsewhere = WebSession.signIn(username);
        WebSession capturedHere = here.copy();
        String token = ApiTokens.issue(username);
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(200);

        here.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD,
                "confirmPassword", NEW_PASSWORD)).then().statusCode(303);

        here.get("/account").then().statusCode(200)
                .body(containsString("Your other sessions are signed out and your API tokens are revoked."));
        assertSignedOut(elsewhere.get("/teams"));
        assertSignedOut(capturedHere.get("/teams"));
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(401);
        here.get("/teams").then().statusCode(200);
    }

    @Test
    void theAccountPageSaysWhatAPasswordChangeEnds() {
        WebSession.signIn(Fixtures.user(Role.ATHLETE)).get("/account").then().statusCode(200)
                .body(containsString("signs out every other browser and device"))
                .body(containsString("revokes your API tokens"));
    }

    @Test
    void anAdminsPasswordResetEndsTheUsersSessionsAndTokens() {
        String username = Fixtures.user(Role.COACH);
        WebSession coach = WebSession.signIn(username);
        String token = ApiTokens.issue(username);
        long id = userId(username);
        WebSession admin = WebSession.signIn(Fixtures.user(Role.ADMIN));

        admin.post("/admin/users/" + id, Map.of("displayName", "Reset Coach", "role", "coach", "password",
                NEW_PASSWORD)).then().statusCode(303);

        assertSignedOut(coach.get("/teams"));
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(401);
        WebSession.signIn(username, NEW_PASSWORD).get("/teams").then().statusCode(200);
    }

    @Test
    void aReactivatedAccountDoesNotGetItsOldCookiesBack() {
        String username = Fixtures.user(Role.COACH);
        WebSession coach = WebSession.signIn(username);
        long id = userId(username);
        WebSession admin = WebSession.signIn(Fixtures.user(Role.ADMIN));

        admin.post("/admin/users/" + id + "/active", Map.of("active", "false")).then().statusCode(303);
        assertSignedOut(coach.copy().get("/teams"));
        admin.post("/admin/users/" + id + "/active", Map.of("active", "true")).then().statusCode(303);

        assertSignedOut(coach.get("/teams"));
        WebSession.signIn(username).get("/teams").then().statusCode(200);
    }

    @Test
    void theAccountPageListsSessionsAndSignsOutOneOrAll() {
        String username = Fixtures.user(Role.ATHLETE);
        WebSession phone = WebSession.signIn(username);
        WebSession laptop = WebSession.signIn(username);

        String page = laptop.get("/account").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Where you are signed in"));
        assertEquals(1, count(page, "this browser"), page);
        long phoneSession = sessionIdOf(phone);
        assertTrue(page.contains("/account/sessions/" + phoneSession + "/end"));

        laptop.post("/account/sessions/" + phoneSession + "/end").then().statusCode(303);
        assertSignedOut(phone.get("/me"));
        laptop.get("/account").then().statusCode(200)
                .body(not(containsString("/account/sessions/" + phoneSession + "/end")));

        WebSession tablet = WebSession.signIn(username);
        laptop.post("/account/sessions/end-all").then().statusCode(303)
                .header("Location", containsString("/login"));
        assertSignedOut(laptop.get("/me"));
        assertSignedOut(tablet.get("/me"));
    }

    @Test
    void anotherUsersSessionCannotBeEnded() {
        WebSession owner = WebSession.signIn(Fixtures.user(Role.ATHLETE));
        WebSession other = WebSession.signIn(Fixtures.user(Role.ATHLETE));
        other.post("/account/sessions/" + sessionIdOf(owner) + "/end").then().statusCode(404);
        owner.get("/account").then().statusCode(200);
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeEvenWhileUsed() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        long id = sessionIdOf(coach);
        QuarkusTransaction.requiringNew().run(() -> UserSession.<UserSession>findById(id).expiresAt =
                Instant.now().minusSeconds(1));
        assertSignedOut(coach.get("/teams"));
    }

    @Test
    void aSessionNotKeptSignedInEndsAfterTheIdleTimeout() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        WebSession kept = WebSession.signInRemembered(Fixtures.user(Role.COACH));
        Instant threeHoursAgo = Instant.now().minus(Duration.ofHours(3));
        QuarkusTransaction.requiringNew().run(() -> UserSession.update("lastSeenAt = ?1 where id in (?2, ?3)",
                threeHoursAgo, sessionIdOf(coach), sessionIdOf(kept)));
        assertSignedOut(coach.get("/teams"));
        kept.get("/teams").then().statusCode(200);
    }

    @Test
    void keepMeSignedInLastsThirtyDaysInTheDatabaseAndTheCookie() {
        Response response = WebSession.anonymous().request().formParam("j_username", Fixtures.user(Role.ATHLETE))
                .formParam("j_password", Fixtures.PASSWORD).formParam("remember", "on").post("/j_security_check");
        Cookie session = response.getDetailedCookie(UserSession.COOKIE);
        assertEquals(Duration.ofDays(30).toSeconds(), session.getMaxAge());
        UserSession row = QuarkusTransaction.requiringNew().call(() -> UserSession.<UserSession>find("tokenHash",
                UserSession.hash(session.getValue())).firstResult());
        assertTrue(row.remembered);
        assertEquals(Duration.ofDays(30), Duration.between(row.createdAt, row.expiresAt));

        Response plain = WebSession.anonymous().attemptSignIn(Fixtures.user(Role.ATHLETE), Fixtures.PASSWORD);
        Cookie browserSession = plain.getDetailedCookie(UserSession.COOKIE);
        assertEquals(-1, browserSession.getMaxAge(), "without the tick the cookie ends with the browser");
        UserSession plainRow = QuarkusTransaction.requiringNew().call(() -> UserSession.<UserSession>find(
                "tokenHash", UserSession.hash(browserSession.getValue())).firstResult());
        assertFalse(plainRow.remembered);
        assertEquals(Duration.ofHours(12), Duration.between(plainRow.createdAt, plainRow.expiresAt));
    }

    @Test
    void theLoginPageOffersToKeepThePhoneSignedIn() {
        WebSession.anonymous().get("/login").then().statusCode(200).body(containsString("name=\"remember\""))
                .body(containsString("Keep me signed in on this phone or computer for 30 days"));
    }

    @Test
    void quarkusFormCookieAloneNoLongerSignsIn() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        Response response = WebSession.anonymous().request()
                .cookie("quarkus-credential", coach.cookie("quarkus-credential")).get("/teams");
        assertSignedOut(response);
    }

    private static void assertSignedOut(Response response) {
        assertEquals(302, response.statusCode(), response.asString());
        assertTrue(response.getHeader("Location").contains("/login"), response.getHeader("Location"));
    }

    private static long userId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().id);
    }

    static long sessionIdOf(WebSession browser) {
        String hash = UserSession.hash(browser.cookie(UserSession.COOKIE));
        return QuarkusTransaction.requiringNew().call(() -> UserSession.<UserSession>find("tokenHash", hash)
                .firstResult().id);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
