package app.deload.account;

import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AccountTest {

    private static final String NEW_PASSWORD = "a-much-better-passphrase";

    @Test
    void changesOwnPasswordAndSignsInWithTheNewOne() {
        String username = Fixtures.user(Role.ATHLETE);
        WebSession athlete = WebSession.signIn(username);
        athlete.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD,
                "confirmPassword", NEW_PASSWORD)).then().statusCode(303);
        WebSession.signIn(username, NEW_PASSWORD);
    }

    @Test
    void refusesAShortPasswordBesideTheField() {
        WebSession coach = WebSession.signIn(Fixtures.user(Role.COACH));
        coach.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "short123",
                "confirmPassword", "short123")).then().statusCode(400)
                .body(containsString("Use 10 to 200 characters."));
    }

    @Test
    void refusesAWrongCurrentPasswordAndADifferentRepeat() {
        String username = Fixtures.user(Role.COACH);
        WebSession coach = WebSession.signIn(username);
        coach.post("/account/password", Map.of("currentPassword", "not-my-password", "newPassword", NEW_PASSWORD,
                "confirmPassword", NEW_PASSWORD)).then().statusCode(400)
                .body(containsString("This is not your current password."));
        coach.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD,
                "confirmPassword", NEW_PASSWORD + "x")).then().statusCode(400)
                .body(containsString("The two new passwords differ."));
        WebSession.signIn(username, Fixtures.PASSWORD);
    }
}
