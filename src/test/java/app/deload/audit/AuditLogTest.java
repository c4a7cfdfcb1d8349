package app.deload.audit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuditLogTest {

    /** The newest record of the action for the actor, waiting up to 5 s (sign-ins are written on a worker). */
    static Optional<AuditRecord> awaitRecord(String action, String actor) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (true) {
            Optional<AuditRecord> found = QuarkusTransaction.requiringNew().call(() -> AuditRecord
                    .<AuditRecord>find("action = ?1 and actor = ?2 order by id desc", action, actor).firstResultOptional());
            if (found.isPresent() || Instant.now().isAfter(deadline)) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    @Test
    void successfulSignInIsRecorded() {
        String coach = Fixtures.user(Role.COACH);
        WebSession.signIn(coach);
        AuditRecord record = awaitRecord(AuditLog.SIGN_IN, coach).orElseThrow();
        assertEquals("user " + coach, record.subject);
    }

    @Test
    void refusedSignInIsRecordedWithTheUsernameAsTyped() {
        String coach = Fixtures.user(Role.COACH);
        WebSession.anonymous().attemptSignIn(coach.toUpperCase(), "not-the-password").then().statusCode(302);
        assertTrue(awaitRecord(AuditLog.SIGN_IN_FAILED, coach).isPresent());
        assertTrue(awaitRecord(AuditLog.SIGN_IN, coach).isEmpty(), "no success recorded");
    }

    @Test
    void adminActionsAreRecordedWithTheRouteAndIdsButNotTheValues() {
        String admin = Fixtures.user(Role.ADMIN);
        WebSession session = WebSession.signIn(admin);
        String created = Fixtures.unique("coach");
        session.post("/admin/users", Map.of("username", created, "displayName", "New Coach", "role", "coach",
                "password", "a-first-password-2026")).then().statusCode(303);
        AuditRecord record = awaitRecord(AuditLog.ADMIN, admin).orElseThrow();
        assertEquals("POST /admin/users", record.subject);
        assertTrue(record.detail == null || !record.detail.contains("a-first-password-2026"));
    }

    @Test
    void refusedAdminFormIsNotRecorded() {
        String admin = Fixtures.user(Role.ADMIN);
        WebSession.signIn(admin).post("/admin/users", Map.of("username", "", "displayName", "", "role", "coach",
                "password", "")).then().statusCode(400);
        assertTrue(awaitRecord(AuditLog.ADMIN, admin).isEmpty());
    }

    @Test
    void thresholdChangesAndExportsAreRecordedWithTheirTeam() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession coach = WebSession.signIn(squad.coach());
        Map<String, String> form = new HashMap<>();
        form.put("ratioSpike", "1.4");
        form.put("monotonyHigh", "");
        form.put("zWatch", "");
        form.put("zAlert", "");
        form.put("sleepRestrictionHours", "");
        form.put("shortSleepHours", "");
        form.put("defaultSwcPercent", "");
        form.put("activeRecoveryBasis", "PERCENT_HRMAX");
        coach.post("/teams/" + squad.teamId() + "/thresholds", form).then().statusCode(303);
        AuditRecord change = awaitRecord(AuditLog.THRESHOLDS_CHANGED, squad.coach()).orElseThrow();
        assertEquals(squad.teamId(), change.teamId);

        coach.get("/teams/" + squad.teamId() + "/export/wellness.csv?from=2026-01-01").then().statusCode(200);
        AuditRecord export = awaitRecord(AuditLog.EXPORT, squad.coach()).orElseThrow();
        assertEquals("GET /teams/{teamId}/export/wellness.csv teamId=" + squad.teamId(), export.subject);
        assertEquals("query from=2026-01-01", export.detail);
    }

    @Test
    void recordCarriesTheRequestIdAndItsLogLineToo() {
        Fixtures.Squad squad = Fixtures.squad();
        List<ExtLogRecord> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyMdc();
                    lines.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var logger = java.util.logging.Logger.getLogger(AuditLog.class.getName());
        logger.addHandler(capture);
        try {
            WebSession.signIn(squad.coach()).request().header("X-Request-Id", "audit-test-0042")
                    .get("/teams/" + squad.teamId() + "/export/sessions.csv").then().statusCode(200);
        } finally {
            logger.removeHandler(capture);
        }
        AuditRecord export = awaitRecord(AuditLog.EXPORT, squad.coach()).orElseThrow();
        assertEquals("audit-test-0042", export.requestId);
        assertTrue(lines.stream().anyMatch(l -> "audit-test-0042".equals(l.getMdc("requestId"))),
                "the audit log line names the request");
    }

    @Test
    void adminBrowsesAndFiltersTheLogInTheChosenZone() {
        String coach = Fixtures.user(Role.COACH);
        WebSession.signIn(coach);
        awaitRecord(AuditLog.SIGN_IN, coach).orElseThrow();
        WebSession admin = WebSession.signIn(Fixtures.user(Role.ADMIN));
        admin.get("/admin/audit?action=sign-in&user=" + coach + "&zone=Asia/Tokyo").then().statusCode(200)
                .body(containsString("Times in <strong>Asia/Tokyo</strong>"))
                .body(containsString("<td>" + coach + "</td>"));
        admin.get("/admin/audit?action=sign-in+failed&user=" + coach).then().statusCode(200)
                .body(containsString("No entries match."));
        admin.get("/admin/audit?user=" + coach + "&from=2000-01-01&to=2000-01-02").then().statusCode(200)
                .body(not(containsString("<td>" + coach + "</td>")));
        admin.get("/admin/audit?from=yesterday").then().statusCode(400)
                .body(containsString("Enter a date as YYYY-MM-DD.")).body(containsString("value=\"yesterday\""));
        admin.get("/admin/users").then().statusCode(200).body(containsString("href=\"/admin/audit\""));
    }

    @Test
    void onlyAdminsSeeTheLog() {
        WebSession.signIn(Fixtures.user(Role.COACH)).get("/admin/audit").then().statusCode(403);
        WebSession.signIn(Fixtures.user(Role.ATHLETE)).get("/admin/audit").then().statusCode(403);
    }

    @Test
    void routeActionsCoverAdminWritesPlansAndListedRoutesOnly() {
        assertEquals(Optional.of(AuditLog.ADMIN), AuditedRoutes.actionFor("POST", "/admin/teams/{id}/coaches"));
        assertEquals(Optional.empty(), AuditedRoutes.actionFor("GET", "/admin/teams/{id}"));
        assertEquals(Optional.of(AuditLog.PLAN_CHANGED), AuditedRoutes.actionFor("POST", "/teams/{teamId}/plan"));
        assertEquals(Optional.empty(), AuditedRoutes.actionFor("POST", "/me/wellness"));
        assertNull(AuditedRoutes.ACTIONS.get("GET /teams/{teamId}/signals"));
    }
}
