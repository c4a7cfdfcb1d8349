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
import app.deload.audit.AuditLog;
import app.deload.audit.AuditRecord;
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

    /**
     * The statements and rows of one request, the first one of a fresh sign-in or token (the token's first use
     * records it, the same for every fixture): nothing else runs in the application meanwhile (the scheduled jobs
     * are off in tests, the sign-in's audit record is written before), and every fixture is measured the same way.
     */
    private Cost cost(Runnable page) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        page.run();
        long rows = 0;
        for (String query : statistics.getQueries()) {
            rows += statistics.getQueryStatistics(query).getExecutionRowCount();
        }
        return new Cost(statistics.getPrepareStatementCount(), rows);
    }

    /**
     * Signs the coach in and waits for the sign-in's audit record: it is written on a worker after the sign-in
     * answered (the security event arrives on the I/O thread), and counted in the statistics of whatever request
     * runs meanwhile. On a slow PostgreSQL run it once fell into the metrics API's measurement (its insert and the
     * sequence's next block: 8 statements instead of 6).
     */
    private static WebSession signIn(String coach) {
        long before = signIns(coach);
        WebSession session = WebSession.signIn(coach);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (signIns(coach) == before) {
            assertTrue(System.nanoTime() < deadline, "the sign-in of " + coach + " was never audited");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return session;
    }

    private static long signIns(String username) {
        return QuarkusTransaction.requiringNew().call(
                () -> AuditRecord.count("actor = ?1 and action = ?2", username, AuditLog.SIGN_IN));
    }

    private Cost squadPage(Fixtures.Squad squad) {
        WebSession coach = signIn(squad.coach());
        return cost(() -> coach.get("/teams/" + squad.teamId() + "/signals").then().statusCode(200));
    }

    private Cost athletePage(Fixtures.Squad squad) {
        WebSession coach = signIn(squad.coach());
        return cost(() -> coach.get("/athletes/" + squad.athleteId() + "/metrics").then().statusCode(200));
    }

    private Cost metricsApi(Fixtures.Squad squad) {
        String token = ApiTokens.issue(squad.coach());
        LocalDate today = LocalDate.now(BERLIN);
        return cost(() -> ApiTokens.as(token).get("/api/v1/athletes/" + squad.athleteId() + "/metrics?from="
                + today.minusDays(89) + "&to=" + today).then().statusCode(200));
    }

    /** 2 athletes with 120 days, 6 athletes with 120 days, 2 athletes with 400 days: more than any range read. */
    private static Fixtures.Squad small;
    private static Fixtures.Squad larger;
    private static Fixtures.Squad longer;

    private static void teams() {
        if (small == null) {
            small = team(2, 120);
            larger = team(6, 120);
            longer = team(2, 400);
        }
    }

    @Test
    void squadPageStatementsDoNotGrowWithTheSquadNorRowsWithTheHistory() {
        teams();
        Cost small = squadPage(ReadCostTest.small);
        Cost larger = squadPage(ReadCostTest.larger);
        Cost longer = squadPage(ReadCostTest.longer);
        assertEquals(small.statements(), larger.statements(), "statements with 6 athletes instead of 2");
        assertEquals(small.statements(), longer.statements(), "statements with 400 days instead of 120");
        assertEquals(small.rows(), longer.rows(), "rows read with 400 days of history instead of 120");
        assertTrue(small.rows() > 0, "the statistics see the rows");
    }

    @Test
    void athletePageReadsTheSameWhateverTheSquadAndTheHistory() {
        teams();
        Cost small = athletePage(ReadCostTest.small);
        assertEquals(small, athletePage(larger), "statements and rows with 6 athletes instead of 2");
        assertEquals(small, athletePage(longer), "statements and rows with 400 days instead of 120");
        assertTrue(small.rows() > 0, "the statistics see the rows");
    }

    @Test
    void metricsApiReadsTheSameWhateverTheSquadAndTheHistory() {
        teams();
        Cost small = metricsApi(ReadCostTest.small);
        assertEquals(small, metricsApi(larger), "statements and rows with 6 athletes instead of 2");
        assertEquals(small, metricsApi(longer), "statements and rows with 400 days instead of 120");
        assertTrue(small.rows() > 0, "the statistics see the rows");
    }
}
