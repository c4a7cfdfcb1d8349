package app.deload.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class ObservabilityTest {

    static final String SCRAPER_TOKEN = "test-metrics-token-0123456789abcdef";

    @Inject
    SignalGauges gauges;

    static String metricsAsAdmin() {
        return WebSession.signIn(Fixtures.user(Role.ADMIN)).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void anonymousVisitorIsSentToSignInNotShownMetrics() {
        given().redirects().follow(false).get("/q/metrics").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void athletesAndCoachesAreRefusedMetrics() {
        WebSession.signIn(Fixtures.user(Role.ATHLETE)).get("/q/metrics").then().statusCode(403);
        WebSession.signIn(Fixtures.user(Role.COACH)).get("/q/metrics").then().statusCode(403);
    }

    @Test
    void scraperWithTheConfiguredTokenReadsMetricsAndAWrongTokenDoesNot() {
        given().header("Authorization", "Bearer " + SCRAPER_TOKEN).get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        given().redirects().follow(false).header("Authorization", "Bearer " + SCRAPER_TOKEN + "x").get("/q/metrics")
                .then().statusCode(not(equalTo(200)));
        given().redirects().follow(false).header("Authorization", "Basic " + SCRAPER_TOKEN).get("/q/metrics")
                .then().statusCode(not(equalTo(200)));
    }

    @Test
    void adminSeesRouteTimingsPoolAndJvm() {
        Fixtures.Squad squad = Fixtures.squad();
        WebSession.signIn(squad.coach()).get("/teams/" + squad.teamId() + "/signals").then().statusCode(200);
        String metrics = metricsAsAdmin();
        // Timings are per route template, not per id, so the series stay few.
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("http_server_requests_seconds_count")
                && metrics.contains("uri=\"/teams/{teamId}/signals\""), "per-route timings");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("agroal_active_count"), "connection pool");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("jvm_threads_live_threads"), "JVM");
    }

    @Test
    void savingAQuestionnaireCountsOneOnThePageCounter() {
        Fixtures.Squad squad = Fixtures.squad();
        double before = counter(metricsAsAdmin(), "deload_questionnaires_saved_total", "via=\"page\"");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        WebSession.signIn(squad.athlete()).post("/me/wellness", Map.of("date", today.toString(), "fatigue", "4",
                "sleepQuality", "4", "soreness", "3", "stress", "5", "mood", "4", "sleepHours", "7.5"))
                .then().statusCode(303);
        assertEquals(before + 1, counter(metricsAsAdmin(), "deload_questionnaires_saved_total", "via=\"page\""));
    }

    @Test
    void signalGaugesCountActiveAthletesPerLevel() {
        Fixtures.squad();
        gauges.refresh();
        String metrics = metricsAsAdmin();
        org.junit.jupiter.api.Assertions.assertTrue(counter(metrics, "deload_signals_athletes", "level=\"none\"") >= 1);
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("deload_signals_athletes{level=\"watch\"}"));
    }

    @Test
    void healthLivenessAndReadinessStayOpenAndCheckTheDatabase() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body(containsString("Database connections health check"));
    }

    @Test
    void everyResponseCarriesARequestIdAndAProxysIdIsKept() {
        given().get("/login").then().header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"));
        given().header(RequestIds.HEADER, "nginx-4f2a9c31").get("/login").then()
                .header(RequestIds.HEADER, "nginx-4f2a9c31");
        given().header(RequestIds.HEADER, "bad id\"<script>").get("/login").then()
                .header(RequestIds.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }

    /** The value of one series of a counter or gauge in Prometheus text, 0 when it is not there yet. */
    static double counter(String metrics, String name, String label) {
        Matcher m = Pattern.compile("^" + name + "\\{[^}]*" + Pattern.quote(label) + "[^}]*\\} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
