package app.deload.athlete;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.account.User;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AthleteProfileTest {

    private static Map<String, String> athlete(String name, String code, String birth, long teamId) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("code", code);
        form.put("birthDate", birth);
        form.put("sex", "female");
        form.put("position", "Stroke");
        form.put("hrMax", "192");
        form.put("hrRest", "48");
        form.put("teamId", String.valueOf(teamId));
        form.put("active", "on");
        return form;
    }

    private static long athletesIn(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> Athlete.count("team.id", teamId));
    }

    @Test
    void aCoachAddsAnAthleteToTheirTeam() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String code = Fixtures.unique("R");
        String location = coach.post("/teams/" + squad.teamId() + "/athletes",
                athlete("Ida Marsh", code, "2001-03-04", squad.teamId())).then().statusCode(303).extract()
                .header("Location");
        coach.get(location.substring(location.indexOf("/athletes/"))).then().statusCode(200)
                .body(containsString("Ida Marsh"), containsString("192 bpm (measured)"), containsString(code));
    }

    @Test
    void badValuesAreAnsweredBesideTheirFieldsAndNothingIsSaved() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        long before = athletesIn(squad.teamId());
        Map<String, String> form = athlete("Ida Marsh", Fixtures.unique("R"), "04.03.2001", squad.teamId());
        form.put("hrMax", "abc");
        form.put("hrRest", "20");
        coach.post("/teams/" + squad.teamId() + "/athletes", form).then().statusCode(400)
                .body(containsString("Enter a date as YYYY-MM-DD."),
                        containsString("Enter a whole number from 100 to 240 bpm."),
                        containsString("Enter a whole number from 25 to 150 bpm."),
                        containsString("value=\"Ida Marsh\""), containsString("value=\"04.03.2001\""));
        assertEquals(before, athletesIn(squad.teamId()));
    }

    @Test
    void aDuplicateCodeIsRefused() {
        Fixtures.Squad squad = Fixtures.squad();
        String code = QuarkusTransaction.requiringNew().call(() -> Athlete.<Athlete>findById(squad.athleteId()).code);
        WebSession.signIn(squad.coach())
                .post("/teams/" + squad.teamId() + "/athletes", athlete("Twin", code, "2001-03-04", squad.teamId()))
                .then().statusCode(400).body(containsString("Another athlete already has this code."));
    }

    @Test
    void aCoachOfAnotherTeamGets404AndAnAthleteSeesOnlyThemself() {
        Fixtures.Squad mine = Fixtures.squad();
        Fixtures.Squad theirs = Fixtures.squad();
        WebSession.signIn(theirs.coach()).get("/athletes/" + mine.athleteId()).then().statusCode(404)
                .body(containsString("Not found"));
        WebSession athlete = WebSession.signIn(mine.athlete());
        athlete.get("/athletes/" + mine.athleteId()).then().statusCode(200).body(containsString("not measured"));
        athlete.get("/athletes/" + theirs.athleteId()).then().statusCode(404);
        athlete.get("/athletes/" + mine.athleteId() + "/edit").then().statusCode(403);
    }

    @Test
    void aCoachOfBothTeamsMovesAnAthleteButNotIntoAForeignTeam() {
        String coach = Fixtures.user(Role.COACH);
        long from = Fixtures.team(coach);
        long to = Fixtures.team(coach);
        long foreign = Fixtures.team(Fixtures.user(Role.COACH));
        long athleteId = Fixtures.athlete(from, null);
        WebSession session = WebSession.signIn(coach);
        String code = QuarkusTransaction.requiringNew().call(() -> Athlete.<Athlete>findById(athleteId).code);

        session.post("/athletes/" + athleteId, athlete("Moved Athlete", code, "2000-05-17", foreign)).then()
                .statusCode(400).body(containsString("Choose one of your teams."));
        session.post("/athletes/" + athleteId, athlete("Moved Athlete", code, "2000-05-17", to)).then()
                .statusCode(303);
        long teamNow = QuarkusTransaction.requiringNew().call(() -> Athlete.<Athlete>findById(athleteId).team.id);
        assertEquals(to, teamNow);
    }

    @Test
    void anInvitationLinkCreatesTheAthletesLoginOnce() {
        Fixtures.Squad squad = Fixtures.squad();
        long athleteId = Fixtures.athlete(squad.teamId(), null);
        String page = WebSession.signIn(squad.coach()).post("/athletes/" + athleteId + "/invitation").then()
                .statusCode(200).extract().asString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/invite/([A-Za-z0-9_-]{20,})").matcher(page);
        org.junit.jupiter.api.Assertions.assertTrue(link.find(), "the page shows the link");
        String path = "/invite/" + link.group(1);

        WebSession invited = WebSession.anonymous();
        invited.get(path).then().statusCode(200).body(containsString("Create my login"));
        String username = Fixtures.unique("invited");
        invited.post(path, Map.of("username", username, "password", "short", "confirmPassword", "short")).then()
                .statusCode(400).body(containsString("Use 10 to 200 characters."), containsString(username));
        invited.post(path, Map.of("username", username, "password", Fixtures.PASSWORD, "confirmPassword",
                Fixtures.PASSWORD, "consent", "yes")).then().statusCode(303);

        WebSession.signIn(username).get("/me").then().statusCode(303)
                .header("Location", containsString("/athletes/" + athleteId));
        invited.get(path).then().statusCode(404);
        String role = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().role);
        assertEquals(Role.ATHLETE, role);
    }

    @Test
    void anExpiredInvitationIsRefused() {
        Fixtures.Squad squad = Fixtures.squad();
        long athleteId = Fixtures.athlete(squad.teamId(), null);
        String token = QuarkusTransaction.requiringNew().call(() -> Invitation.issue(Athlete.findById(athleteId),
                java.time.Instant.now().minusSeconds(1)));
        WebSession.anonymous().get("/invite/" + token).then().statusCode(404);
    }
}
