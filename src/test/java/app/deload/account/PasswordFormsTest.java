package app.deload.account;

import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Every password form refuses a common password or the username, with the reason beside the field. */
@QuarkusTest
class PasswordFormsTest {

    @Test
    void theAccountFormRefusesACommonPasswordAndTheUsername() {
        String username = Fixtures.user(Role.COACH);
        WebSession coach = WebSession.signIn(username);
        coach.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "Password2026!",
                "confirmPassword", "Password2026!")).then().statusCode(400)
                .body(containsString("one of the most common passwords"))
                .body(containsString("not your username, not a common password"));
        coach.post("/account/password", Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", username + "!!",
                "confirmPassword", username + "!!")).then().statusCode(400)
                .body(containsString("Do not use your username in your password."));
        WebSession.signIn(username).get("/account").then().statusCode(200);
    }

    @Test
    void theAdminFormsRefuseACommonPasswordAndTheUsername() {
        WebSession admin = WebSession.signIn(Fixtures.user(Role.ADMIN));
        String username = Fixtures.unique("staff");
        admin.post("/admin/users", Map.of("username", username, "displayName", "New Staff", "role", "coach",
                "password", "qwertyuiop")).then().statusCode(400)
                .body(containsString("one of the most common passwords"), containsString(username));
        admin.post("/admin/users", Map.of("username", username, "displayName", "New Staff", "role", "coach",
                "password", username + "-2026")).then().statusCode(400)
                .body(containsString("Do not use your username in your password."));

        String coach = Fixtures.user(Role.COACH);
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(coach).orElseThrow().id);
        admin.post("/admin/users/" + id, Map.of("displayName", "Edited", "role", "coach", "password",
                "iloveyou123")).then().statusCode(400)
                .body(containsString("one of the most common passwords"))
                .body(containsString("Or leave it empty to keep the password."));
        admin.post("/admin/users/" + id, Map.of("displayName", "Edited", "role", "coach", "password", ""))
                .then().statusCode(303);
        WebSession.signIn(coach).get("/account").then().statusCode(200);
    }
}
