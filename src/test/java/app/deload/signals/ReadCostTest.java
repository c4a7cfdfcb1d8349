package app.deload.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import app.deload.support.Ledger;
import app.deload.support.WebSession;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The monitoring pages read the ledger: the statements a page runs do not grow with the squad, and the rows
 * they read do not grow with the years of history (Hibernate statistics count both).
 */
@QuarkusTest
class ReadCostTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    SessionFactory sessionFactory;

    private record Cost(long statements, long rows) {
    }

    /** A team of {@code athletes}, each with a session and a questionnaire on each of the last {@code days}. */
    private static Fixtures.Squad team(int athletes, int days) {
        Fixtures.Squad squad = Fixtures.squad();
        for (int k = 1; k < athletes; k++) {
            Fixtures.athlete(squad.teamId(), null);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Team team = Team.findById(squad.teamId());
            LocalDate today = LocalDate.now(BERLIN);
            for (Athlete athlete : Athlete.listForTeam(team)) {
                for (int day = days; day >= 1; day--) {
                    WellnessEntry.upsert(athlete, today.minusDays(day),
                            new WellnessValues(4, 3, day % 4 + 2, 4, 3, 7.5, 50, 60.0, Set.of(), null));
                    TrainingSession session = new TrainingSession();
                    session.team = team;
                    session.schedule(today.minusDays(day), LocalTime.of(9, 0), BERLIN);
                    session.type = SessionType.STRENGTH;
                    session.plannedMinutes = 60;
                    session.persist();
                    SessionAttendance attendance = SessionAttendance.of(session, athlete);
                    attendance.rate(day % 7 + 2, "test", Instant.now(), BERLIN);
                    attendance.persist();
                }
                Ledger.changed(athlete, today.minusDays(days));
            }
        });
        return squad;
    }

    private Cost cost(Runnable page) {
        page.run();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        page.run();
        long rows = 0;
        for (String query : statistics.getQueries()) {
            rows += statistics.getQueryStatistics(query).getExecutionRowCount();
        }
        return new Cost(statistics.getPrepareStatementCount(), rows);
    }

    private Cost squadPage(Fixtures.Squad squad) {
        WebSession coach = WebSession.signIn(squad.coach());
        return cost(() -> coach.get("/teams/" + squad.teamId() + "/signals").then().statusCode(200));
    }

    private Cost athletePage(Fixtures.Squad squad) {
        WebSession coach = WebSession.signIn(squad.coach());
        return cost(() -> coach.get("/athletes/" + squad.athleteId() + "/metrics").then().statusCode(200));
    }

    private Cost metricsApi(Fixtures.Squad squad) {
        String token = ApiTokens.issue(squad.coach());
        LocalDate today = LocalDate.now(BERLIN);
        Runnable call = () -> ApiTokens.as(token).get("/api/v1/athletes/" + squad.athleteId() + "/metrics?from="
                + today.minusDays(89) + "&to=" + today).then().statusCode(200);
        // The token's first use records when it was used; what is compared is a request's reading.
        call.run();
        return cost(call);
    }

    @Test
    void squadPageStatementsDoNotGrowWithTheSquadNorRowsWithTheHistory() {
        Cost small = squadPage(team(2, 40));
        Cost larger = squadPage(team(6, 40));
        Cost longer = squadPage(team(2, 200));
        assertEquals(small.statements(), larger.statements(), "statements with 6 athletes instead of 2");
        assertEquals(small.statements(), longer.statements(), "statements with 200 days instead of 40");
        assertEquals(small.rows(), longer.rows(), "rows read with 200 days of history instead of 40");
        assertTrue(small.rows() > 0, "the statistics see the rows");
    }

    @Test
    void athletePageAndMetricsApiReadTheSameRowsWhateverTheHistory() {
        Fixtures.Squad shortHistory = team(1, 100);
        Fixtures.Squad longHistory = team(1, 300);
        assertEquals(athletePage(shortHistory), athletePage(longHistory), "athlete page: statements and rows");
        assertEquals(metricsApi(shortHistory), metricsApi(longHistory), "metrics API: statements and rows");
    }
}
