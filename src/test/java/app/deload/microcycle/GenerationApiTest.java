package app.deload.microcycle;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Week templates and generation over the API: preview writes nothing, generation creates ordinary sessions in one
 * step, sessions edited by hand or rated are never touched, undo takes a generation back, other teams are refused.
 */
@QuarkusTest
class GenerationApiTest {

    static LocalDate nextMonday() {
        return LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    static void plan(String token, long teamId) {
        ApiTokens.as(token).contentType("application/json").body(Map.of("start", nextMonday().toString(),
                "weeks", 8, "pattern", "3:1", "firstWeekLoad", 2000, "progressionPercent", 5, "deloadReduction", 0.5))
                .post("/api/v1/teams/" + teamId + "/plans").then().statusCode(201);
    }

    private static Response generate(String token, long teamId, String preview) {
        return ApiTokens.as(token).contentType("application/json").queryParam("preview", preview).post("/api/v1/teams/" + teamId + "/plan/generate");
    }

    @Test
    void aPreviewWritesNothingAndAGenerationCanBeUndoneExceptEditedAndRatedSessions() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.coach());
        plan(token, squad.teamId());

        JsonPath preview = generate(token, squad.teamId(), "true").then().statusCode(200)
                .body("preview", equalTo(true)).body("from", equalTo(nextMonday().toString()))
                .body("groups", hasSize(1)).body("groups[0].templateSource", equalTo("default"))
                .body("groups[0].weeks", hasSize(4)).body("groups[0].weeks[3].kind", equalTo("deload"))
                .body("groups[0].weeks[0].days[0].kind", equalTo("rest"))
                .body("groups[0].weeks[0].days[0].sessions", empty())
                .body("groups[0].weeks[0].days[4].kind", equalTo("active_recovery"))
                .body("groups[0].weeks[0].days[4].sessions[0].rpe", equalTo(2))
                .body("groups[0].weeks[3].days[1].reason", containsString("deload week: same intensity, less volume"))
                .extract().jsonPath();
        assertEquals(0, MicrocycleData.sessionCount(squad.teamId()), "a preview creates nothing");
        for (int w = 0; w < 4; w++) {
            double planned = preview.getDouble("groups[0].weeks[" + w + "].plannedLoad");
            int generated = preview.getInt("groups[0].weeks[" + w + "].generatedLoad");
            assertTrue(Math.abs(generated - planned) / planned <= 0.05, "week " + w + ": " + generated + " vs " + planned);
        }
        assertEquals(preview.getInt("groups[0].weeks[0].days[1].sessions[0].rpe"),
                preview.getInt("groups[0].weeks[3].days[1].sessions[0].rpe"), "the deload keeps the RPE");
        assertTrue(preview.getInt("groups[0].weeks[3].days[1].sessions[0].minutes")
                < preview.getInt("groups[0].weeks[0].days[1].sessions[0].minutes"), "and cuts the minutes");

        int created = generate(token, squad.teamId(), "false").then().statusCode(201)
                .body("generationId", notNullValue()).body("preview", equalTo(false))
                .body("created", greaterThan(20)).extract().path("created");
        List<Long> ids = MicrocycleData.generatedSessionIds(squad.teamId());
        assertEquals(created, ids.size());

        long edited = ids.get(0);
        long rated = ids.get(ids.size() - 1);
        MicrocycleData.editMinutes(edited, 33);
        MicrocycleData.rate(rated, 5);
        generate(token, squad.teamId(), "true").then().statusCode(200).body("created", equalTo(0))
                .body("updated", equalTo(0)).body("keptDays", equalTo(2));

