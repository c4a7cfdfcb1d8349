package app.deload.performance;

import java.time.LocalDate;
import java.util.List;

import app.deload.athlete.Athlete;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Tests and results created directly, for tests that are about something else. */
final class PerformanceFixtures {

    private PerformanceFixtures() {
    }

    static long test(long teamId, String name, boolean higherIsBetter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PerformanceTest test = new PerformanceTest();
            test.team = Team.findById(teamId);
            test.name = name;
            test.unit = higherIsBetter ? "cm" : "s";
            test.higherIsBetter = higherIsBetter;
            test.persist();
            return test.id;
        });
    }

    static void result(long testId, long athleteId, LocalDate date, double value) {
        QuarkusTransaction.requiringNew().run(() -> PerformanceResult.record(PerformanceTest.findById(testId), date,
                List.of(new Measurement(athleteId, value))));
    }

    static List<Double> valuesOf(long testId, long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> PerformanceResult.listForAthlete(Athlete.findById(athleteId))
                .stream().filter(r -> r.test.id == testId).map(r -> r.measured).toList());
    }

    static long resultsOf(long testId) {
        return QuarkusTransaction.requiringNew().call(() -> PerformanceResult.count("test.id", testId));
    }
}
