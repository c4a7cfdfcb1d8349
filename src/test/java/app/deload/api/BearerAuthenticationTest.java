package app.deload.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.account.User;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class BearerAuthenticationTest {

    @Test
    void aValidTokenActsAsItsOwnerWithTheirRole() {
        String coach = Fixtures.user(Role.COACH);
        ApiTokens.as(ApiTokens.issue(coach)).get("/api/v1/me").then().statusCode(200)
                .contentType(containsString("application/json")).body("username", equalTo(coach))
                .body("role", equalTo(Role.COACH)).body("athleteId", nullValue());
    }

    @Test
    void withoutATokenTheApiAnswers401ProblemNotTheLoginRedirect() {
        assertUnauthorized(given().redirects().follow(false).get("/api/v1/me").then());
        assertUnauthorized(given().redirects().follow(false).get("/api/v1/teams").then());
        assertUnauthorized(given().redirects().follow(false).get("/api/v1/no-such-route").then());
    }

    @Test
    void malformedAuthorizationHeadersAreRefused() {
        String token = ApiTokens.issue(Fixtures.user(Role.COACH));
        for (String header : new String[] { "Basic " + token, "Bearer", "Bearer ", token, "Bearer " + token + " x",
                "Bearer dl_tooShort", "Bearer " + token.substring(0, token.length() - 1) + "!" }) {
            assertUnauthorized(given().redirects().follow(false).header("Authorization", header).get("/api/v1/me")
                    .then());
        }
        given().redirects().follow(false).header("Authorization", "bearer " + token).get("/api/v1/me").then()
                .statusCode(200);
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertUnauthorized(ApiTokens.as("dl_" + "A".repeat(40)).get("/api/v1/me").then());
    }

    @Test
    void anExpiredTokenIsRefused() {
        String athlete = Fixtures.user(Role.ATHLETE);
        String expired = ApiTokens.issue(athlete, Instant.now().minusSeconds(1));
        assertUnauthorized(ApiTokens.as(expired).get("/api/v1/me").then());
        String valid = ApiTokens.issue(athlete, Instant.now().plus(Duration.ofDays(1)));
        ApiTokens.as(valid).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aDeactivatedUsersTokensStopWorkingAtOnce() {
        String coach = Fixtures.user(Role.COACH);
        String token = ApiTokens.issue(coach);
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(200);
        setActive(coach, false);
        assertUnauthorized(ApiTokens.as(token).get("/api/v1/me").then());
    }

    /** Deactivation revokes the tokens, like the sessions: reactivating the account does not bring them back. */
    @Test
    void deactivationRevokesTheTokensForGood() {
        String coach = Fixtures.user(Role.COACH);
        String token = ApiTokens.issue(coach);
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(200);
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(coach).orElseThrow().id);
        WebSession admin = WebSession.signIn(Fixtures.user(Role.ADMIN));

        admin.post("/admin/users/" + id + "/active", Map.of("active", "false")).then().statusCode(303);
        assertUnauthorized(ApiTokens.as(token).get("/api/v1/me").then());
        admin.post("/admin/users/" + id + "/active", Map.of("active", "true")).then().statusCode(303);

        assertUnauthorized(ApiTokens.as(token).get("/api/v1/me").then());
        WebSession.signIn(coach).get("/account/tokens").then().statusCode(200).body(containsString("revoked"));
        ApiTokens.as(ApiTokens.issue(coach)).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void theSessionCookieDoesNotAuthenticateTheApi() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        assertUnauthorized(coach.get("/api/v1/me").then());
    }

    @Test
    void aTokenDoesNotAuthenticatePages() {
        String token = ApiTokens.issue(Fixtures.user(Role.ADMIN));
        ApiTokens.as(token).get("/account").then().statusCode(302).header("Location", containsString("/login"));
        ApiTokens.as(token).get("/admin/users").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void lastUseIsRecordedAtMostOncePerMinute() {
        String coach = Fixtures.user(Role.COACH);
        String token = ApiTokens.issue(coach);
        assertEquals(null, lastUsedAt(token));
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(200);
        Instant first = lastUsedAt(token);
        assertNotNull(first);
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(200);
        assertEquals(first, lastUsedAt(token), "a second call within the minute writes nothing");

        Instant twoMinutesAgo = Instant.now().minus(Duration.ofMinutes(2));
        QuarkusTransaction.requiringNew().run(() -> ApiToken.update("lastUsedAt = ?1 where tokenHash = ?2",
                twoMinutesAgo, ApiToken.hash(token)));
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(200);
        assertTrue(lastUsedAt(token).isAfter(twoMinutesAgo.plusSeconds(60)));
    }

    static void assertUnauthorized(ValidatableResponse response) {
        response.statusCode(401).contentType(containsString("application/problem+json"))
                .header("WWW-Authenticate", containsString("Bearer")).header("Location", nullValue())
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized"))
                .body("detail", containsString("Authorization: Bearer"));
    }

    private static void setActive(String username, boolean active) {
        QuarkusTransaction.requiringNew().run(() -> User.findByUsername(username).orElseThrow().active = active);
    }

    private static Instant lastUsedAt(String token) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ApiToken.<ApiToken>find("tokenHash", ApiToken.hash(token)).firstResult().lastUsedAt);
    }
}
