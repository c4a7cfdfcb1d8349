package app.deload.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The plan's projection follows the sessions generated from the week template: each generated week's planned load
 * is spread over its session days (rest days carry none), so the projected form changes with a generation and
 * comes back when the generation is undone.
 */
@QuarkusTest
class GeneratedProjectionTest {

    @Test
    void generatingSessionsReshapesTheProjectionAndUndoRestoresIt() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = PlanPagesTest.today();
        for (int day = 50; day >= 1; day -= 2) {
            PlanData.session(squad.teamId(), squad.athleteId(), today.minusDays(day), LocalTime.of(7, 0), 60, 6);
        }
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate start = today.with(DayOfWeek.MONDAY).minusWeeks(4);
        coach.post("/teams/" + squad.teamId() + "/plan", PlanPagesTest.plan(start, "16", "3:1", "1300", "5", "0.5"));
        String token = ApiTokens.issue(squad.coach());
        String nextMonday = PlanPagesTest.nextMonday().toString();

        JsonPath before = plan(token, squad.teamId());
        int week = index(before, nextMonday);
        Double evenly = before.getDouble("weeks[" + week + "].projectedFormPercent");
        assertNotNull(evenly, "the week is projected");

        ApiTokens.as(token).contentType("application/json").queryParam("preview", "false")
                .post("/api/v1/teams/" + squad.teamId() + "/plan/generate").then().statusCode(201);
        JsonPath generated = plan(token, squad.teamId());
        assertNotEquals(evenly, generated.getDouble("weeks[" + week + "].projectedFormPercent"),
                "the projection follows the generated sessions' days");
        assertEquals(before.getDouble("weeks[" + week + "].plannedLoad"),
                generated.getDouble("weeks[" + week + "].plannedLoad"), "the week's planned load stays the plan's");

        ApiTokens.as(token).contentType("application/json")
                .post("/api/v1/teams/" + squad.teamId() + "/plan/generate/undo").then().statusCode(200);
        assertEquals(evenly, plan(token, squad.teamId()).getDouble("weeks[" + week + "].projectedFormPercent"),
                "undone, the week is spread evenly again");
    }

    private static JsonPath plan(String token, long teamId) {
        return ApiTokens.as(token).get("/api/v1/teams/" + teamId + "/plan").then().statusCode(200).extract()
                .jsonPath();
    }

    private static int index(JsonPath plan, String monday) {
        java.util.List<String> starts = plan.getList("weeks.start");
        int i = starts.indexOf(monday);
        if (i < 0) {
            throw new AssertionError("no plan week starts on " + monday + ": " + starts);
        }
        return i;
    }
}
