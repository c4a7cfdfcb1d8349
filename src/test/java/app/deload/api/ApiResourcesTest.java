package app.deload.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ApiResourcesTest {

    @Test
    void anAthleteSeesThemselfAndOnlyThemself() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad other = Fixtures.squad();
        String token = ApiTokens.issue(squad.athlete());
        ApiTokens.as(token).get("/api/v1/me").then().statusCode(200).body("role", equalTo(Role.ATHLETE))
                .body("athleteId", equalTo((int) squad.athleteId()));
        ApiTokens.as(token).get("/api/v1/athletes/" + squad.athleteId()).then().statusCode(200)
                .body("id", equalTo((int) squad.athleteId())).body("teamId", equalTo((int) squad.teamId()))
                .body("birthDate", equalTo("2000-05-17")).body("hrRest", equalTo(52));
        assertProblem(ApiTokens.as(token).get("/api/v1/athletes/" + other.athleteId()).then(), 404);
        assertProblem(ApiTokens.as(token).get("/api/v1/teams").then(), 403);
        assertProblem(ApiTokens.as(token).get("/api/v1/teams/" + squad.teamId() + "/athletes").then(), 403);
    }

    @Test
    void aCoachReachesOwnTeamsAndTheirAthletesOnly() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad other = Fixtures.squad();
        String code = QuarkusTransaction.requiringNew()
                .call(() -> Athlete.<Athlete>findById(squad.athleteId()).code);
        String token = ApiTokens.issue(squad.coach());
        ApiTokens.as(token).get("/api/v1/teams").then().statusCode(200)
                .body("id", hasItem((int) squad.teamId())).body("id", not(hasItem((int) other.teamId())))
                .body("[0].timeZone", equalTo("Europe/Berlin"));
        ApiTokens.as(token).get("/api/v1/teams/" + squad.teamId() + "/athletes").then().statusCode(200)
                .body("id", hasItem((int) squad.athleteId())).body("code", hasItem(code));
        ApiTokens.as(token).get("/api/v1/athletes/" + squad.athleteId()).then().statusCode(200)
                .body("code", equalTo(code));
        assertProblem(ApiTokens.as(token).get("/api/v1/teams/" + other.teamId() + "/athletes").then(), 404);
        assertProblem(ApiTokens.as(token).get("/api/v1/athletes/" + other.athleteId()).then(), 404);
        assertProblem(ApiTokens.as(token).get("/api/v1/athletes/999999999").then(), 404);
    }

    @Test
    void anAdminReachesEveryTeam() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(Fixtures.user(Role.ADMIN));
        ApiTokens.as(token).get("/api/v1/teams").then().statusCode(200).body("id", hasItem((int) squad.teamId()));
        ApiTokens.as(token).get("/api/v1/athletes/" + squad.athleteId()).then().statusCode(200);
    }

    @Test
    void aCoachSetsHeartRatesWithAJsonPutWithoutCsrfToken() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.coach());
        ApiTokens.as(token).contentType("application/json").body(Map.of("hrMax", 196, "hrRest", 47))
                .put(heartRate(squad)).then().statusCode(200).body("hrMax", equalTo(196)).body("hrRest", equalTo(47));
        Athlete stored = QuarkusTransaction.requiringNew().call(() -> Athlete.findById(squad.athleteId()));
        assertEquals(196, stored.hrMax);
        assertEquals(47, stored.hrRest);
        assertEquals(squad.coach(), stored.updatedBy, "the change is audited to the token's owner");

        ApiTokens.as(token).contentType("application/json").body("{\"hrMax\": null, \"hrRest\": 50}")
                .put(heartRate(squad)).then().statusCode(200).body("hrMax", equalTo(null));
    }

    @Test
    void invalidBodiesAre400ProblemsNamingTheField() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.coach());
        assertProblem(put(token, squad, "{\"hrMax\": 300, \"hrRest\": 10}"), 400)
                .body("errors.hrMax", containsString("100 to 240")).body("errors.hrRest", containsString("25 to 150"));
        assertProblem(put(token, squad, "{\"hrMax\": 150, \"hrRest\": 150}"), 400)
                .body("errors.hrRest", equalTo("Resting heart rate must be below the maximum."));
        assertProblem(put(token, squad, "{\"hrMax\": \"fast\"}"), 400).body("errors.hrMax", containsString("type"));
        assertProblem(put(token, squad, "{\"hrMax\": "), 400);
        assertProblem(put(token, squad, ""), 400);
        assertProblem(ApiTokens.as(token).contentType("text/plain").body("190").put(heartRate(squad)).then(), 415)
                .body("title", equalTo("Unsupported Media Type"));
        Athlete unchanged = QuarkusTransaction.requiringNew().call(() -> Athlete.findById(squad.athleteId()));
        assertEquals(52, unchanged.hrRest);
    }

    /** Every problem document is about:blank, so its title is the status's phrase, never a catch-all. */
    @Test
    void problemTitlesMatchTheirStatus() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.coach());
        String athlete = "/api/v1/athletes/" + squad.athleteId();
        assertProblem(ApiTokens.as(token).accept("application/xml").get(athlete).then(), 406)
                .body("title", equalTo("Not Acceptable"));
        assertProblem(ApiTokens.as(token).get("/api/v1/athletes/999999999").then(), 404)
                .body("title", equalTo("Not Found"));
        assertProblem(ApiTokens.as(token).queryParam("from", "soon").get(athlete + "/metrics").then(), 400)
                .body("title", equalTo("Bad Request"));
        assertProblem(ApiTokens.as(token).delete(athlete).then(), 405).body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void onlyTheTeamsStaffSetHeartRates() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad other = Fixtures.squad();
        assertProblem(put(ApiTokens.issue(squad.athlete()), squad, "{\"hrMax\": 190}"), 403);
        assertProblem(put(ApiTokens.issue(other.coach()), squad, "{\"hrMax\": 190}"), 404);
    }

    @Test
    void aCookieSessionCannotWriteThroughTheApiAndPagesStillNeedTheirToken() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        coach.request().contentType("application/json").body("{\"hrMax\": 190}").put(heartRate(squad)).then()
                .statusCode(401);
        coach.postWithoutToken("/account/password", Map.of("currentPassword", Fixtures.PASSWORD, "newPassword",
                "another-long-password", "confirmPassword", "another-long-password")).then().statusCode(400);
        WebSession.signIn(squad.coach());
    }

    @Test
    void unknownApiRoutesAnswer404Problem() {
        assertProblem(ApiTokens.as(ApiTokens.issue(Fixtures.user(Role.COACH))).get("/api/v1/nothing").then(), 404);
    }

    private static ValidatableResponse put(String token, Fixtures.Squad squad, String body) {
        return ApiTokens.as(token).contentType("application/json").body(body).put(heartRate(squad)).then();
    }

    private static String heartRate(Fixtures.Squad squad) {
        return "/api/v1/athletes/" + squad.athleteId() + "/heart-rate";
    }

    static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(containsString("application/problem+json"))
                .body("status", equalTo(status)).body("type", equalTo("about:blank"));
    }
}
