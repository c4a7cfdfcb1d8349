package app.deload.performance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SquadResultsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** A team of three athletes with a jump test. */
    record Squad(Fixtures.Squad squad, long second, long third, long testId) {
        long first() {
            return squad.athleteId();
        }

        String results() {
            return "/tests/" + testId + "/results";
        }
    }

    static Squad squadWithTest() {
        Fixtures.Squad squad = Fixtures.squad();
        long second = Fixtures.athlete(squad.teamId(), null);
        long third = Fixtures.athlete(squad.teamId(), null);
        return new Squad(squad, second, third, PerformanceFixtures.test(squad.teamId(), "CMJ", true));
    }

    static Map<String, Object> results(LocalDate date, List<Long> athletes, List<String> values) {
        return Map.of("date", date.toString(), "athleteId", athletes.stream().map(String::valueOf).toList(),
                "measured", values);
    }

    @Test
    void aCoachEntersAWholeSquadAtOnce() {
        Squad s = squadWithTest();
        WebSession coach = WebSession.signIn(s.squad().coach());
        LocalDate today = LocalDate.now(BERLIN);
        coach.get(s.results()).then().statusCode(200)
                .body(containsString("name=\"athleteId\" value=\"" + s.second() + "\""),
                        containsString("value=\"" + today + "\""));
        coach.post(s.results(), results(today, List.of(s.first(), s.second(), s.third()), List.of("41.5", "", "38,25")))
                .then().statusCode(303).header("Location", containsString("date=" + today));
        assertEquals(List.of(41.5), PerformanceFixtures.valuesOf(s.testId(), s.first()));
        assertEquals(List.of(), PerformanceFixtures.valuesOf(s.testId(), s.second()));
        assertEquals(List.of(38.25), PerformanceFixtures.valuesOf(s.testId(), s.third()));
        coach.get(s.results() + "?date=" + today).then().statusCode(200)
                .body(containsString("2 results saved."), containsString("value=\"41.5\""),
                        containsString("38.25 cm"), containsString("building history: 0 of 3 previous results"));
    }

    @Test
    void savingTheSameDateAgainReplacesInsteadOfDuplicating() {
        Squad s = squadWithTest();
        WebSession coach = WebSession.signIn(s.squad().coach());
        LocalDate today = LocalDate.now(BERLIN);
        coach.post(s.results(), results(today, List.of(s.first(), s.second()), List.of("41.5", "40")))
                .then().statusCode(303);
        coach.post(s.results(), results(today, List.of(s.first(), s.second()), List.of("42", "")))
                .then().statusCode(303);
        assertEquals(List.of(42.0), PerformanceFixtures.valuesOf(s.testId(), s.first()));
        assertEquals(List.of(40.0), PerformanceFixtures.valuesOf(s.testId(), s.second()));
        assertEquals(2, PerformanceFixtures.resultsOf(s.testId()));
    }

    @Test
    void oneBadValueSavesNothingAndIsAnsweredBesideThatAthlete() {
        Squad s = squadWithTest();
        WebSession coach = WebSession.signIn(s.squad().coach());
        LocalDate today = LocalDate.now(BERLIN);
        for (String bad : List.of("-3", "0", "100000.5", "abc", "NaN", "Infinity", "41.1234")) {
            coach.post(s.results(), results(today, List.of(s.first(), s.second(), s.third()), List.of("41.5", bad, "39")))
                    .then().statusCode(400)
                    .body(containsString("id=\"f-measured-" + s.second() + "-error\">"),
                            containsString(bad.equals("41.1234") ? "Use at most 3 decimals."
                                    : "Enter a number above 0 and at most 100000."),
                            containsString("value=\"41.5\""), containsString("value=\"" + bad + "\""),
                            containsString("Nothing was saved."),
                            not(containsString("id=\"f-measured-" + s.first() + "-error\"")));
        }
        assertEquals(0, PerformanceFixtures.resultsOf(s.testId()));
    }

    @Test
    void theLargestAllowedValueIsAccepted() {
        Squad s = squadWithTest();
        WebSession.signIn(s.squad().coach())
                .post(s.results(), results(LocalDate.now(BERLIN), List.of(s.first()), List.of("100000")))
                .then().statusCode(303);
        assertEquals(List.of(100000.0), PerformanceFixtures.valuesOf(s.testId(), s.first()));
    }

    @Test
    void datesAfterTomorrowAreRefusedTomorrowIsNot() {
        Squad s = squadWithTest();
        WebSession coach = WebSession.signIn(s.squad().coach());
        LocalDate tomorrow = LocalDate.now(BERLIN).plusDays(1);
        coach.post(s.results(), results(tomorrow.plusDays(1), List.of(s.first()), List.of("41")))
                .then().statusCode(400)
                .body(containsString("id=\"f-date-error\">Enter a date no later than tomorrow (" + tomorrow + ")."),
                        containsString("value=\"41\""));
        coach.post(s.results(), results(tomorrow, List.of(s.first()), List.of("41"))).then().statusCode(303);
        coach.post(s.results(), results(LocalDate.of(1999, 12, 31), List.of(s.first()), List.of("41")))
                .then().statusCode(400).body(containsString("Enter a date from 2000-01-01 on."));
        assertEquals(1, PerformanceFixtures.resultsOf(s.testId()));
    }

    @Test
    void anEmptyFormIsRefused() {
        Squad s = squadWithTest();
        WebSession.signIn(s.squad().coach())
                .post(s.results(), results(LocalDate.now(BERLIN), List.of(s.first(), s.second()), List.of("", "")))
                .then().statusCode(400).body(containsString("Enter at least one result."));
    }

    @Test
    void anAthleteOfAnotherTeamIsRefusedAndNothingIsSaved() {
        Squad s = squadWithTest();
        Fixtures.Squad other = Fixtures.squad();
        WebSession coach = WebSession.signIn(s.squad().coach());
        coach.post(s.results(), results(LocalDate.now(BERLIN), List.of(s.first(), other.athleteId()),
                List.of("41", "44"))).then().statusCode(400)
                .body(containsString("Not on this team (id " + other.athleteId() + ")"),
                        containsString("id=\"f-measured-" + other.athleteId()
                                + "-error\">This athlete is not on the team."),
                        containsString("value=\"44\""));
        assertEquals(0, PerformanceFixtures.resultsOf(s.testId()));
        assertEquals(List.of(), PerformanceFixtures.valuesOf(s.testId(), other.athleteId()));
    }

    @Test
    void aFourthResultIsComparedWithThePreviousThree() {
        Squad s = squadWithTest();
        LocalDate today = LocalDate.now(BERLIN);
        PerformanceFixtures.result(s.testId(), s.first(), today.minusDays(21), 40);
        PerformanceFixtures.result(s.testId(), s.first(), today.minusDays(14), 41);
        PerformanceFixtures.result(s.testId(), s.first(), today.minusDays(7), 42);
        WebSession coach = WebSession.signIn(s.squad().coach());
        coach.post(s.results(), results(today, List.of(s.first()), List.of("38"))).then().statusCode(303);
        coach.get(s.results()).then().statusCode(200)
                .body(containsString("−7.3 %"), containsString("decrement</span>"));
    }

    @Test
    void aCoachRemovesAWrongResult() {
        Squad s = squadWithTest();
        LocalDate today = LocalDate.now(BERLIN);
        PerformanceFixtures.result(s.testId(), s.first(), today, 40);
        long resultId = QuarkusTransaction.requiringNew().call(
                () -> PerformanceResult.<PerformanceResult>find("test.id", s.testId()).singleResult().id);
        Fixtures.Squad other = Fixtures.squad();
        WebSession.signIn(other.coach()).post(s.results() + "/" + resultId + "/delete").then().statusCode(404);
        long otherTest = PerformanceFixtures.test(s.squad().teamId(), "Sprint", false);
        WebSession coach = WebSession.signIn(s.squad().coach());
        coach.post("/tests/" + otherTest + "/results/" + resultId + "/delete").then().statusCode(404);
        assertEquals(1, PerformanceFixtures.resultsOf(s.testId()));
        coach.post(s.results() + "/" + resultId + "/delete").then().statusCode(303);
        assertEquals(0, PerformanceFixtures.resultsOf(s.testId()));
        coach.post(s.results() + "/" + resultId + "/delete").then().statusCode(303);
        coach.get(s.results()).then().body(containsString("The result was already removed."));
    }

    @Test
    void athletesAndOtherTeamsCoachesCannotReachTheSquadForm() {
        Squad s = squadWithTest();
        Fixtures.Squad theirs = Fixtures.squad();
        Map<String, Object> form = results(LocalDate.now(BERLIN), List.of(s.first()), List.of("41"));
        WebSession athlete = WebSession.signIn(s.squad().athlete());
        athlete.get(s.results()).then().statusCode(403);
        athlete.post(s.results(), form).then().statusCode(403);
        WebSession other = WebSession.signIn(theirs.coach());
        other.get(s.results()).then().statusCode(404);
        other.post(s.results(), form).then().statusCode(404);
        assertEquals(0, PerformanceFixtures.resultsOf(s.testId()));
    }
}
