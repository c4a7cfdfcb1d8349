package app.deload.microcycle;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The week template pages through the real stack: the sport's default first, checks while editing, bad input kept on
 * the form with its message, hard days only with the coach's confirmation, an athlete's own template and its reset.
 */
@QuarkusTest
class TemplatePagesTest {

    @Test
    void aCoachStartsFromTheSportsDefaultAndSavesTheTeamsTemplate() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/template";
        coach.get(page).then().statusCode(200)
                .body(containsString("Nothing saved yet: this is the default week for Rowing"))
                .body(containsString("<option value=\"active_recovery\" selected>Active recovery</option>"))
                .body(containsString("at least one rest day: passes"))
                .body(containsString("no active plan: the load check needs the plan&#39;s weekly load"));

        Response saved = coach.post(page, TemplateWeek.matchWeek().form("save"));
        assertEquals(303, saved.statusCode());
        assertTrue(saved.getHeader("Location").endsWith(page));
        String html = coach.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("Week template saved."), "flash");
        assertTrue(html.contains("The team&#39;s template: every athlete without a template of their own"));
        assertTrue(html.contains("value=\"15:00\""), "the match is stored");
        assertTrue(html.contains("active recovery the day after each match"), html);
        assertTrue(html.contains("<option value=\"match\" selected>Match</option>"));
    }

    @Test
    void badInputIsRefusedBesideItsFieldWithTheOtherEntriesKept() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/template";

        TemplateWeek rpe11 = TemplateWeek.matchWeek().training(2, "skill", "18:00", "75", "11", "40");
        coach.post(page, rpe11.form("save")).then().statusCode(400)
                .body(containsString("id=\"f-wednesday-s0-rpe-error\">Planned RPE must be 1 to 10 but was 11."))
                .body(containsString("value=\"11\""))
                .body(containsString("id=\"f-thursday-s0-minutes\" name=\"minutes\" type=\"text\" value=\"60\""))
                .body(containsString("Correct the marked fields to see the week&#39;s checks."));

        TemplateWeek shares = TemplateWeek.matchWeek().training(1, "strength", "17:00", "45", "5", "30");
        coach.post(page, shares.form("save")).then().statusCode(400)
                .body(containsString("must add up to 100 % but add up to 110 %"));

        TemplateWeek shortRecovery = TemplateWeek.matchWeek().recovery(6, "10:00", "15", "2");
        coach.post(page, shortRecovery.form("save")).then().statusCode(400)
                .body(containsString("Active recovery must be 20 to 40 but was 15."));

        TemplateWeek badTime = TemplateWeek.matchWeek().training(3, "conditioning", "25:99", "60", "5", "25");
        coach.post(page, badTime.form("save")).then().statusCode(400)
                .body(containsString("Enter the start as HH:MM, e.g. 18:00."));

        coach.get(page).then().body(containsString("Nothing saved yet"));
    }

    @Test
    void hardDaysInARowNeedTheCoachsConfirmationAndTheOtherChecksWarn() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/template";
        TemplateWeek hard = TemplateWeek.matchWeek().training(1, "strength", "17:00", "45", "8", "20");

        coach.post(page, hard.form("check")).then().statusCode(200)
                .body(containsString("no two hard days in a row: needs attention"))
                .body(containsString("hard days (RPE 7 or more) in a row on Tuesday and Wednesday"))
                .body(containsString("Checked; not saved yet."));
        coach.post(page, hard.form("save")).then().statusCode(400)
                .body(containsString("id=\"f-hardDaysConfirmed-error\""))
                .body(containsString("Hard days in a row are intended"));
        coach.get(page).then().body(containsString("Nothing saved yet"));

        assertEquals(303, coach.post(page, hard.confirmed().form("save")).statusCode());
        coach.get(page).then().body(containsString("no two hard days in a row: confirmed"))
                .body(containsString("checked"));

        TemplateWeek noRest = TemplateWeek.matchWeek().training(0, "skill", "18:00", "45", "3", "0")
                .recovery(6, "10:00", "30", "2").training(4, "conditioning", "18:00", "45", "3", "15");
        coach.post(page, noRest.form("check")).then().statusCode(200)
                .body(containsString("at least one rest day: needs attention"));
        TemplateWeek noRecovery = TemplateWeek.matchWeek().rest(6);
        coach.post(page, noRecovery.form("check")).then().statusCode(200)
                .body(containsString("active recovery after a match: needs attention"))
                .body(containsString("no active recovery on Sunday after the match on Saturday"));
    }

    @Test
    void anAthletesOwnTemplateReplacesTheTeamsUntilItIsReset() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/athletes/" + squad.athleteId() + "/template";
        coach.get(page).then().statusCode(200).body(containsString("follows the team&#39;s week template"))
                .body(not(containsString("Reset to the team's template")));

        TemplateWeek own = TemplateWeek.matchWeek().training(2, "skill", "06:30", "75", "6", "40");
        assertEquals(303, coach.post(page, own.form("save")).statusCode());
        coach.get(page).then().body(containsString("own week template saved"))
                .body(containsString("has a week template of their own"))
                .body(containsString("value=\"06:30\"")).body(containsString("Reset to the team's template"));
        coach.get("/teams/" + squad.teamId() + "/template").then().body(not(containsString("value=\"06:30\"")))
                .body(containsString("<a href=\"" + page + "\">")).body(containsString("their own template"));

        assertEquals(303, coach.post(page + "/reset").statusCode());
        coach.get(page).then().body(containsString("follows the team&#39;s week template again"))
                .body(not(containsString("value=\"06:30\"")));
    }

    @Test
    void aFormWithoutItsCsrfTokenSavesNothing() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/template";
        assertEquals(400, coach.postWithoutToken(page, TemplateWeek.matchWeek().form("save")).statusCode());
        assertEquals(400, coach.postWithoutToken("/teams/" + squad.teamId() + "/plan/generate",
                java.util.Map.of("from", "", "to", "")).statusCode());
        coach.get(page).then().body(containsString("Nothing saved yet"));
        assertEquals(0, MicrocycleData.sessionCount(squad.teamId()));
    }

    @Test
    void onlyTheTeamsCoachesReachItsTemplates() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad other = Fixtures.squad();
        WebSession stranger = WebSession.signIn(other.coach());
        stranger.get("/teams/" + squad.teamId() + "/template").then().statusCode(404);
        stranger.post("/teams/" + squad.teamId() + "/template", TemplateWeek.matchWeek().form("save")).then()
                .statusCode(404);
        stranger.get("/athletes/" + squad.athleteId() + "/template").then().statusCode(404);
        stranger.post("/athletes/" + squad.athleteId() + "/template/reset").then().statusCode(404);
        WebSession athlete = WebSession.signIn(squad.athlete());
        athlete.get("/teams/" + squad.teamId() + "/template").then().statusCode(403);
        athlete.get("/athletes/" + squad.athleteId() + "/template").then().statusCode(403);
        WebSession.signIn(squad.coach()).get("/teams/" + squad.teamId() + "/template").then().statusCode(200);
    }
}
