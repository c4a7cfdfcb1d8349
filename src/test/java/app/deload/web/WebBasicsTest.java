package app.deload.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WebBasicsTest {

    @Test
    void pagesCarrySecurityHeadersWithACspThatForbidsInlineScript() {
        WebSession.anonymous().get("/login").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        WebSession.anonymous().get("/teams").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void errorPagesUseTheLayout() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        coach.get("/teams/999999999").then().statusCode(404).body(containsString("class=\"topbar\""),
                containsString("Not found"));
        coach.get("/admin/users").then().statusCode(403).body(containsString("class=\"topbar\""),
                containsString("Not allowed"));
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        coach.postWithoutToken("/account/password", Map.of("currentPassword", Fixtures.PASSWORD, "newPassword",
                "another-long-password", "confirmPassword", "another-long-password")).then().statusCode(400);
    }

    @Test
    void roleAwareNavigation() {
        WebSession.signIn(Fixtures.user(Role.ADMIN)).get("/teams").then()
                .body(containsString("href=\"/admin/users\""), containsString("href=\"/admin/teams\""));
        WebSession.signIn(Fixtures.user(Role.COACH)).get("/teams").then()
                .body(containsString("href=\"/teams\""), not(containsString("href=\"/admin/users\"")));
        Fixtures.Squad squad = Fixtures.squad();
        WebSession.signIn(squad.athlete()).get("/athletes/" + squad.athleteId()).then()
                .body(containsString("href=\"/me\""), not(containsString("href=\"/teams\"")));
    }

    @Test
    void theHealthEndpointIsPublic() {
        WebSession.anonymous().get("/q/health/ready").then().statusCode(200);
    }
}
