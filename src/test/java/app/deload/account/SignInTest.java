package app.deload.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SignInTest {

    private static final String WRONG = "definitely-wrong-password";

    @Test
    void signsInAndLandsOnTheRolesStartPage() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        coach.get("/").then().statusCode(303).header("Location", endsWith("/today"));
        coach.get("/teams").then().statusCode(200).body(containsString("Sign out"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String username = Fixtures.user(Role.COACH);
        Response wrong = WebSession.anonymous().attemptSignIn(username, WRONG);
        Response unknown = WebSession.anonymous().attemptSignIn(Fixtures.unique("nobody"), WRONG);
        assertEquals(302, wrong.statusCode());
        assertEquals(wrong.getHeader("Location"), unknown.getHeader("Location"));
        WebSession.anonymous().get("/login?error=true").then().statusCode(200)
                .body(containsString("The username or password is not right"));
    }

    @Test
    void fiveFailuresLockTheUsernameForFifteenMinutesEvenWithTheRightPassword() {
        String username = Fixtures.user(Role.ATHLETE);
        WebSession browser = WebSession.anonymous();
        for (int i = 0; i < 4; i++) {
            browser.attemptSignIn(username, WRONG);
        }
        browser.get("/login?error=true").then().body(not(containsString("Sign-in is refused for 15 minutes")));
        browser.attemptSignIn(username, WRONG);
        browser.get("/login?error=true").then().body(containsString("Sign-in is refused for 15 minutes"));

        Response right = browser.attemptSignIn(username, Fixtures.PASSWORD);
        assertEquals(302, right.statusCode());
        org.hamcrest.MatcherAssert.assertThat(right.getHeader("Location"), containsString("/login?error"));
        browser.get("/login?error=true").then().body(containsString("Too many failed sign-ins"));
    }

    @Test
    void anUnknownUsernameIsLockedLikeAKnownOne() {
        String nobody = Fixtures.unique("ghost");
        WebSession browser = WebSession.anonymous();
        for (int i = 0; i < 5; i++) {
            browser.attemptSignIn(nobody, WRONG);
        }
        browser.get("/login?error=true").then().body(containsString("Too many failed sign-ins"));
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() {
        String username = Fixtures.user(Role.COACH);
        for (int i = 0; i < 4; i++) {
            WebSession.anonymous().attemptSignIn(username, WRONG);
        }
        WebSession.signIn(username);
        for (int i = 0; i < 4; i++) {
            WebSession.anonymous().attemptSignIn(username, WRONG);
        }
        WebSession.signIn(username);
    }

    @Test
    void theLockExpires() {
        String username = Fixtures.user(Role.COACH);
        for (int i = 0; i < 5; i++) {
            WebSession.anonymous().attemptSignIn(username, WRONG);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            LoginThrottle throttle = LoginThrottle.findById(username);
            throttle.lockedUntil = java.time.Instant.now().minusSeconds(1);
        });
        assertNotNull(WebSession.signIn(username).cookie("quarkus-credential"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        Response response = WebSession.anonymous().attemptSignIn(Fixtures.user(Role.COACH), Fixtures.PASSWORD);
        String setCookie = response.getHeader("Set-Cookie");
        org.hamcrest.MatcherAssert.assertThat(setCookie.toLowerCase(), containsString("httponly"));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("SameSite=Strict"));
    }

    @Test
    void signOutIsAPostThatEndsTheSession() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        coach.request().get("/logout").then().statusCode(405);
        coach.post("/logout", Map.of()).then().statusCode(303).header("Location", endsWith("/login"));
        coach.get("/teams").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void aDeactivatedUserIsSignedOutAtOnceAndCannotSignInAgain() {
        String username = Fixtures.user(Role.COACH);
        WebSession coach = WebSession.signIn(username);
        coach.get("/teams").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> User.findByUsername(username).orElseThrow().active = false);
        coach.get("/teams").then().statusCode(302).header("Location", containsString("/login"));
        Response again = WebSession.anonymous().attemptSignIn(username, Fixtures.PASSWORD);
        org.hamcrest.MatcherAssert.assertThat(again.getHeader("Location"), containsString("/login?error"));
    }
}
