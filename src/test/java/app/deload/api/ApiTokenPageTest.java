package app.deload.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.account.User;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ApiTokenPageTest {

    private static final Pattern SHOWN_TOKEN = Pattern.compile("value=\"(dl_[A-Za-z0-9_-]{40})\"");

    @Test
    void theAccountPageLeadsToTheTokens() {
        WebSession.signIn(Fixtures.user(Role.ATHLETE)).get("/account").then().statusCode(200)
                .body(containsString("href=\"/account/tokens\""));
    }

    @Test
    void aCreatedTokenIsShownOnceAndListedOnlyByItsPrefix() {
        String coach = Fixtures.user(Role.COACH);
        WebSession session = WebSession.signIn(coach);
        Response created = session.post("/account/tokens", Map.of("name", "Garmin sync", "expiry", "30"));
        created.then().statusCode(200).header("Cache-Control", containsString("no-store"))
                .body(containsString("Garmin sync"), containsString("shown only this once"));
        String token = shownToken(created);

        session.get("/account/tokens").then().statusCode(200)
                .body(containsString("Garmin sync"), containsString(token.substring(0, 11) + "…"),
                        not(containsString(token)), containsString("never"));
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(200);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>find("tokenHash",
                ApiToken.hash(token)).firstResult().expiresAt != null), "30 days were chosen");
    }

    @Test
    void aTokenNeedsANameOfAtMost60CharactersAndAListedExpiry() {
        WebSession session = WebSession.signIn(Fixtures.user(Role.COACH));
        session.post("/account/tokens", Map.of("name", " ", "expiry", "90")).then().statusCode(400)
                .body(containsString("Name the token"));
        String longName = "x".repeat(61);
        session.post("/account/tokens", Map.of("name", longName, "expiry", "90")).then().statusCode(400)
                .body(containsString("Use at most 60 characters."), containsString("value=\"" + longName + "\""));
        session.post("/account/tokens", Map.of("name", "Sheet", "expiry", "7")).then().statusCode(400)
                .body(containsString("Choose from the list."), containsString("value=\"Sheet\""));
        session.get("/account/tokens").then().body(containsString("You have no API tokens."));
    }

    @Test
    void aTokenWithoutExpiryWorksUntilRevoked() {
        WebSession session = WebSession.signIn(Fixtures.user(Role.ATHLETE));
        Response created = session.post("/account/tokens", Map.of("name", "Forever", "expiry", "none"));
        created.then().statusCode(200).body(containsString("It works until you revoke it."));
        ApiTokens.as(shownToken(created)).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        String coach = Fixtures.user(Role.COACH);
        WebSession session = WebSession.signIn(coach);
        String token = shownToken(session.post("/account/tokens", Map.of("name", "Old script", "expiry", "90")));
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(200);

        session.post("/account/tokens/" + ApiTokens.idOf(token) + "/revoke").then().statusCode(303)
                .header("Location", containsString("/account/tokens"));
        BearerAuthenticationTest.assertUnauthorized(ApiTokens.as(token).get("/api/v1/me").then());
        session.get("/account/tokens").then().body(containsString("revoked"));
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() {
        String owner = Fixtures.user(Role.COACH);
        String token = ApiTokens.issue(owner);
        WebSession other = WebSession.signIn(Fixtures.user(Role.ADMIN));
        other.post("/account/tokens/" + ApiTokens.idOf(token) + "/revoke").then().statusCode(404);
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void atMost20ActiveTokensPerUser() {
        String coach = Fixtures.user(Role.COACH);
        String first = ApiTokens.issue(coach);
        for (int i = 1; i < ApiToken.MAX_ACTIVE_PER_USER; i++) {
            ApiTokens.issue(coach);
        }
        WebSession session = WebSession.signIn(coach);
        session.get("/account/tokens").then().body(containsString("You have 20 active tokens"));
        session.post("/account/tokens", Map.of("name", "One too many", "expiry", "90")).then().statusCode(400)
                .body(containsString("the most allowed"), containsString("value=\"One too many\""));
        assertEquals(ApiToken.MAX_ACTIVE_PER_USER, activeTokens(coach));

        session.post("/account/tokens/" + ApiTokens.idOf(first) + "/revoke").then().statusCode(303);
        session.post("/account/tokens", Map.of("name", "In its place", "expiry", "90")).then().statusCode(200);
        assertEquals(ApiToken.MAX_ACTIVE_PER_USER, activeTokens(coach));
    }

    @Test
    void creatingAndRevokingNeedTheCsrfToken() {
        String coach = Fixtures.user(Role.COACH);
        WebSession session = WebSession.signIn(coach);
        session.postWithoutToken("/account/tokens", Map.of("name", "Forged", "expiry", "none")).then()
                .statusCode(400);
        assertEquals(0, activeTokens(coach));

        String token = ApiTokens.issue(coach);
        String revoke = "/account/tokens/" + ApiTokens.idOf(token) + "/revoke";
        session.postWithoutToken(revoke, Map.of()).then().statusCode(400);
        // Non-form bodies carry no token field, so a page refuses them instead of skipping the check.
        session.request().contentType("text/plain").body("x").post(revoke).then().statusCode(400);
        session.request().contentType("application/json").body("{}").post(revoke).then().statusCode(400);
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(200);
    }

    static String shownToken(Response page) {
        Matcher matcher = SHOWN_TOKEN.matcher(page.asString());
        assertTrue(matcher.find(), "the page shows the new token");
        return matcher.group(1);
    }

    private static long activeTokens(String username) {
        return QuarkusTransaction.requiringNew().call(() -> ApiToken
                .countActiveForUser(User.findByUsername(username).orElseThrow(), Instant.now()));
    }
}
