package app.deload.performance;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TestDefinitionTest {

    static Map<String, String> definition(String name, String unit, String better, String swc) {
        Map<String, String> form = new HashMap<>();
        form.put("name", name);
        form.put("unit", unit);
        form.put("better", better);
        form.put("swcPercent", swc);
        return form;
    }

    static long testsOf(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> PerformanceTest.count("team.id", teamId));
    }

    static PerformanceTest stored(long teamId, String name) {
        return QuarkusTransaction.requiringNew()
                .call(() -> PerformanceTest.<PerformanceTest>find("team.id = ?1 and name = ?2", teamId, name)
                        .singleResult());
    }

    @Test
    void aCoachDefinesATestWithTheTeamDefaultSmallestWorthwhileChange() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        coach.get("/teams/" + squad.teamId() + "/tests").then().statusCode(200)
                .body(containsString("No tests yet."), containsString("now 3 %."));
        String location = coach.post("/teams/" + squad.teamId() + "/tests",
                definition("Countermovement jump", "cm", "higher", "")).then().statusCode(303).extract()
                .header("Location");
        PerformanceTest test = stored(squad.teamId(), "Countermovement jump");
        assertEquals("/tests/" + test.id + "/results", location.substring(location.indexOf("/tests/")));
        assertEquals(null, test.swcPercent);
        assertEquals(true, test.higherIsBetter);
        assertEquals(squad.coach(), test.updatedBy);
        coach.post("/teams/" + squad.teamId() + "/tests", definition("30 m sprint", "s", "lower", "2.5"))
                .then().statusCode(303);
        coach.get("/teams/" + squad.teamId() + "/tests").then().statusCode(200)
                .body(containsString("Countermovement jump"), containsString("3 % (team default)"),
                        containsString("30 m sprint"), containsString("lower is better"), containsString("2.5 %"));
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3} is refused")
    @CsvSource(delimiter = '|', value = {
            "''   | cm | higher | 3   | name       | Enter a name for the test, e.g. Countermovement jump.",
            "Jump | '' | higher | 3   | unit       | Enter the unit, e.g. cm or s.",
            "Jump | cm | upward | 3   | better     | Choose whether a higher or a lower result is better.",
            "Jump | cm | higher | 0   | swcPercent | Enter a percentage from 0.1 to 50, or leave it empty for the team default.",
            "Jump | cm | higher | 51  | swcPercent | Enter a percentage from 0.1 to 50, or leave it empty for the team default.",
            "Jump | cm | higher | abc | swcPercent | Enter a percentage from 0.1 to 50, or leave it empty for the team default.",
            "Jump | cm | higher | 2.125 | swcPercent | Use at most 2 decimals." })
    void aBadDefinitionIsAnsweredBesideItsFieldAndNothingIsSaved(String name, String unit, String better, String swc,
            String field, String message) {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession.signIn(squad.coach()).post("/teams/" + squad.teamId() + "/tests", definition(name, unit, better, swc))
                .then().statusCode(400)
                .body(containsString("id=\"f-" + field + "-error\">" + message),
                        containsString("Nothing was saved."),
                        containsString(field.equals("unit") ? "value=\"Jump\"" : "value=\"cm\""));
        assertEquals(0, testsOf(squad.teamId()));
    }

    @Test
    void aTeamCannotHaveTwoTestsOfTheSameName() {
        Fixtures.Squad squad = Fixtures.squad();
        PerformanceFixtures.test(squad.teamId(), "Broad jump", true);
        WebSession.signIn(squad.coach())
                .post("/teams/" + squad.teamId() + "/tests", definition("broad JUMP", "cm", "higher", ""))
                .then().statusCode(400).body(containsString("This team already has a test with this name."));
        assertEquals(1, testsOf(squad.teamId()));
    }

    @Test
    void aCoachEditsATest() {
        Fixtures.Squad squad = Fixtures.squad();
        long testId = PerformanceFixtures.test(squad.teamId(), "CMJ", true);
        WebSession coach = WebSession.signIn(squad.coach());
        coach.get("/tests/" + testId + "/edit").then().statusCode(200).body(containsString("value=\"CMJ\""));
        coach.post("/tests/" + testId, definition("CMJ", "cm", "higher", "51")).then().statusCode(400)
                .body(containsString("Enter a percentage from 0.1 to 50"));
        coach.post("/tests/" + testId, definition("Countermovement jump", "cm", "higher", "4"))
                .then().statusCode(303);
        PerformanceTest test = stored(squad.teamId(), "Countermovement jump");
        assertEquals(4.0, test.swcPercent);
    }

    @Test
    void athletesAndOtherTeamsCoachesCannotDefineTests() {
        Fixtures.Squad mine = Fixtures.squad();
        Fixtures.Squad theirs = Fixtures.squad();
        long testId = PerformanceFixtures.test(mine.teamId(), "CMJ", true);
        WebSession athlete = WebSession.signIn(mine.athlete());
        athlete.get("/teams/" + mine.teamId() + "/tests").then().statusCode(403);
        athlete.post("/teams/" + mine.teamId() + "/tests", definition("Jump", "cm", "higher", "")).then()
                .statusCode(403);
        WebSession other = WebSession.signIn(theirs.coach());
        other.get("/teams/" + mine.teamId() + "/tests").then().statusCode(404);
        other.post("/teams/" + mine.teamId() + "/tests", definition("Jump", "cm", "higher", "")).then()
                .statusCode(404);
        other.get("/tests/" + testId + "/edit").then().statusCode(404);
        other.post("/tests/" + testId, definition("Renamed", "cm", "higher", "")).then().statusCode(404);
        assertEquals(1, testsOf(mine.teamId()));
        assertEquals("CMJ", stored(mine.teamId(), "CMJ").name);
    }
}
