package app.deload.privacy;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.deload.account.Role;
import app.deload.account.User;
import app.deload.api.ApiToken;
import app.deload.athlete.Athlete;
import app.deload.athlete.Invitation;
import app.deload.audit.AuditLog;
import app.deload.audit.AuditRecord;
import app.deload.performance.Measurement;
import app.deload.performance.PerformanceResult;
import app.deload.performance.PerformanceTest;
import app.deload.signals.SignalAcknowledgement;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class DataRightsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    DataSource dataSource;

    @Inject
    Retention retention;

    @Inject
    ObjectMapper json;

    /** An athlete with a login and something of every kind: questionnaire, session with RPE, result, acknowledgement, token, consent. */
    record Full(Fixtures.Squad squad, String code, String name, String comment, String notes, String note,
            String token) {
    }

    static Full athleteWithEverything() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate today = LocalDate.now(BERLIN);
        String comment = Fixtures.unique("Knee felt tight");
        String notes = Fixtures.unique("Hill repeats");
        String note = Fixtures.unique("Talked after practice");
        String token = Fixtures.unique("watch sync");
        WebSession athlete = WebSession.signIn(squad.athlete());
        athlete.post("/me/wellness", Map.of("date", today.toString(), "fatigue", "4", "sleepQuality", "4", "soreness",
                "3", "stress", "5", "mood", "4", "sleepHours", "7.5", "comment", comment)).then().statusCode(303);
        athlete.post("/me/sessions", Map.of("date", today.minusDays(1).toString(), "startTime", "17:00", "type",
                "conditioning", "minutes", "60", "rpe", "6", "notes", notes)).then().statusCode(303);
        athlete.post("/account/tokens", Map.of("name", token, "expiry", "30")).then().statusCode(200);
        athlete.post("/account/reminders", Map.of("on", "yes", "email", squad.athlete() + "@club.test"))
                .then().statusCode(303);
        return QuarkusTransaction.requiringNew().call(() -> {
            Athlete a = Athlete.findById(squad.athleteId());
            PerformanceTest test = new PerformanceTest();
            test.team = Team.findById(squad.teamId());
            test.name = "CMJ";
            test.unit = "cm";
            test.higherIsBetter = true;
            test.persist();
            PerformanceResult.record(test, today.minusDays(2), List.of(new Measurement(a.id, 41.5)));
            SignalAcknowledgement.record(a, today.minusDays(1), "WATCH", "watch: wellness", note);
            AthleteConsent.give(a, ConsentNotice.CURRENT, Instant.now());
            Invitation.issue(a, Instant.now().plus(1, ChronoUnit.DAYS));
            return new Full(squad, a.code, a.name, comment, notes, note, token);
        });
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void athleteDownloadsEverythingAboutThemAsJsonAndCsvInOneZip() throws IOException {
        Full full = athleteWithEverything();
        WebSession athlete = WebSession.signIn(full.squad().athlete());
        athlete.get("/me/data").then().statusCode(200).body(containsString("Download all my data"))
                .body(containsString("You agreed to this notice on"));
        var response = athlete.get("/me/data/download.zip");
        response.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("attachment"));
        Map<String, String> files = unzip(response.asByteArray());
        assertEquals(java.util.Set.of("data.json", "README.txt", "profile.csv", "consent.csv", "wellness.csv",
                "sessions.csv", "results.csv", "acknowledgements.csv", "signals.csv", "reminders.csv"), files.keySet());

        JsonNode data = json.readTree(files.get("data.json"));
        assertEquals(full.code(), data.get("profile").get(0).get("code").asText());
        assertEquals(full.squad().athlete(), data.get("profile").get(0).get("username").asText());
        assertEquals(full.comment(), data.get("wellness").get(0).get("comment").asText());
        assertEquals(4, data.get("wellness").get(0).get("fatigue").asInt());
        assertEquals(6, data.get("sessions").get(0).get("rpe").asInt());
        assertEquals("CMJ", data.get("results").get(0).get("test").asText());
        assertEquals(41.5, data.get("results").get(0).get("measured").asDouble());
        assertEquals(full.note(), data.get("acknowledgements").get(0).get("note").asText());
        assertEquals(full.squad().athlete() + "@club.test", data.get("reminders").get(0).get("email").asText());
        assertEquals(ConsentNotice.CURRENT.version(), data.get("consent").get(0).get("notice_version").asText());
        assertTrue(data.get("signals").size() >= 2, "a signal row per day from the first entry to today");

        assertTrue(files.get("wellness.csv").startsWith("entry_date,fatigue,sleep_quality,soreness,stress,mood"));
        assertTrue(files.get("wellness.csv").contains(full.comment()));
        assertTrue(files.get("sessions.csv").contains("CONDITIONING"));
        assertTrue(files.get("signals.csv").startsWith("date,level,domains,summary"));
        assertTrue(files.get("README.txt").contains("wellness.csv: "));
        assertTrue(AuditLogRecords.any(AuditLog.EXPORT, full.squad().athlete()));
    }

    @Test
    void onlyTheAthleteThemselfDownloads() {
        WebSession.signIn(Fixtures.user(Role.COACH)).get("/me/data/download.zip").then().statusCode(403);
        WebSession.signIn(Fixtures.user(Role.ADMIN)).get("/me/data/download.zip").then().statusCode(403);
    }

    @Test
    void adminErasesAnAthleteAfterTypingTheCodeLeavingOnlyTheAuditRecord() throws SQLException {
        Full full = athleteWithEverything();
        WebSession.signIn(full.squad().athlete());
        String admin = Fixtures.user(Role.ADMIN);
        WebSession session = WebSession.signIn(admin);
        long athleteId = full.squad().athleteId();
        String username = full.squad().athlete();

        session.get("/admin/privacy").then().statusCode(200).body(containsString(full.name()))
                .body(containsString("/admin/athletes/" + athleteId + "/erase"));
        session.get("/admin/athletes/" + athleteId + "/erase").then().statusCode(200)
                .body(containsString("1 questionnaires")).body(containsString("Type the athlete&#39;s code to confirm"));
        session.post("/admin/athletes/" + athleteId + "/erase", Map.of("code", "WRONG")).then().statusCode(400)
                .body(containsString("to confirm. Nothing was erased.")).body(containsString("value=\"WRONG\""));
        assertTrue(textFoundAnywhere(full.code()), "nothing erased after a wrong code");

        session.post("/admin/athletes/" + athleteId + "/erase", Map.of("code", full.code().toLowerCase()))
                .then().statusCode(303).header("Location", containsString("/admin/privacy"));

        for (String value : List.of(full.code(), full.name(), username, full.comment(), full.notes(), full.note(),
                full.token(), username + "@club.test")) {
            assertFalse(textFoundAnywhere(value), "'" + value + "' is still stored in " + whereFound(value));
        }
        assertEquals(0, rowsReferencing("athlete_id", athleteId), "no row references the athlete");
        long userId = QuarkusTransaction.requiringNew().call(() -> User.count("username", username));
        assertEquals(0, userId);
        AuditRecord erasure = QuarkusTransaction.requiringNew().call(() -> AuditRecord
                .<AuditRecord>find("action = ?1 and subject = ?2", AuditLog.ERASURE, "athlete #" + athleteId)
                .singleResult());
        assertEquals(admin, erasure.actor);
        assertTrue(erasure.detail.contains("wellness_entry 1"), erasure.detail);
        session.get("/admin/athletes/" + athleteId + "/erase").then().statusCode(404);
        WebSession.anonymous().attemptSignIn(username, Fixtures.PASSWORD).then().header("Location",
                containsString("error"));
    }

    @Test
    void retentionErasesAthletesDeactivatedLongerThanThePeriodOnly() {
        Fixtures.Squad squad = Fixtures.squad();
        long stayed = Fixtures.athlete(squad.teamId(), null);
        long leftLongAgo = Fixtures.athlete(squad.teamId(), null);
        long leftRecently = Fixtures.athlete(squad.teamId(), null);
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete.getEntityManager().createNativeQuery("update athlete set active = false, updated_at = ?1 where id = ?2")
                    .setParameter(1, Instant.now().minus(400, ChronoUnit.DAYS)).setParameter(2, leftLongAgo)
                    .executeUpdate();
            Athlete.getEntityManager().createNativeQuery("update athlete set active = false, updated_at = ?1 where id = ?2")
                    .setParameter(1, Instant.now().minus(30, ChronoUnit.DAYS)).setParameter(2, leftRecently)
                    .executeUpdate();
        });
        assertTrue(retention.eraseExpired(Instant.now()) >= 1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(Athlete.findByIdOptional(stayed).isPresent());
            assertTrue(Athlete.findByIdOptional(leftRecently).isPresent());
            assertTrue(Athlete.findByIdOptional(leftLongAgo).isEmpty());
        });
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditRecord.count("action = ?1 and subject = ?2",
                AuditLog.ERASURE, "athlete #" + leftLongAgo)) == 1);
    }

    @Test
    void invitationShowsThePurposeAndRecordsTheConsent() {
        Fixtures.Squad squad = Fixtures.squad();
        long athleteId = Fixtures.athlete(squad.teamId(), null);
        String token = QuarkusTransaction.requiringNew().call(() -> Invitation.issue(Athlete.findById(athleteId),
                Instant.now().plus(1, ChronoUnit.DAYS)));
        String path = "/invite/" + token;
        WebSession invited = WebSession.anonymous();
        invited.get(path).then().statusCode(200).body(containsString(ConsentNotice.CURRENT.purpose()))
                .body(containsString("I agree that my club processes my data for this purpose."));
        String username = Fixtures.unique("consenting");
        invited.post(path, Map.of("username", username, "password", Fixtures.PASSWORD, "confirmPassword",
                Fixtures.PASSWORD)).then().statusCode(400)
                .body(containsString("Agree to the processing of your data to create your login."))
                .body(containsString("value=\"" + username + "\""));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AthleteConsent.findFor(Athlete.findById(athleteId)))
                .isEmpty());
        invited.post(path, Map.of("username", username, "password", Fixtures.PASSWORD, "confirmPassword",
                Fixtures.PASSWORD, "consent", "yes")).then().statusCode(303);
        AthleteConsent consent = QuarkusTransaction.requiringNew().call(() -> AthleteConsent
                .findFor(Athlete.findById(athleteId)).orElseThrow());
        assertEquals(ConsentNotice.CURRENT.version(), consent.noticeVersion);
        assertTrue(AuditLogRecords.any(AuditLog.CONSENT, username));
        WebSession.signIn(username).get("/me/data").then().statusCode(200)
                .body(containsString("You agreed to this notice on"));
    }

    static final class AuditLogRecords {
        static boolean any(String action, String actor) {
            return QuarkusTransaction.requiringNew().call(() -> AuditRecord.count("action = ?1 and actor = ?2",
                    action, actor)) > 0;
        }
    }

    /** Whether any character column of any table holds the text (ignoring case). */
    boolean textFoundAnywhere(String text) throws SQLException {
        return !whereFound(text).isEmpty();
    }

    List<String> whereFound(String text) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getColumns(null, c.getSchema(), null, null)) {
                while (r.next()) {
                    String type = r.getString("TYPE_NAME").toUpperCase();
                    if (type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB")) {
                        columns.add(new String[] { r.getString("TABLE_NAME"), r.getString("COLUMN_NAME") });
                    }
                }
            }
            // A like finds candidates; the pattern then refuses longer ids that merely contain the value (abc-1 in abc-12).
            java.util.regex.Pattern whole = java.util.regex.Pattern.compile(
                    "(?i)(?<![0-9])" + java.util.regex.Pattern.quote(text) + "(?![0-9])");
            for (String[] col : columns) {
                String sql = "select \"" + col[1] + "\" from \"" + col[0] + "\" where lower(\"" + col[1] + "\") like '%"
                        + text.toLowerCase().replace("'", "''") + "%'";
                try (ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        if (whole.matcher(r.getString(1)).find()) {
                            found.add(col[0] + "." + col[1]);
                            break;
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Rows in any table with the column holding the value. */
    long rowsReferencing(String column, long value) throws SQLException {
        long total = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = c.getMetaData().getColumns(null, c.getSchema(), null, null)) {
                while (r.next()) {
                    if (r.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                        tables.add(r.getString("TABLE_NAME"));
                    }
                }
            }
            assertTrue(tables.size() >= 5, "found the tables with " + column + ": " + tables);
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("select count(*) from \"" + table + "\" where " + column + " = " + value)) {
                    r.next();
                    total += r.getLong(1);
                }
            }
        }
        return total;
    }
}
