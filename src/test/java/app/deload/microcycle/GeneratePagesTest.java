package app.deload.microcycle;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generate page through the real stack: a range is previewed (nothing written), confirmed, and undone as one
 * step; hand-edited sessions are left as they are; bad ranges and other teams are refused.
 */
@QuarkusTest
class GeneratePagesTest {

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Berlin"));
    }

    static LocalDate nextMonday() {
        return today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    static void plan(WebSession coach, long teamId) {
        Response created = coach.post("/teams/" + teamId + "/plan", Map.of("start", nextMonday().toString(),
                "weeks", "8", "pattern", "3:1", "firstWeekLoad", "2000", "progressionPercent", "5",
                "deloadReduction", "0.5", "taperReduction", "0.5"));
        assertEquals(303, created.statusCode());
    }

    static String preview(LocalDate from, LocalDate to) {
        return "?preview=1&from=" + from + "&to=" + to;
    }

    @Test
    void aCoachPreviewsConfirmsAndUndoesAGeneration() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        String page = "/teams/" + squad.teamId() + "/plan/generate";
        coach.get(page + preview(nextMonday(), nextMonday().plusWeeks(4).minusDays(1))).then().statusCode(400)
                .body(containsString("No active plan: create the team&#39;s plan first"));

        plan(coach, squad.teamId());
        assertEquals(303, coach.post("/teams/" + squad.teamId() + "/template", TemplateWeek.matchWeek()
                .form("save")).statusCode());
        coach.get(page).then().statusCode(200).body(containsString("value=\"" + nextMonday() + "\""))
                .body(not(containsString("Generate these sessions")));

        String html = coach.get(page + preview(nextMonday(), nextMonday().plusWeeks(4).minusDays(1))).then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("Generate these sessions"), "confirm button");
        assertTrue(html.contains("deload week</span>"), "the deload week is labelled");
        assertTrue(html.contains("deload week: same intensity, less volume"), "and says why");
        assertTrue(html.contains("Active recovery 10:00: 30 min at RPE 2 (60 AU)"), "active recovery on Sundays");
        assertTrue(html.contains("Match 15:00: 90 min at RPE 8 (720 AU)"), "the match keeps its minutes");
        assertTrue(html.contains("<td>Rest</td>"), "rest days");
        assertTrue(html.contains("–121 bpm"), "the athlete's band: " + html);
        assertTrue(html.contains("Karvonen"), "how the band was found");
        assertTrue(html.contains("weekly load within 5 % of the plan: passes"), "load check");
        assertTrue(html.contains("Plan 2000 AU; the sessions"), "the plan's load against the sessions'");
        Matcher creates = Pattern.compile("Generating would create (\\d+) sessions").matcher(html);
        assertTrue(creates.find());
        int created = Integer.parseInt(creates.group(1));
        assertTrue(created >= 20, "four weeks of sessions: " + created);
        assertEquals(0, MicrocycleData.sessionCount(squad.teamId()), "a preview writes nothing");

        Response generated = coach.post(page, Map.of("from", nextMonday().toString(), "to",
                nextMonday().plusWeeks(4).minusDays(1).toString()));
        assertEquals(303, generated.statusCode());
        assertEquals(created, MicrocycleData.sessionCount(squad.teamId()));
        String after = coach.get(page).then().statusCode(200).extract().asString();
        assertTrue(after.contains("Sessions generated from " + nextMonday()), "flash");
        assertTrue(after.contains("Undo the last generation"));

        List<Long> ids = MicrocycleData.generatedSessionIds(squad.teamId());
        MicrocycleData.editMinutes(ids.get(0), 33);
        coach.get(page + preview(nextMonday(), nextMonday().plusWeeks(4).minusDays(1))).then().statusCode(200)
                .body(containsString("Left as it is: a session on this day was edited by hand"))
                .body(containsString("Generating would create 0 sessions, change 0, remove 0 and leave 1 days"));

        Matcher id = Pattern.compile("name=\"generationId\" value=\"(\\d+)\"").matcher(after);
        assertTrue(id.find());
        assertEquals(303, coach.post(page + "/undo", Map.of("generationId", id.group(1))).statusCode());
        coach.get(page).then().body(containsString("Generation undone: " + (created - 1) + " sessions removed"))
                .body(containsString("Kept because edited by hand or rated since"))
                .body(not(containsString("Undo the last generation")));
        assertEquals(1, MicrocycleData.sessionCount(squad.teamId()));
        coach.post(page + "/undo", Map.of("generationId", id.group(1))).then().statusCode(303);
        coach.get(page).then().body(containsString("Nothing was undone: there is no generation to undo."));
    }

    @Test
    void anAthleteWithATemplateOfTheirOwnGetsSessionsOfTheirOwn() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        plan(coach, squad.teamId());
        Fixtures.athlete(squad.teamId(), null);
        assertEquals(303, coach.post("/athletes/" + squad.athleteId() + "/template", TemplateWeek.matchWeek()
                .training(2, "skill", "06:30", "75", "6", "40").form("save")).statusCode());
        String html = coach.get("/teams/" + squad.teamId() + "/plan/generate"
                + preview(nextMonday(), nextMonday().plusWeeks(2).minusDays(1))).then().statusCode(200).extract()
                .asString();
        assertTrue(html.contains("Sessions for the team"), "the rest of the team");
        assertTrue(html.contains("from the sport&#39;s default week template"), "the team has saved none");
        assertTrue(html.contains("from their own week template"), "the athlete's own group");
        assertTrue(html.contains("Skill 06:30: "), "with their own Wednesday");
    }

    @Test
    void badRangesAreRefusedBesideTheirFields() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        plan(coach, squad.teamId());
        String page = "/teams/" + squad.teamId() + "/plan/generate";
        coach.get(page + preview(today(), today().plusWeeks(2))).then().statusCode(400)
                .body(containsString("id=\"f-from-error\">Start tomorrow"));
        coach.get(page + preview(nextMonday(), nextMonday().minusDays(1))).then().statusCode(400)
                .body(containsString("id=\"f-to-error\">The last day must not be before the first"));
        coach.get(page + preview(nextMonday(), nextMonday().plusWeeks(13))).then().statusCode(400)
                .body(containsString("Generate at most 12 weeks at a time"));
        coach.get(page + "?preview=1&from=99999-01-04&to=").then().statusCode(400)
                .body(containsString("Enter a date as YYYY-MM-DD.")).body(containsString("value=\"99999-01-04\""));
        coach.post(page, Map.of("from", "2026-02-30", "to", "")).then().statusCode(400)
                .body(containsString("Enter a date as YYYY-MM-DD."));
        assertEquals(0, MicrocycleData.sessionCount(squad.teamId()));
    }

    @Test
    void onlyTheTeamsCoachesGenerate() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        plan(coach, squad.teamId());
        String page = "/teams/" + squad.teamId() + "/plan/generate";
        WebSession stranger = WebSession.signIn(Fixtures.squad().coach());
        stranger.get(page).then().statusCode(404);
        stranger.post(page, Map.of("from", nextMonday().toString(), "to", "")).then().statusCode(404);
        stranger.post(page + "/undo", Map.of("generationId", "1")).then().statusCode(404);
        WebSession athlete = WebSession.signIn(squad.athlete());
        athlete.get(page).then().statusCode(403);
        athlete.post(page, Map.of("from", nextMonday().toString(), "to", "")).then().statusCode(403);
        assertEquals(0, MicrocycleData.sessionCount(squad.teamId()));
        coach.get(page).then().statusCode(200);
    }
}
