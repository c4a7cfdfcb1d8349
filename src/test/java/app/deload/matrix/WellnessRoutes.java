package app.deload.matrix;

import static app.deload.matrix.RouteRule.get;
import static app.deload.matrix.RouteRule.post;

import java.time.LocalDate;
import java.util.List;

import app.deload.performance.Measurement;
import app.deload.performance.PerformanceResult;
import app.deload.performance.PerformanceTest;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The wellness questionnaire and history, performance test definitions, squad results and athletes' results.
 * Posts carry empty forms, so they answer 400 and change nothing, except the removal of the one result made here.
 */
public class WellnessRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        long[] ids = testWithOneResult(w.teamA(), w.athleteA());
        String test = "/tests/" + ids[0];
        return List.of(
                get("/me/wellness", "/me/wellness", Rule.ATHLETE),
                post("/me/wellness", "/me/wellness", Rule.ATHLETE),
                get("/athletes/{id}/wellness", "/athletes/" + w.athleteA() + "/wellness", Rule.TEAM_STAFF_OR_SELF),
                get("/teams/{teamId}/tests", "/teams/" + w.teamA() + "/tests", Rule.TEAM_STAFF),
                post("/teams/{teamId}/tests", "/teams/" + w.teamA() + "/tests", Rule.TEAM_STAFF),
                get("/tests/{testId}/edit", test + "/edit", Rule.TEAM_STAFF),
                post("/tests/{testId}", test, Rule.TEAM_STAFF),
                get("/tests/{testId}/results", test + "/results", Rule.TEAM_STAFF),
                post("/tests/{testId}/results", test + "/results", Rule.TEAM_STAFF),
                post("/tests/{testId}/results/{resultId}/delete", test + "/results/" + ids[1] + "/delete",
                        Rule.TEAM_STAFF),
                get("/athletes/{id}/tests", "/athletes/" + w.athleteA() + "/tests", Rule.TEAM_STAFF_OR_SELF),
                get("/me/tests", "/me/tests", Rule.ATHLETE));
    }

    /** A test of the team with one result of the athlete: {test id, result id}. */
    private static long[] testWithOneResult(long teamId, long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PerformanceTest test = new PerformanceTest();
            test.team = Team.findById(teamId);
            test.name = "Matrix jump " + teamId;
            test.unit = "cm";
            test.higherIsBetter = true;
            test.persist();
            PerformanceResult.record(test, LocalDate.of(2026, 1, 5), List.of(new Measurement(athleteId, 40)));
            long resultId = PerformanceResult.<PerformanceResult>find("test", test).singleResult().id;
            return new long[] { test.id, resultId };
        });
    }
}
