package app.deload.backup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.audit.AuditLog;
import app.deload.audit.AuditRecord;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class BackupRestoreTest {

    @Inject
    Backups backups;

    @Inject
    DataSource dataSource;

    static Map<String, Object> answers(LocalDate date, String comment) {
        return Map.of("date", date.toString(), "fatigue", "4", "sleepQuality", "4", "soreness", "3", "stress", "5",
                "mood", "4", "sleepHours", "7.5", "comment", comment);
    }

    /** Backs up through the admin page and returns the new file's name, as the flash message names it. */
    static String backUpThroughThePage(WebSession admin) {
        String location = admin.post("/admin/backups").then().statusCode(303).extract().header("Location");
        String page = admin.get(location).then().statusCode(200).extract().asString();
        Matcher written = Pattern.compile("Backup written: (deload-[0-9-]+\\.(sql\\.gz|dump))\\.").matcher(page);
        assertTrue(written.find(), "the flash names the backup");
        return written.group(1);
    }

    @Test
    void backUpWipeRestoreShowsTheSameDataOnThePages() throws Exception {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        WebSession.signIn(squad.athlete()).post("/me/wellness", answers(today, "Before the backup"))
                .then().statusCode(303);
        String history = "/athletes/" + squad.athleteId() + "/wellness";
        String before = WebSession.signIn(squad.coach()).get(history).then().statusCode(200)
                .body(containsString("Before the backup")).extract().asString();

        WebSession admin = WebSession.signIn(Fixtures.user(Role.ADMIN));
        String name = backUpThroughThePage(admin);
        admin.get("/admin/backups").then().statusCode(200).body(containsString(name));

        wipe();
        assertEquals(0, tables(), "the database is empty");
        backups.restore(name);

        String after = WebSession.signIn(squad.coach()).get(history).then().statusCode(200).extract().asString();
        assertEquals(withoutCsrf(before), withoutCsrf(after));
        WebSession.signIn(squad.athlete()).get("/me/wellness").then().statusCode(200)
                .body(containsString("Saved for"));
    }

    @Test
    void restoreThroughThePageNeedsTheConfirmationAndBringsBackTheBackedUpState() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        WebSession athlete = WebSession.signIn(squad.athlete());
        athlete.post("/me/wellness", answers(today, "Kept by the backup")).then().statusCode(303);
        String admin = Fixtures.user(Role.ADMIN);
        WebSession session = WebSession.signIn(admin);
        String name = backUpThroughThePage(session);
        athlete.post("/me/wellness", answers(today, "Written after the backup")).then().statusCode(303);

        session.post("/admin/backups/restore", Map.of("name", name, "confirm", "restore please")).then()
                .statusCode(400).body(containsString("Type RESTORE to confirm. Nothing was restored."));
        session.post("/admin/backups/restore", Map.of("name", "../../etc/passwd", "confirm", "RESTORE")).then()
                .statusCode(400).body(containsString("Choose a backup from the list."));
        String history = "/athletes/" + squad.athleteId() + "/wellness";
        WebSession.signIn(squad.coach()).get(history).then().body(containsString("Written after the backup"));

        session.post("/admin/backups/restore", Map.of("name", name, "confirm", "RESTORE")).then().statusCode(303);
        WebSession.signIn(squad.coach()).get(history).then().statusCode(200)
                .body(containsString("Kept by the backup")).body(not(containsString("Written after the backup")));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditRecord.count("action = ?1 and subject = ?2",
                AuditLog.BACKUP, "restored " + name)) == 1);
    }

    @Test
    void onlyAdminsSeeBackups() {
        WebSession.signIn(Fixtures.user(Role.COACH)).get("/admin/backups").then().statusCode(403);
        WebSession.signIn(Fixtures.user(Role.ADMIN)).get("/admin/backups").then().statusCode(200)
                .body(containsString(backups.postgresql() ? "pg_dump --format=custom" : "org.h2.tools.Script -url"));
    }

    private void wipe() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (backups.postgresql()) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            } else {
                s.execute("DROP ALL OBJECTS");
            }
        }
    }

    private long tables() throws SQLException {
        long count = 0;
        try (Connection c = dataSource.getConnection();
                ResultSet r = c.getMetaData().getTables(null, c.getSchema(), null, new String[] { "TABLE" })) {
            while (r.next()) {
                count++;
            }
        }
        return count;
    }

    private static String withoutCsrf(String page) {
        return page.replaceAll("name=\"csrf-token\" value=\"[^\"]*\"", "");
    }
}
