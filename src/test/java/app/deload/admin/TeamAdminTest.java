package app.deload.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.account.User;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TeamAdminTest {

    private WebSession admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = WebSession.signIn(Fixtures.user(Role.ADMIN));
    }

    private static Map<String, String> team(String name, String sport, String zone) {
        return Map.of("name", name, "sport", sport, "timeZone", zone);
    }

    private static long teams() {
        return QuarkusTransaction.requiringNew().call(() -> Team.count());
    }

    @Test
    void createsATeamAndAssignsCoaches() {
        String name = Fixtures.unique("Harbour Rowing");
        String coach = Fixtures.user(Role.COACH);
        long coachId = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(coach).orElseThrow().id);
        String location = admin.post("/admin/teams", team(name, "Rowing", "Europe/Oslo")).then().statusCode(303)
                .extract().header("Location");
        String path = location.substring(location.indexOf("/admin/teams/"));
        admin.post(path + "/coaches", Map.of("coachId", String.valueOf(coachId))).then().statusCode(303);
        WebSession.signIn(coach).get("/teams").then().statusCode(200).body(containsString(name));
    }

    @Test
    void emptyFieldsAreAnsweredBesideEachFieldWithValuesKept() {
        long before = teams();
        admin.post("/admin/teams", team("", "Hockey", "Europe/Oslo")).then().statusCode(400)
                .body(containsString("Enter the team&#39;s name."), containsString("value=\"Hockey\""));
        admin.post("/admin/teams", team("Some team", "", "Europe/Oslo")).then().statusCode(400)
                .body(containsString("Enter the sport."));
        assertEquals(before, teams());
    }

    @Test
    void aTenKilobyteNameIsRefused() {
        long before = teams();
        admin.post("/admin/teams", team("x".repeat(10_240), "Hockey", "Europe/Oslo")).then().statusCode(400)
                .body(containsString("Use at most 120 characters."));
        assertEquals(before, teams());
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        admin.post("/admin/teams", team(Fixtures.unique("T"), "Hockey", "Mars/Olympus_Mons")).then().statusCode(400)
                .body(containsString("Unknown time zone"), containsString("value=\"Mars/Olympus_Mons\""));
    }

    @Test
    void aDuplicateNameIsRefusedWhateverItsCase() {
        String name = Fixtures.unique("Dup");
        admin.post("/admin/teams", team(name, "Hockey", "Europe/Oslo")).then().statusCode(303);
        admin.post("/admin/teams", team(name.toUpperCase(), "Hockey", "Europe/Oslo")).then().statusCode(400)
                .body(containsString("Another team already has this name."));
    }

    @Test
    void markupInANameIsStoredAsTextAndShownEscaped() {
        String name = "<script>alert(1)</script>" + Fixtures.unique("x");
        admin.post("/admin/teams", team(name, "Hockey", "Europe/Oslo")).then().statusCode(303);
        admin.get("/admin/teams").then().statusCode(200).body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                not(containsString("<script>alert(1)")));
    }

    @Test
    void aDeactivatedTeamIsMarkedInactive() {
        String name = Fixtures.unique("Old");
        String location = admin.post("/admin/teams", team(name, "Hockey", "Europe/Oslo")).then().statusCode(303)
                .extract().header("Location");
        String path = location.substring(location.indexOf("/admin/teams/"));
        admin.post(path + "/active", Map.of("active", "false")).then().statusCode(303);
        admin.get(path).then().body(containsString("Reactivate team"));
    }

    @Test
    void createsACoachWhoCanSignIn() {
        String username = Fixtures.unique("newcoach");
        admin.post("/admin/users", Map.of("username", username, "displayName", "New Coach", "role", "coach",
                "password", "a-first-password")).then().statusCode(303);
        WebSession.signIn(username, "a-first-password").get("/teams").then().statusCode(200);
        admin.post("/admin/users", Map.of("username", username, "displayName", "Again", "role", "coach",
                "password", "a-first-password")).then().statusCode(400).body(containsString("This username is taken."));
    }
}
