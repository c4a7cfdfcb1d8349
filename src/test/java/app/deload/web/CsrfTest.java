package app.deload.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

/** The CSRF token: signed, carried by a SameSite cookie, and a refusal a person can act on. */
@QuarkusTest
class CsrfTest {

    @Test
    void aRefusedTokenShowsAnExpiredFormPageInTheLayoutWithALinkBack() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        String form = "/account";
        coach.request().header("Referer", io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + form).contentType("application/x-www-form-urlencoded").formParam("name", "Token")
                .formParam(WebSession.CSRF_FIELD, "expired").post("/account/tokens").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("class=\"topbar\""),
                        containsString("This form has expired"), containsString("<a href=\"/account\">Back to the form</a>"));
        coach.postWithoutToken("/account/tokens", Map.of("name", "Token")).then().statusCode(400)
                .body(containsString("This form has expired"), containsString("<a href=\"/\">Back to the form</a>"));
    }

    @Test
    void theTokenIsSignedSoAPlantedCookieWithAMatchingFieldIsRefused() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        String token = coach.csrfToken();
        assertNotEquals(token, coach.cookie("deload-csrf"), "the cookie holds the token's signature");
        String planted = "A".repeat(token.length());
        coach.withCookie("deload-csrf", planted).request().contentType("application/x-www-form-urlencoded")
                .formParam("name", "Planted").formParam("expiry", "none").formParam(WebSession.CSRF_FIELD, planted)
                .post("/account/tokens").then().statusCode(400).body(containsString("This form has expired"));
        coach.post("/account/tokens", Map.of("name", "Signed", "expiry", "none")).then().statusCode(200);
    }

    @Test
    void aTokenThatIsNotEvenBase64IsRefusedTheSameWay() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        coach.csrfToken();
        for (String token : new String[] { "x", "forged-" + coach.csrfToken(), "%%%" }) {
            coach.request().contentType("application/x-www-form-urlencoded").formParam("name", "Token")
                    .formParam(WebSession.CSRF_FIELD, token).post("/account/tokens").then().statusCode(400)
                    .body(containsString("This form has expired"));
        }
    }

    @Test
    void theCsrfCookieIsSameSiteStrict() {
        String setCookie = given().redirects().follow(false).get("/login").then().statusCode(200).extract()
                .headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("deload-csrf=")).findFirst()
                .orElseThrow();
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    }
}
