package app.deload.plan;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.decision.DecisionFixtures;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan page through the real stack: create, refuse bad input with the reason, edit, end, events. */
@QuarkusTest
class PlanPagesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static LocalDate today() {
        return LocalDate.now(BERLIN);
    }

    static LocalDate nextMonday() {
        return today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    static Map<String, String> plan(LocalDate start, String weeks, String pattern, String load, String progression,
            String deload) {
        Map<String, String> form = new HashMap<>();
        form.put("start", start.toString());
        form.put("weeks", weeks);
        form.put("pattern", pattern);
        form.put("firstWeekLoad", load);
        form.put("progressionPercent", progression);
        form.put("deloadReduction", deload);
        form.put("taperReduction", "0.5");
        return form;
    }

    @Test
    void aCoachCreatesAPlanAndSeesTheStaircaseWithItsDeloadWeeks() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/plan";
        coach.get(page).then().statusCode(200).body(containsString("No active plan"));

        Response created = coach.post(page, plan(nextMonday(), "8", "3:1", "2000", "5", "0.5"));
        assertEquals(303, created.statusCode());
        assertTrue(created.getHeader("Location").endsWith(page));

        String html = coach.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Plan created."), "flash");
        assertTrue(html.contains("2100 AU"));
        assertTrue(html.contains("2205 AU"));
        assertTrue(html.contains("1050.83 AU"), "deload of the first mesocycle");
        assertTrue(html.contains("2315.25 AU"));
        assertTrue(html.contains("1103.38 AU"), "deload of the second mesocycle");
        assertTrue(html.contains(">deload<"), "deload weeks labelled in words");
        assertTrue(html.contains("plan created"), "history");
    }

    @Test
    void badParametersAreRefusedBesideTheirFieldsWithTheValuesKept() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/plan";

        coach.post(page, plan(nextMonday(), "0", "3:1", "2000", "5", "0.5")).then().statusCode(400)
                .body(containsString("Enter a whole number from 1 to 104 weeks."));
        coach.post(page, plan(nextMonday(), "8", "3:1", "2000", "11", "0.5")).then().statusCode(400)
                .body(containsString("planned weekly increases above 10 % are refused"))
                .body(containsString("value=\"11\""));
        coach.post(page, plan(nextMonday(), "8", "3:1", "2000", "5", "0.7")).then().statusCode(400)
                .body(containsString("Enter a deload reduction from 0.4 to 0.6"));
        Map<String, String> farFuture = plan(nextMonday(), "8", "3:1", "2000", "5", "0.5");
        farFuture.put("start", "99999-01-04");
        coach.post(page, farFuture).then().statusCode(400)
                .body(containsString("Enter the first Monday of the plan as YYYY-MM-DD."));
        farFuture.put("start", "+99999-01-04");
        coach.post(page, farFuture).then().statusCode(400).body(containsString("Start the plan between"));
        coach.post(page, plan(nextMonday().plusDays(1), "8", "3:1", "2000", "5", "0.5")).then().statusCode(400)
                .body(containsString("A plan starts on a Monday"));
        coach.post(page, plan(nextMonday(), "8", "5:1", "2000", "5", "0.5")).then().statusCode(400)
                .body(containsString("Choose the pattern 2:1, 3:1 or 4:1."));
        coach.get(page).then().body(containsString("No active plan"));
    }

    @Test
    void aSecondActivePlanIsRefusedUntilTheFirstEnds() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/plan";
        assertEquals(303, coach.post(page, plan(nextMonday(), "8", "3:1", "2000", "5", "0.5")).statusCode());
        coach.post(page, plan(nextMonday().plusWeeks(1), "8", "4:1", "1500", "5", "0.5")).then().statusCode(400)
                .body(containsString("This team already has an active plan"));

        long planId = PlanFixtures.activePlanId(squad.teamId());
        coach.post(page + "/" + planId + "/end", Map.of("version", "999")).then().statusCode(303);
        coach.get(page).then().body(containsString("so it was not ended"));
        Response ended = coach.post(page + "/" + planId + "/end", PlanFixtures.version(planId));
        assertEquals(303, ended.statusCode());
        coach.get(page).then().body(containsString("Plan ended.")).body(containsString("No active plan"))
                .body(containsString("plan ended"));
        assertEquals(303, coach.post(page, plan(nextMonday().plusWeeks(1), "8", "4:1", "1500", "5", "0.5"))
                .statusCode());
        coach.post(page + "/" + planId + "/end", PlanFixtures.version(planId)).then().statusCode(303);
        coach.get(page).then().body(containsString("so it was not ended"));
        Fixtures.Squad other = Fixtures.squad();
        WebSession.signIn(other.coach()).post(page).then().statusCode(404);
    }

    @Test
    void editingAStartedPlanKeepsThePastWeeksAsPlannedAndContinuesFromNextMonday() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/plan";
        LocalDate started = today().with(DayOfWeek.MONDAY).minusWeeks(2);
        assertEquals(303, coach.post(page, plan(started, "12", "3:1", "2000", "5", "0.5")).statusCode());
        long planId = PlanFixtures.activePlanId(squad.teamId());

        coach.get(page + "/" + planId + "/edit").then().statusCode(200)
                .body(containsString("The plan has started")).body(not(containsString("name=\"start\"")));
        coach.post(page + "/" + planId + "/edit", plan(started, "8", "4:1", "3000", "11", "0.5")).then()
                .statusCode(400).body(containsString("above 10 % are refused"));
        Response saved = coach.post(page + "/" + planId + "/edit", plan(started, "8", "4:1", "3000", "2", "0.4"));
        assertEquals(303, saved.statusCode());
        String html = coach.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("as planned before the edit"), "past weeks shown as planned");
        assertTrue(html.contains("2000 AU"), "the first week as it was planned");
        assertTrue(html.contains("3000 AU"), "the edited plan from next Monday");
        assertTrue(html.contains("plan edited"));
        assertFalse(PlanFixtures.activePlanId(squad.teamId()) == planId, "a new plan continues the old one");
    }

    @Test
    void editingAPlanThatHasNotStartedChangesItInPlace() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/plan";
        coach.post(page, plan(nextMonday(), "8", "3:1", "2000", "5", "0.5"));
        long planId = PlanFixtures.activePlanId(squad.teamId());
        coach.get(page + "/" + planId + "/edit").then().statusCode(200).body(containsString("name=\"start\""));
        assertEquals(303, coach.post(page + "/" + planId + "/edit",
                plan(nextMonday().plusWeeks(1), "6", "2:1", "1000", "0", "0.4")).statusCode());
        assertEquals(planId, PlanFixtures.activePlanId(squad.teamId()));
        String html = coach.get(page).asString();
        assertTrue(html.contains("2:1"));
        assertFalse(html.contains("as planned before the edit"));
    }

    @Test
    void eventsArePlannedFromTodayInsideThePlanAndTaperTheWeeksBefore() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/plan";
        coach.post(page + "/events", Map.of("date", nextMonday().plusWeeks(3).toString(), "name", "Cup final"))
                .then().statusCode(400).body(containsString("Create a plan first"));
        coach.post(page, plan(nextMonday(), "12", "3:1", "2000", "5", "0.5"));

        coach.post(page + "/events", Map.of("date", today().minusDays(1).toString(), "name", "Old match")).then()
                .statusCode(400).body(containsString("is in the past")).body(containsString("value=\"Old match\""));
        coach.post(page + "/events", Map.of("date", "99999-05-05", "name", "Far")).then().statusCode(400)
                .body(containsString("Enter the event&#39;s date as YYYY-MM-DD."));
        coach.post(page + "/events", Map.of("date", nextMonday().plusWeeks(40).toString(), "name", "Late")).then()
                .statusCode(400).body(containsString("Choose a date inside the plan"));
        coach.post(page + "/events", Map.of("date", nextMonday().plusWeeks(5).toString(), "name", "")).then()
                .statusCode(400).body(containsString("Name the event"));

        LocalDate match = nextMonday().plusWeeks(7).plusDays(5);
        assertEquals(303, coach.post(page + "/events", Map.of("date", match.toString(), "name", "Cup final"))
                .statusCode());
        String html = coach.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Cup final"));
        assertTrue(html.contains(">taper<"), "taper weeks labelled");
        assertTrue(html.contains(">event<"), "event week labelled");
        assertTrue(html.contains("event added"));

        long eventId = PlanFixtures.eventId(squad.teamId(), "Cup final");
        coach.post(page + "/events/" + eventId + "/delete", Map.of("version", "")).then().statusCode(303);
        assertTrue(coach.get(page).asString().contains("so it was kept"));
        assertEquals(303, coach.post(page + "/events/" + eventId + "/delete", PlanFixtures.eventVersion(eventId))
                .statusCode());
        String after = coach.get(page).asString();
        assertFalse(after.contains(">taper<"));
        assertTrue(after.contains("event removed"));
    }

    @Test
    void anAthleteGetsAnIndividualPlanThatOverridesTheTeamsAndItCanEnd() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/plan";
        coach.post(page, plan(nextMonday(), "8", "3:1", "2000", "5", "0.5"));
        Map<String, String> form = plan(nextMonday(), "6", "2:1", "1200", "5", "0.5");
        coach.post(page + "/individual", form).then().statusCode(400).body(containsString("Choose the athlete."));
        form.put("athleteId", Long.toString(squad.athleteId()));
        assertEquals(303, coach.post(page + "/individual", form).statusCode());
        coach.post(page + "/individual", form).then().statusCode(400)
                .body(containsString("already has an active individual plan"));
        String html = coach.get(page).asString();
        assertTrue(html.contains("individual plan created"));
        long individual = PlanFixtures.activeIndividualPlanId(squad.athleteId());
        assertEquals(303, coach.post(page + "/" + individual + "/end", PlanFixtures.version(individual)).statusCode());
        coach.get(page).then().body(containsString("No individual plans."));

        Fixtures.Squad other = Fixtures.squad();
        form.put("athleteId", Long.toString(other.athleteId()));
        coach.post(page + "/individual", form).then().statusCode(400)
                .body(containsString("Choose one of the team&#39;s active athletes."));
    }

    @Test
    void theTeamPageLinksToThePlanAndTheCalendar() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        coach.get("/teams/" + squad.teamId()).then().statusCode(200)
                .body(containsString("href=\"/teams/" + squad.teamId() + "/plan\""))
                .body(containsString("href=\"/teams/" + squad.teamId() + "/calendar\""));
    }

    @Test
    void thePlanPageCountsTheOpenProposalsAndLinksToThem() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/plan";
        String link = "href=\"/teams/" + squad.teamId() + "/proposals\"";
        coach.get(page).then().statusCode(200).body(containsString(link), containsString("No open proposals"));
        DecisionFixtures.pendingProposal(squad.athleteId(), LocalDate.now(ZoneId.of("Europe/Berlin")));
        coach.get(page).then().statusCode(200).body(containsString(link), containsString(">1 open proposal<"));
        DecisionFixtures.pendingProposal(squad.athleteId(), LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1));
        coach.get(page).then().statusCode(200).body(containsString(">2 open proposals<"));
    }
}
