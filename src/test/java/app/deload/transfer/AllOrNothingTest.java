package app.deload.transfer;

import static app.deload.transfer.Transfers.SESSIONS_HEADER;
import static app.deload.transfer.Transfers.WELLNESS_HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import app.deload.athlete.Athlete;
import app.deload.support.ExpectedServerErrors;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A confirmation writes the whole file or nothing. The database is made to refuse the LAST row of a file, after
 * every other row has been sent to it, and nothing of the file stays; the import still waits and goes through
 * once the obstacle is gone. The guard constraints exist only during these tests.
 */
@QuarkusTest
@ExpectedServerErrors({ "CK_TEST_NO_599_MINUTES", "ck_test_no_599_minutes", "CK_TEST_NO_POISON", "ck_test_no_poison",
        "Batch entry", "batch entry" })
class AllOrNothingTest {

    @Test
    void aSessionsImportWhoseLastRowTheDatabaseRefusesWritesNothing() {
        Transfers.Squad squad = Transfers.squad(10);
        WebSession coach = WebSession.signIn(squad.coach());
        StringBuilder csv = new StringBuilder(SESSIONS_HEADER + "\n");
        for (int d = 20; d >= 1; d--) {
            for (String code : squad.codes()) {
                boolean last = d == 1 && code.equals(squad.codes().get(squad.codes().size() - 1));
                csv.append(code).append(',').append(Transfers.today().minusDays(d)).append(",17:00,conditioning,")
                        .append(last ? "599" : "60").append(",6,Tempo\n");
            }
        }
        String preview = Transfers.previewOf(coach, squad.teamId(), "sessions", csv.toString());
        String checksum = Transfers.checksumOn(coach.get(preview).asString());
        withConstraint("session_attendance", "ck_test_no_599_minutes", "minutes IS NULL OR minutes <> 599", () ->
                Transfers.confirm(coach, preview, checksum).then().statusCode(409)
                        .body(containsString("nothing from the file was written")));
        assertEquals(0, Transfers.sessionsOf(squad.teamId()), "the 20 sessions sent before the failure are gone");
        assertEquals(0, Transfers.attendanceOf(squad.teamId()));
        assertEquals(1, Transfers.pendingOf(squad.teamId()), "the import still waits");

        Transfers.confirm(coach, preview, checksum).then().statusCode(303);
        assertEquals(20, Transfers.sessionsOf(squad.teamId()));
        assertEquals(200, Transfers.attendanceOf(squad.teamId()));
        assertEquals(0, Transfers.pendingOf(squad.teamId()));
    }

    @Test
    void aWellnessImportWhoseLastRowTheDatabaseRefusesWritesNothing() {
        Transfers.Squad squad = Transfers.squad(10);
        WebSession coach = WebSession.signIn(squad.coach());
        String poison = Fixtures.unique("poison");
        StringBuilder csv = new StringBuilder(WELLNESS_HEADER + "\n");
        for (int d = 30; d >= 1; d--) {
            for (String code : squad.codes()) {
                boolean last = d == 1 && code.equals(squad.codes().get(squad.codes().size() - 1));
                csv.append(code).append(',').append(Transfers.today().minusDays(d)).append(",4,4,3,5,4,7.5,52,61.4,,")
                        .append(last ? poison : "").append('\n');
            }
        }
        // One existing entry is updated by the file: the update must be rolled back too.
        LocalDate updated = Transfers.today().minusDays(30);
        QuarkusTransaction.requiringNew().run(() -> WellnessEntry.upsert(
                Athlete.findById(squad.athleteIds().get(0)), updated,
                new WellnessValues(1, 1, 1, 1, 1, 4, null, null, null, null)));
        String preview = Transfers.previewOf(coach, squad.teamId(), "wellness", csv.toString());
        String checksum = Transfers.checksumOn(coach.get(preview).asString());
        withConstraint("wellness_entry", "ck_test_no_poison", "comment IS NULL OR comment <> '" + poison + "'", () ->
                Transfers.confirm(coach, preview, checksum).then().statusCode(409));
        assertEquals(1, Transfers.wellnessOf(squad.teamId()));
        int fatigue = QuarkusTransaction.requiringNew().call(() -> WellnessEntry
                .findFor(Athlete.findById(squad.athleteIds().get(0)), updated).orElseThrow().fatigue);
        assertEquals(1, fatigue, "the update of the existing entry was rolled back with the rest");

        Transfers.confirm(coach, preview, checksum).then().statusCode(303);
        assertEquals(300, Transfers.wellnessOf(squad.teamId()));
    }

    @Test
    void anAthleteWhoLeftTheTeamBetweenPreviewAndConfirmationStopsTheWholeImport() {
        Transfers.Squad squad = Transfers.squad(3);
        WebSession coach = WebSession.signIn(squad.coach());
        LocalDate day = Transfers.today().minusDays(1);
        String csv = SESSIONS_HEADER + "\n"
                + squad.codes().get(0) + "," + day + ",17:00,skill,60,5,\n"
                + squad.codes().get(1) + "," + day + ",17:00,skill,60,5,\n"
                + squad.codes().get(2) + "," + day + ",17:00,skill,60,5,\n";
        String preview = Transfers.previewOf(coach, squad.teamId(), "sessions", csv);
        String checksum = Transfers.checksumOn(coach.get(preview).asString());
        long otherTeam = Fixtures.team(null);
        QuarkusTransaction.requiringNew().run(() -> Athlete.<Athlete>findById(squad.athleteIds().get(2)).team =
                Team.findById(otherTeam));
        Transfers.confirm(coach, preview, checksum).then().statusCode(409)
                .body(containsString("The team&#39;s data changed since the preview, so nothing was imported."),
                        containsString("<td class=\"num\">4</td><td>athlete_code “" + squad.codes().get(2)));
        assertEquals(0, Transfers.sessionsOf(squad.teamId()));
        assertEquals(0, Transfers.attendanceOf(squad.teamId()));
        coach.get(preview).then().statusCode(409).body(containsString("Discard this import"));
    }

    /** Runs {@code action} while a CHECK constraint guards the table; H2 and PostgreSQL both accept this DDL. */
    private static void withConstraint(String table, String name, String check, Runnable action) {
        QuarkusTransaction.requiringNew().run(() -> Team.getEntityManager().createNativeQuery("ALTER TABLE " + table
                + " ADD CONSTRAINT " + name + " CHECK (" + check + ")").executeUpdate());
        try {
            action.run();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Team.getEntityManager().createNativeQuery("ALTER TABLE "
                    + table + " DROP CONSTRAINT " + name).executeUpdate());
        }
    }
}
