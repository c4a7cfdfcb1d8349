package app.deload.performance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AthleteResultsTest {

    @Test
    void anAthleteSeesTheirOwnResultsOnly() {
        Fixtures.Squad squad = Fixtures.squad();
        String teammateLogin = Fixtures.user(Role.ATHLETE);
        long teammate = Fixtures.athlete(squad.teamId(), teammateLogin);
        long testId = PerformanceFixtures.test(squad.teamId(), "Drop jump", true);
        LocalDate day = LocalDate.of(2026, 3, 2);
        PerformanceFixtures.result(testId, squad.athleteId(), day, 31.5);
        PerformanceFixtures.result(testId, teammate, day, 47.25);
        WebSession athlete = WebSession.signIn(squad.athlete());
        athlete.get("/me/tests").then().statusCode(303)
                .header("Location", containsString("/athletes/" + squad.athleteId() + "/tests"));
        athlete.get("/athletes/" + squad.athleteId() + "/tests").then().statusCode(200)
                .body(containsString("Drop jump"), containsString("31.5 cm"), containsString("2026-03-02"),
                        not(containsString("47.25")), not(containsString("Remove")));
        athlete.get("/athletes/" + teammate + "/tests").then().statusCode(404);
    }

    @Test
    void theCoachSeesAnAthletesResultsAnotherTeamsCoachDoesNot() {
        Fixtures.Squad squad = Fixtures.squad();
        Fixtures.Squad theirs = Fixtures.squad();
        long testId = PerformanceFixtures.test(squad.teamId(), "Sprint 30 m", false);
        PerformanceFixtures.result(testId, squad.athleteId(), LocalDate.of(2026, 3, 2), 4.31);
        WebSession.signIn(squad.coach()).get("/athletes/" + squad.athleteId() + "/tests").then().statusCode(200)
                .body(containsString("4.31 s"), containsString("lower is better"));
        WebSession.signIn(theirs.coach()).get("/athletes/" + squad.athleteId() + "/tests").then().statusCode(404);
        WebSession.signIn(squad.coach()).get("/me/tests").then().statusCode(403);
    }

    @Test
    void anAthleteWithoutResultsIsToldSo() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession.signIn(squad.athlete()).get("/athletes/" + squad.athleteId() + "/tests").then().statusCode(200)
                .body(containsString("No test results yet."));
    }
}
