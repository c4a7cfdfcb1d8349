package app.deload.microcycle;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.athlete.Athlete;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An athlete's week on the page and over the API: generated sessions with time, minutes and RPE, rest and
 * active-recovery days in words with the athlete's bpm band, the week's reason, and who may see it.
 */
@QuarkusTest
class AthleteWeekTest {

    static LocalDate nextMonday() {
        return LocalDate.now(ZoneId.of("Europe/Berlin")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** A plan from next Monday (3:1, so the fourth week is a deload) and its first four weeks generated. */
    static Fixtures.Squad generatedSquad() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.coach());
        ApiTokens.as(token).contentType("application/json").body(Map.of("start", nextMonday().toString(),
                "weeks", 8, "pattern", "3:1", "firstWeekLoad", 2000, "progressionPercent", 5, "deloadReduction", 0.5))
                .post("/api/v1/teams/" + squad.teamId() + "/plans").then().statusCode(201);
        ApiTokens.as(token).contentType("application/json").queryParam("from", nextMonday().toString())
                .queryParam("to", nextMonday().plusWeeks(4).minusDays(1).toString()).queryParam("preview", "false")
                .post("/api/v1/teams/" + squad.teamId() + "/plan/generate").then().statusCode(201);
        return squad;
    }

    @Test
    void theAthleteSeesSessionsRestAndActiveRecoveryWithTheBandAndTheDeloadReason() {
        Fixtures.Squad squad = generatedSquad();
        LocalDate deload = nextMonday().plusWeeks(3);
        WebSession athlete = WebSession.signIn(squad.athlete());

        String html = athlete.get("/me/week?week=" + deload.plusDays(2)).then().statusCode(200).extract().asString();
        assertTrue(html.contains("My week"), html);
        assertTrue(html.contains("deload week: same intensity, less volume"), "the week's reason in words");
        assertTrue(html.contains("Rest day"), "a rest day in words");
        assertTrue(html.contains("Active-recovery day"), "an active-recovery day in words");
        assertTrue(html.matches("(?s).*Heart rate <strong>\\d+–\\d+ bpm</strong>.*"), "the athlete's bpm band");
        assertTrue(html.matches("(?s).*\\d\\d:\\d\\d · \\d+ min · RPE \\d+.*"), "sessions with time, minutes, RPE");
        assertTrue(html.contains("href=\"/me/week?week=" + deload.minusWeeks(1) + "\""), "the previous week");
        assertTrue(html.contains("href=\"/me/week\""), "back to this week");

        String home = athlete.get("/athletes/" + squad.athleteId()).asString();
        assertTrue(home.contains("href=\"/me/week\""), "linked from the athlete's navigation and page");

        WebSession coach = WebSession.signIn(squad.coach());
        String coachView = coach.get("/athletes/" + squad.athleteId() + "/week?week=" + deload).then()
                .statusCode(200).extract().asString();
        assertTrue(coachView.contains("Rest day") && coachView.contains("deload week"), "the coach sees the same week");
        WebSession.signIn(Fixtures.user("coach")).get("/athletes/" + squad.athleteId() + "/week").then()
                .statusCode(404);
    }

    @Test
    void theApiGivesTheSameWeekAndRefusesBadDates() {
        Fixtures.Squad squad = generatedSquad();
        LocalDate loading = nextMonday();
        LocalDate deload = nextMonday().plusWeeks(3);
        String token = ApiTokens.issue(squad.athlete());

        JsonPath first = ApiTokens.as(token).queryParam("week", loading.plusDays(4).toString()).get("/api/v1/me/week")
                .then().statusCode(200).body("week", equalTo(loading.toString())).body("kind", equalTo("loading"))
                .body("days", hasSize(7)).body("days[0].kind", equalTo("rest"))
                .body("days[0].sessions", hasSize(0)).body("days[4].kind", equalTo("active_recovery"))
                .body("days[4].label", equalTo("Active-recovery day"))
                .body("days[4].sessions[0].type", equalTo("active_recovery"))
                .body("days[4].sessions[0].plannedRpe", equalTo(2))
                .body("activeRecoveryBand.lowBpm", greaterThan(60))
                .body("days[1].kind", equalTo("training")).body("days[1].sessions[0].start", notNullValue())
                .extract().jsonPath();
        assertTrue(first.getInt("activeRecoveryBand.highBpm") > first.getInt("activeRecoveryBand.lowBpm"));

        JsonPath cut = ApiTokens.as(ApiTokens.issue(squad.coach())).queryParam("week", deload.toString())
                .get("/api/v1/athletes/" + squad.athleteId() + "/week").then().statusCode(200)
                .body("kind", equalTo("deload")).body("reason", equalTo("deload week: same intensity, less volume"))
                .extract().jsonPath();
        assertEquals(first.getInt("days[1].sessions[0].plannedRpe"), cut.getInt("days[1].sessions[0].plannedRpe"),
                "same intensity");
        assertTrue(cut.getInt("days[1].sessions[0].plannedMinutes") < first.getInt("days[1].sessions[0].plannedMinutes"),
                "less volume");

        ApiTokens.as(token).queryParam("week", "99999-01-01").get("/api/v1/me/week").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("week"));
        ApiTokens.as(token).queryParam("week", "tomorrow").get("/api/v1/athletes/" + squad.athleteId() + "/week")
                .then().statusCode(400).contentType("application/problem+json");
        WebSession.signIn(squad.athlete()).get("/me/week?week=1999-12-31").then().statusCode(400);
        ApiTokens.as(ApiTokens.issue(Fixtures.user("coach"))).get("/api/v1/athletes/" + squad.athleteId() + "/week")
                .then().statusCode(404).contentType("application/problem+json");
        ApiTokens.as(ApiTokens.issue(squad.coach())).get("/api/v1/me/week").then().statusCode(403);
    }

    @Test
    void bothRoutesAreDocumentedWithTheirProblems() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("paths.'/api/v1/me/week'.get.summary", equalTo("My week"))
                .body("paths.'/api/v1/me/week'.get.parameters.name", org.hamcrest.Matchers.hasItem("week"))
                .body("paths.'/api/v1/me/week'.get.responses", org.hamcrest.Matchers.hasKey("400"))
                .body("paths.'/api/v1/athletes/{athleteId}/week'.get.responses.'200'.content.'application/json'"
                        + ".schema.'$ref'", containsString("AthleteWeek"))
                .body("paths.'/api/v1/athletes/{athleteId}/week'.get.responses.'404'.content",
                        org.hamcrest.Matchers.hasKey("application/problem+json"));
    }

    @Test
    void withoutHeartRatesOrAPlausibleAgeTheBandSaysNoEstimate() {
        Fixtures.Squad squad = Fixtures.squad();
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete a = Athlete.findById(squad.athleteId());
            a.birthDate = LocalDate.of(1900, 1, 1);
            a.hrMax = null;
        });
        ApiTokens.as(ApiTokens.issue(squad.athlete())).get("/api/v1/me/week").then().statusCode(200)
                .body("kind", equalTo("none")).body("reason", nullValue()).body("activeRecoveryBand", nullValue())
                .body("bandMethod", containsString("no estimate"))
                .body("days.kind", everyItem(not(equalTo("training"))));
        String html = WebSession.signIn(squad.athlete()).get("/me/week").asString();
        assertTrue(html.contains("Heart rate: no estimate"), html);
        assertTrue(html.contains("No plan covers this week."));
    }
}
