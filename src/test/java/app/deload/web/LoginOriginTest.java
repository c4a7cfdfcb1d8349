package app.deload.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Login CSRF: a sign-in posted from another site is refused; and no redirect follows a forged Host header. */
@QuarkusTest
class LoginOriginTest {

    @Test
    void aSignInPostedFromAnotherSiteIsRefusedWithAMessage() {
        Response response = signIn("Origin", "https://evil.example");
        assertEquals(303, response.statusCode());
        assertEquals("/login?refused=cross-site", response.getHeader("Location"));
        assertNull(response.getCookie("quarkus-credential"));
        assertNull(response.getCookie("deload-session"));
        WebSession.anonymous().get("/login?refused=cross-site").then().statusCode(200)
                .body(containsString("That sign-in came from another website and was refused."));
    }

    @Test
    void aRefererFromAnotherSiteIsRefusedWhenThereIsNoOrigin() {
        Response response = signIn("Referer", "https://evil.example/login.html");
        assertEquals("/login?refused=cross-site", response.getHeader("Location"));
        assertNull(response.getCookie("deload-session"));
    }

    @Test
    void anOpaqueOriginIsRefused() {
        assertEquals("/login?refused=cross-site", signIn("Origin", "null").getHeader("Location"));
    }

    @Test
    void aSignInFromTheAppsOwnPageWorks() {
        String own = RestAssured.baseURI + ":" + RestAssured.port;
        Response byOrigin = signIn("Origin", own);
        assertNotNull(byOrigin.getCookie("deload-session"), byOrigin.getHeader("Location"));
        Response byReferer = signIn("Referer", own + "/login");
        assertNotNull(byReferer.getCookie("deload-session"));
    }

    @Test
    void redirectsNeverCarryAForgedHost() {
        Response challenge = given().redirects().follow(false).header("Host", "evil.example").get("/teams");
        assertEquals(302, challenge.statusCode());
        assertEquals("/login", challenge.getHeader("Location"));

        String username = Fixtures.user(Role.COACH);
        Response signIn = given().redirects().follow(false).header("Host", "evil.example")
                .formParam("j_username", username).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check");
        assertEquals("/", signIn.getHeader("Location"));

        WebSession coach = WebSession.signIn(username);
        Response page = coach.request().header("Host", "evil.example").get("/");
        assertEquals(303, page.statusCode());
        String landing = page.getHeader("Location");
        assertTrue(landing.startsWith("/") && !landing.startsWith("//") && !landing.contains("evil"), landing);
    }

    private static Response signIn(String header, String value) {
        return given().redirects().follow(false).header(header, value)
                .formParam("j_username", Fixtures.user(Role.COACH)).formParam("j_password", Fixtures.PASSWORD)
                .post("/j_security_check");
    }
}
