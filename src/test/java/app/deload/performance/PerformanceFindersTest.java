package app.deload.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
import app.deload.monitoring.PerformanceInput;
import app.deload.support.Fixtures;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PerformanceFindersTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Inject
    SessionFactory sessions;

    /** A team with {@code athletes} athletes, each with a jump and a sprint result on DAY and a week later. */
    static long teamWithResults(int athletes) {
        long teamId = Fixtures.team(null);
        long jump = PerformanceFixtures.test(teamId, "Jump", true);
        long sprint = PerformanceFixtures.test(teamId, "Sprint", false);
        for (int i = 0; i < athletes; i++) {
            long athlete = Fixtures.athlete(teamId, null);
            for (int week = 0; week < 2; week++) {
                PerformanceFixtures.result(jump, athlete, DAY.plusWeeks(week), 40 + i);
                PerformanceFixtures.result(sprint, athlete, DAY.plusWeeks(week), 4.2);
            }
        }
        return teamId;
    }

    long statementsFor(long teamId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(teamId);
            sessions.getStatistics().clear();
            List<PerformanceResult> results = PerformanceResult.listForTeamBetween(team, DAY, DAY.plusDays(7));
            results.forEach(r -> r.toInput().testName().concat(r.athlete.name));
            return sessions.getStatistics().getPrepareStatementCount();
        });
    }

    @Test
    void aTeamsResultsComeInOneQueryHoweverManyAthletes() {
        assertEquals(1, statementsFor(teamWithResults(1)));
        assertEquals(1, statementsFor(teamWithResults(5)));
    }

    @Test
    void rangesAreInclusiveAndResultsFeedTheMonitoringCore() {
        long teamId = teamWithResults(2);
        QuarkusTransaction.requiringNew().run(() -> {
            Team team = Team.findById(teamId);
            assertEquals(4, PerformanceResult.listForTeamBetween(team, DAY, DAY.plusDays(6)).size());
            assertEquals(8, PerformanceResult.listForTeamBetween(team, DAY, DAY.plusDays(7)).size());
            Athlete first = Athlete.listForTeam(team).get(0);
            List<PerformanceResult> mine = PerformanceResult.listForAthleteBetween(first, DAY.plusDays(1),
                    DAY.plusDays(7));
            assertEquals(2, mine.size());
            PerformanceInput sprint = mine.stream().filter(r -> r.test.name.equals("Sprint")).findFirst().orElseThrow()
                    .toInput();
            assertEquals(new PerformanceInput(DAY.plusDays(7), "Sprint", 4.2, false, null), sprint);
        });
    }

    @Test
    void resultsAreRecordedOnlyForTheTestsTeam() {
        long teamId = Fixtures.team(null);
        long stranger = Fixtures.athlete(Fixtures.team(null), null);
        long jump = PerformanceFixtures.test(teamId, "Jump", true);
        assertThrows(IllegalArgumentException.class, () -> PerformanceFixtures.result(jump, stranger, DAY, 40));
        assertEquals(0, PerformanceFixtures.resultsOf(jump));
    }
}
