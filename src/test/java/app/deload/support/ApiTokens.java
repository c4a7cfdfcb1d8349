package app.deload.support;

import static io.restassured.RestAssured.given;

import java.time.Instant;

import app.deload.account.User;
import app.deload.api.ApiToken;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;

/** Personal API tokens for tests of the JSON API, made through the entity like a user would on their page. */
public final class ApiTokens {

    private ApiTokens() {
    }

    /** A new token without expiry for the user; returns it in clear. */
    public static String issue(String username) {
        return issue(username, null);
    }

    public static String issue(String username, Instant expiresAt) {
        return QuarkusTransaction.requiringNew().call(() -> ApiToken.issue(
                User.findByUsername(username).orElseThrow(), Fixtures.unique("test token"), expiresAt));
    }

    /** The id of an issued token, e.g. for its revoke route. */
    public static long idOf(String token) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ApiToken.<ApiToken>find("tokenHash", ApiToken.hash(token)).firstResult().id);
    }

    /** Revokes the token as its owner would on the token page. */
    public static void revoke(String token) {
        QuarkusTransaction.requiringNew().run(() -> ApiToken.<ApiToken>find("tokenHash", ApiToken.hash(token))
                .firstResult().revoke(Instant.now()));
    }

    /** A REST Assured request that authenticates with the token and follows no redirects. */
    public static RequestSpecification as(String token) {
        return given().redirects().follow(false).header("Authorization", "Bearer " + token);
    }
}
