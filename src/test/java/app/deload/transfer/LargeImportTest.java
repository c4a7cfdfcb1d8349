package app.deload.transfer;

import static app.deload.transfer.Transfers.SESSIONS_HEADER;
import static app.deload.transfer.Transfers.WELLNESS_HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

/**
 * Files of 10,000 rows go through upload, preview and confirmation with a number of statements that does not grow
 * per row (reads: a fixed handful of queries; writes: JDBC batches of 100). Timing is logged, never asserted: the
 * machine running the tests decides it.
 */
@QuarkusTest
class LargeImportTest {

    private static final Logger LOG = Logger.getLogger(LargeImportTest.class);
    private static final int ATHLETES = 20;
    private static final int DAYS = 500;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void tenThousandWellnessRowsImportWithBatchedStatements() {
        Transfers.Squad squad = Transfers.squad(ATHLETES);
        WebSession coach = WebSession.signIn(squad.coach());
        StringBuilder csv = new StringBuilder(WELLNESS_HEADER + "\n");
        LocalDate first = Transfers.today().minusDays(DAYS);
        for (int d = 0; d < DAYS; d++) {
            for (int a = 0; a < ATHLETES; a++) {
                csv.append(squad.codes().get(a)).append(',').append(first.plusDays(d)).append(',')
                        .append(1 + (a + d) % 5).append(",4,3,").append(1 + d % 5).append(",4,")
                        .append(6 + (d % 9) * 0.25).append(',').append(45 + a).append(",62.5,calves,\n");
            }
        }
        Timings timings = importTimed(coach, squad.teamId(), "wellness", csv.toString(), "10000</strong> wellness entries created");
        assertEquals(ATHLETES * DAYS, Transfers.wellnessOf(squad.teamId()));
        LOG.infof("10,000 wellness rows: %s", timings);

        Timings again = importTimed(coach, squad.teamId(), "wellness", csv.toString(), "10000</strong> rows equal to the stored entry");
        assertEquals(ATHLETES * DAYS, Transfers.wellnessOf(squad.teamId()), "a re-import adds nothing");
        LOG.infof("the same 10,000 wellness rows again (all unchanged): %s", again);
    }

    @Test
    void tenThousandSessionRowsImportWithBatchedStatements() {
        Transfers.Squad squad = Transfers.squad(ATHLETES);
        WebSession coach = WebSession.signIn(squad.coach());
        StringBuilder csv = new StringBuilder(SESSIONS_HEADER + "\n");
        LocalDate first = Transfers.today().minusDays(DAYS);
        for (int d = 0; d < DAYS; d++) {
            for (int a = 0; a < ATHLETES; a++) {
                csv.append(squad.codes().get(a)).append(',').append(first.plusDays(d)).append(",17:30,")
                        .append(d % 2 == 0 ? "conditioning" : "strength").append(',').append(a == 0 ? 45 : 75)
                        .append(',').append(a == 1 ? "" : String.valueOf(1 + (a + d) % 10)).append(",Day ")
                        .append(d).append('\n');
            }
        }
        Timings timings = importTimed(coach, squad.teamId(), "sessions", csv.toString(), "500</strong> sessions created");
        assertEquals(DAYS, Transfers.sessionsOf(squad.teamId()));
        assertEquals(ATHLETES * DAYS, Transfers.attendanceOf(squad.teamId()));
        LOG.infof("10,000 session rows (500 team sessions): %s", timings);
    }

    record Timings(long uploadMillis, long previewMillis, long confirmMillis, long confirmStatements) {
        @Override
        public String toString() {
            return "upload and check " + uploadMillis + " ms, preview " + previewMillis + " ms, confirm "
                    + confirmMillis + " ms (" + confirmStatements + " JDBC statements)";
        }
    }

    private Timings importTimed(WebSession coach, long teamId, String kind, String csv, String expected) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long start = System.nanoTime();
        String preview = Transfers.previewOf(coach, teamId, kind, csv);
        long uploaded = System.nanoTime();
        String page = coach.get(preview).then().statusCode(200).extract().asString();
        long previewed = System.nanoTime();
        assertTrue(page.contains(expected), page.substring(0, Math.min(page.length(), 4000)));
        String checksum = Transfers.checksumOn(page);
        statistics.clear();
        long confirmStart = System.nanoTime();
        Response done = Transfers.confirm(coach, preview, checksum);
        long confirmed = System.nanoTime();
        long statements = statistics.getPrepareStatementCount();
        assertEquals(303, done.statusCode(), done::asString);
        assertTrue(statements < 1000, "statements do not grow per row: " + statements);
        return new Timings(millis(start, uploaded), millis(uploaded, previewed), millis(confirmStart, confirmed),
                statements);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

}
