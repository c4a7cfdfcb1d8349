package app.deload.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan API: create a plan and events, read the weeks; RFC 7807 problems for bad input, never a 500. */
@QuarkusTest
class PlanApiTest {

    private static Map<String, Object> body(String start, Object weeks, Object progression, Object deload) {
        Map<String, Object> body = new HashMap<>();
        body.put("start", start);
        body.put("weeks", weeks);
        body.put("pattern", "3:1");
        body.put("firstWeekLoad", 2000);
        body.put("progressionPercent", progression);
        body.put("deloadReduction", deload);
        return body;
    }

    private static Response post(String token, String path, Object body) {
        return ApiTokens.as(token).contentType("application/json").body(body).post(path);
    }

    @Test
    void aCoachCreatesAPlanAndGetsItsWeeks() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.coach());
        String team = "/api/v1/teams/" + squad.teamId();
        LocalDate start = PlanPagesTest.nextMonday();
        Response created = post(token, team + "/plans", body(start.toString(), 16, 5, 0.5));
        created.then().statusCode(201).body("pattern", equalTo("3:1")).body("weeks", equalTo(16))
                .body("layout[0].kind", equalTo("loading")).body("layout[0].plannedLoad", equalTo(2000.0f))
                .body("layout[3].kind", equalTo("deload")).body("layout[3].plannedLoad", equalTo(1050.83f))
                .body("layout[7].plannedLoad", equalTo(1103.38f));
        assertEquals(true, created.getHeader("Location").endsWith(team + "/plan"));

        post(token, team + "/plans", body(start.plusWeeks(1).toString(), 8, 5, 0.5)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already has an active plan"));

        post(token, team + "/events", Map.of("date", start.plusWeeks(7).plusDays(5).toString(), "name", "Cup final"))
                .then().statusCode(201).body("name", equalTo("Cup final")).body("eventWeekLoad", nullValue());

        ApiTokens.as(token).get(team + "/plan").then().statusCode(200)
                .body("weeks.kind", hasItem("taper")).body("weeks.kind", hasItem("event"))
                .body("weeks[0].start", equalTo(start.toString())).body("weeks[0].plannedLoad", equalTo(2000.0f))
                .body("weeks[0].performedMedian", nullValue());
        ApiTokens.as(token).queryParam("from", start.plusWeeks(5).toString())
                .queryParam("to", start.plusWeeks(6).toString()).get(team + "/plan").then().statusCode(200)
                .body("weeks.size()", equalTo(2)).body("weeks[0].kind", equalTo("taper"))
                .body("weeks[0].plannedLoad", equalTo(1103.38f));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Fixtures.Squad squad = Fixtures.squad();
        String token = ApiTokens.issue(squad.coach());
        String team = "/api/v1/teams/" + squad.teamId();
        String monday = PlanPagesTest.nextMonday().toString();
        post(token, team + "/plans", body(monday, 0, 5, 0.5)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.weeks", notNullValue());
        post(token, team + "/plans", body(monday, 8, 11, 0.5)).then().statusCode(400)
                .body("errors.progressionPercent", containsString("above 10 % are refused"));
        post(token, team + "/plans", body(monday, 8, 5, 0.7)).then().statusCode(400)
                .body("errors.deloadReduction", containsString("0.4 to 0.6"));
        post(token, team + "/plans", body("99999-01-04", 8, 5, 0.5)).then().statusCode(400)
                .body("errors.start", containsString("YYYY-MM-DD"));
        post(token, team + "/plans", body(monday, 8.5, 5, 0.5)).then().statusCode(400);
        ApiTokens.as(token).contentType("application/json").post(team + "/plans").then().statusCode(400)
                .contentType("application/problem+json");
        post(token, team + "/events", Map.of("date", monday, "name", "Cup")).then().statusCode(400)
                .body("errors.date", containsString("Create a plan first"));
        post(token, team + "/plans", body(monday, 8, 5, 0.5)).then().statusCode(201);
        post(token, team + "/events", Map.of("date", LocalDate.now().minusDays(2).toString(), "name", "Old"))
                .then().statusCode(400).body("errors.date", containsString("in the past"));
        post(token, team + "/events", Map.of("date", "99999-01-01", "name", "Far")).then().statusCode(400)
                .body("errors.date", notNullValue());
        ApiTokens.as(token).queryParam("from", "99999-01-01").get(team + "/plan").then().statusCode(400)
                .contentType("application/problem+json");
        ApiTokens.as(token).queryParam("from", monday).queryParam("to", "2000-01-03").get(team + "/plan").then()
                .statusCode(400);
    }

    @Test
    void theOpenApiDocumentDescribesThePlanOperations() {
        io.restassured.response.ValidatableResponse doc = io.restassured.RestAssured.given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200);
        for (String[] op : new String[][] { { "/api/v1/teams/{teamId}/plans", "post", "201" },
                { "/api/v1/teams/{teamId}/events", "post", "201" }, { "/api/v1/teams/{teamId}/plan", "get", "200" } }) {
            String path = "paths.'" + op[0] + "'." + op[1];
            doc.body(path + ".summary", notNullValue()).body(path + ".description", notNullValue())
                    .body(path + ".responses.keySet()", org.hamcrest.Matchers.hasItems(op[2], "400", "401", "404"));
        }
        doc.body("components.schemas.PlanWeek.properties", org.hamcrest.Matchers.hasKey("projectedFormPercent"));
    }

    @Test
    void onlyTheTeamsCoachesAndAdminsUseIt() {
        Fixtures.Squad squad = Fixtures.squad();
        String team = "/api/v1/teams/" + squad.teamId();
        ApiTokens.as(ApiTokens.issue(squad.coach())).get(team + "/plan").then().statusCode(404)
                .body("title", equalTo("Not Found")).body("detail", equalTo("The team has no active plan."));
        ApiTokens.as(ApiTokens.issue(Fixtures.squad().coach())).get(team + "/plan").then().statusCode(404);
        ApiTokens.as(ApiTokens.issue(squad.athlete())).get(team + "/plan").then().statusCode(403);
        post(ApiTokens.issue(squad.athlete()), team + "/plans",
                body(PlanPagesTest.nextMonday().toString(), 8, 5, 0.5)).then().statusCode(403);
        io.restassured.RestAssured.given().get(team + "/plan").then().statusCode(401);
        post(ApiTokens.issue(Fixtures.user(app.deload.account.Role.ADMIN)), team + "/plans",
                body(PlanPagesTest.nextMonday().toString(), 8, 5, 0.5)).then().statusCode(201);
    }
}