        ApiTokens.as(token).contentType("application/json").post("/api/v1/teams/" + squad.teamId() + "/plan/generate/undo").then().statusCode(200)
                .body("removed", equalTo(created - 2)).body("kept", hasSize(2))
                .body("kept[0]", containsString("since it was generated"));
        assertTrue(MicrocycleData.exists(edited));
        assertEquals(33, MicrocycleData.minutes(edited));
        assertTrue(MicrocycleData.exists(rated));
        assertEquals(2, MicrocycleData.sessionCount(squad.teamId()));
        ApiTokens.as(token).contentType("application/json").post("/api/v1/teams/" + squad.teamId() + "/plan/generate/undo").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("no generation to undo"));

        generate(token, squad.teamId(), "false").then().statusCode(201).body("created", equalTo(created - 2))
                .body("keptDays", equalTo(2));
        assertEquals(33, MicrocycleData.minutes(edited), "a hand edit survives a new generation");
    }

    @Test
    void templatesAreCheckedStoredAndAnAthleteCanHaveTheirOwn() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.coach());
        String path = "/api/v1/teams/" + squad.teamId() + "/template";
        Map<String, Object> template = ApiTokens.as(token).get(path).then().statusCode(200)
                .body("source", equalTo("default")).body("days", hasSize(7)).body("days[0].kind", equalTo("rest"))
                .body("checks.ok", org.hamcrest.Matchers.everyItem(equalTo(true))).extract().as(Map.class);

        Map<String, Object> tuesday = day(template, 1);
        session(tuesday, 0).put("rpe", 11);
        put(token, path, template).then().statusCode(400).contentType("application/problem+json")
                .body("errors.'tuesday.sessions[0].rpe'", containsString("1 to 10"));
        session(tuesday, 0).put("rpe", 7);
        session(tuesday, 0).put("sharePercent", 50);
        put(token, path, template).then().statusCode(400).body("errors.share", containsString("100 %"));
        session(tuesday, 0).put("sharePercent", 20);
        Map<String, Object> wednesday = day(template, 2);
        session(wednesday, 0).put("rpe", 8);
        put(token, path, template).then().statusCode(400)
                .body("errors.hardDaysConfirmed", containsString("Tuesday and Wednesday"));
        template.put("hardDaysConfirmed", true);
        put(token, path, template).then().statusCode(200).body("source", equalTo("team"))
                .body("days[2].sessions[0].rpe", equalTo(8)).body("hardDaysConfirmed", equalTo(true));
        ApiTokens.as(token).get(path).then().body("source", equalTo("team")).body("days[2].sessions[0].rpe", equalTo(8));

        String athletePath = "/api/v1/athletes/" + squad.athleteId() + "/template";
        ApiTokens.as(token).get(athletePath).then().statusCode(200).body("source", equalTo("team"));
        day(template, 6).put("kind", "rest");
        day(template, 6).put("sessions", List.of());
        session(tuesday, 0).put("sharePercent", 40);
        put(token, athletePath, template).then().statusCode(200).body("source", equalTo("athlete"))
                .body("days[6].kind", equalTo("rest"));
        plan(token, squad.teamId());
        generate(token, squad.teamId(), "false").then().statusCode(201).body("groups", hasSize(1))
                .body("groups[0].athleteId", equalTo((int) squad.athleteId()));
        assertFalse(MicrocycleData.sessionsFor(squad.teamId(), squad.athleteId()).isEmpty(),
                "the athlete with a template of their own gets sessions of their own");
        ApiTokens.as(token).delete(athletePath).then().statusCode(204);
        ApiTokens.as(token).get(athletePath).then().statusCode(200).body("source", equalTo("team"));
    }

    @Test
    void badInputIsAProblemAndOtherTeamsAreRefused() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.coach());
        String generatePath = "/api/v1/teams/" + squad.teamId() + "/plan/generate";
        generate(token, squad.teamId(), "true").then().statusCode(409).body("detail", containsString("No active plan"));
        ApiTokens.as(token).contentType("application/json").queryParam("from", LocalDate.now().toString()).post(generatePath).then().statusCode(400)
                .body("errors.from", containsString("tomorrow"));
        ApiTokens.as(token).contentType("application/json").queryParam("from", "2026-13-01").post(generatePath).then().statusCode(400)
                .body("errors.from", containsString("YYYY-MM-DD"));
        ApiTokens.as(token).contentType("application/json").queryParam("from", nextMonday().toString()).queryParam("to",
                nextMonday().plusWeeks(13).toString()).post(generatePath).then().statusCode(400)
                .body("errors.to", containsString("12 weeks"));
        ApiTokens.as(token).contentType("application/json").queryParam("preview", "maybe").post(generatePath).then().statusCode(400)
                .body("errors.preview", notNullValue());
        ApiTokens.as(token).contentType("application/json").body(Map.of()).put("/api/v1/teams/" + squad.teamId()
                + "/template").then().statusCode(400).body("errors.days", notNullValue());

        String other = ApiTokens.issue(Fixtures.squad().coach());
        ApiTokens.as(other).get("/api/v1/teams/" + squad.teamId() + "/template").then().statusCode(404);
        ApiTokens.as(other).contentType("application/json").post(generatePath).then().statusCode(404);
        ApiTokens.as(other).delete("/api/v1/athletes/" + squad.athleteId() + "/template").then().statusCode(404);
        ApiTokens.as(ApiTokens.issue(squad.athlete())).get("/api/v1/teams/" + squad.teamId() + "/template").then()
                .statusCode(403);
        assertEquals(0, MicrocycleData.sessionCount(squad.teamId()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> day(Map<String, Object> template, int index) {
        return ((List<Map<String, Object>>) template.get("days")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> session(Map<String, Object> day, int index) {
        return ((List<Map<String, Object>>) day.get("sessions")).get(index);
    }

    private static Response put(String token, String path, Map<String, Object> body) {
        return ApiTokens.as(token).contentType("application/json").body(body).put(path);
    }
}
