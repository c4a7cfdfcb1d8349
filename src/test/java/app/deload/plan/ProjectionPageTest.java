package app.deload.plan;

import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The projection from today's fitness and fatigue: team median per week, athletes, event days and the taper check. */
@QuarkusTest
class ProjectionPageTest {

    @Test
    void thePlanShowsProjectedFormAgainstItsBandsAndChecksTheEventDay() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = PlanPagesTest.today();
        for (int day = 50; day >= 1; day -= 2) {
            PlanData.session(squad.teamId(), squad.athleteId(), today.minusDays(day), LocalTime.of(7, 0), 60, 6);
        }
        WebSession coach = WebSession.signIn(squad.coach());
        String plan = "/teams/" + squad.teamId() + "/plan";
        LocalDate start = today.with(DayOfWeek.MONDAY).minusWeeks(4);
        coach.post(plan, PlanPagesTest.plan(start, "16", "3:1", "1300", "5", "0.5"));
        LocalDate event = today.with(DayOfWeek.MONDAY).plusWeeks(5).plusDays(5);
        coach.post(plan + "/events", Map.of("date", event.toString(), "name", "Regatta"));

        String html = coach.get(plan).asString();
        assertTrue(html.contains("A heuristic model"), "labelled as a heuristic");
        assertTrue(html.contains("Team median today: fitness"), html.substring(html.indexOf("Projected fitness")));
        assertTrue(html.matches("(?s).*<span class=\"tag band\">(fresh|neutral|optimal training|high risk|transition[^<]*)</span>.*"),
                "bands labelled in words");
        assertTrue(html.contains("Regatta: form"), "each athlete's projected form on the event day");
        assertTrue(html.contains("fresh on the day") || html.contains("Misses fresh"), "the event day is checked");

        ApiTokens.as(ApiTokens.issue(squad.coach())).get("/api/v1/teams/" + squad.teamId() + "/plan").then()
                .statusCode(200).body("weeks[0].projectedFormPercent", nullValue())
                .body("weeks[6].projectedFormPercent", notNullValue());
    }
}
