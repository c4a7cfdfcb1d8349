package app.deload.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.deload.performance.PerformanceTest;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every date in a query answers the same way when it is not a date or lies outside 2000-01-01 .. today + 2 years:
 * a 400 page in the layout that says what is expected, or a 400 problem document under /api/. Extreme years
 * used to crash the date arithmetic behind the page (500), and a bad squad date silently showed today.
 */
@QuarkusTest
class DateParameterRoutesTest {

    private static final String OUT_OF_RANGE = "must be from 2000-01-01 to ";
    private static final String NOT_A_DATE = "must be a date as YYYY-MM-DD";
    /** A bad value and what the answer says about it. */
    private static final Map<String, String> EXTREMES = Map.of("-999999999-01-01", OUT_OF_RANGE,
            "+999999999-12-31", OUT_OF_RANGE, "1999-12-31", OUT_OF_RANGE, "14.05.2026", NOT_A_DATE,
            "2026-02-30", NOT_A_DATE);

    @Test
    void pagesAnswerABadOrExtremeDateWithA400PageInTheLayout() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        long testId = QuarkusTransaction.requiringNew().call(() -> {
            PerformanceTest test = new PerformanceTest();
            test.team = Team.findById(squad.teamId());
            test.name = "Sprint";
            test.unit = "s";
            test.higherIsBetter = false;
            test.persist();
            return test.id;
        });
        long team = squad.teamId();
        long athlete = squad.athleteId();
        for (String bad : EXTREMES.keySet()) {
            for (String path : List.of("/teams/" + team + "/signals?date=", "/teams/" + team + "/compliance?date=",
                    "/teams/" + team + "/sessions?week=", "/teams/" + team + "/sessions/new?date=",
                    "/athletes/" + athlete + "/metrics?date=", "/athletes/" + athlete + "/metrics/csv?from=",
                    "/athletes/" + athlete + "/metrics/csv?to=", "/teams/" + team + "/export/wellness.csv?from=",
                    "/teams/" + team + "/export/sessions.csv?to=", "/tests/" + testId + "/results?date=")) {
                coach.get(path + bad).then().statusCode(400)
                        .body(containsString("class=\"topbar\""), containsString("Invalid date"),
                                containsString(EXTREMES.get(bad)));
            }
        }
    }

    @Test
    void theApiAnswersABadOrExtremeDateWithA400Problem() {
        Fixtures.Squad squad = Fixtures.squad();
        String coach = ApiTokens.issue(squad.coach());
        for (String bad : EXTREMES.keySet()) {
            for (String kind : List.of("metrics", "metrics.csv", "wellness", "sessions")) {
                for (String parameter : List.of("from", "to")) {
                    ApiTokens.as(coach).queryParam(parameter, bad)
                            .get("/api/v1/athletes/" + squad.athleteId() + "/" + kind).then().statusCode(400)
                            .contentType("application/problem+json").body("title", equalTo("Bad Request"))
                            .body("detail", containsString("“" + parameter + "” " + EXTREMES.get(bad)));
                }
            }
        }
    }

    @Test
    void theTeamDecisionsApiAnswersABadOrExtremeDateWithA400Problem() {
        Fixtures.Squad squad = Fixtures.squad();
        String coach = ApiTokens.issue(squad.coach());
        for (String bad : EXTREMES.keySet()) {
            ApiTokens.as(coach).queryParam("date", bad).get("/api/v1/teams/" + squad.teamId() + "/today").then()
                    .statusCode(400).contentType("application/problem+json").body("title", equalTo("Bad Request"))
                    .body("detail", containsString("“date” " + EXTREMES.get(bad)));
        }
    }

    @Test
    void aDateInRangeStillShowsItsDay() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        coach.get("/teams/" + squad.teamId() + "/signals?date=2000-01-01").then().statusCode(200);
        coach.get("/teams/" + squad.teamId() + "/sessions?week=" + today.plusYears(2)).then().statusCode(200);
        coach.get("/teams/" + squad.teamId() + "/sessions?week=" + today.plusYears(2).plusDays(1)).then()
                .statusCode(400);
    }
}
