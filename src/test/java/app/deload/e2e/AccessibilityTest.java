package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.dashboard.AthleteChartsPageTest;
import app.deload.performance.Measurement;
import app.deload.performance.PerformanceResult;
import app.deload.performance.PerformanceTest;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * axe-core finds no serious or critical WCAG 2.1 AA violation on the pages used most, and no page of any kind
 * scrolls sideways on a 320 px phone.
 */
@QuarkusTest
class AccessibilityTest extends BrowserTest {

    @Test
    void loginPage() {
        Page page = phone().newPage();
        page.navigate("/login");
        assertAccessible(page);
    }

    @Test
    void rosterProfileAndAthleteFormOfACoach() {
        Fixtures.Squad squad = Fixtures.squad();
        Page page = desktop().newPage();
        signIn(page, squad.coach(), Fixtures.PASSWORD);

        page.navigate("/teams/" + squad.teamId());
        assertThat(page.getByRole(AriaRole.TABLE)).isVisible();
        assertAccessible(page);

        page.navigate("/athletes/" + squad.athleteId());
        assertThat(page.locator("dl.facts")).isVisible();
        assertAccessible(page);

        page.navigate("/teams/" + squad.teamId() + "/athletes/new");
        assertAccessible(page);
        button(page, "Add athlete").click();
        assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
        assertAccessible(page);
    }

    /**
     * Every kind of page a coach, an admin and an athlete open, with data in it (a squad with history, a team
     * session, a performance test with a result), at 320 px: the document is no wider than the viewport, navigation
     * and action links are 44 px tall and axe finds nothing. All offenders are listed at once.
     */
    @Test
    void noPageScrollsSidewaysOnA320PxPhone() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        Fixtures.Squad squad = AthleteChartsPageTest.athleteWithHistory(today);
        long team = squad.teamId();
        long athlete = squad.athleteId();
        long session = teamSessionTwoHoursAgo(squad);
        long test = performanceTestWithAResult(squad, today);
        String admin = Fixtures.user(Role.ADMIN);

        List<String> problems = new ArrayList<>();
        visitAt320(squad.coach(), problems, "/today", "/teams", "/teams/" + team, "/teams/" + team + "/signals",
                "/teams/" + team + "/signals?sort=ratio&show=alerts", "/teams/" + team + "/trends",
                "/teams/" + team + "/today", "/teams/" + team + "/proposals", "/teams/" + team + "/sessions",
                "/teams/" + team + "/sessions/new", "/teams/" + team + "/plan", "/teams/" + team + "/calendar",
                "/teams/" + team + "/compliance", "/teams/" + team + "/tests", "/teams/" + team + "/import",
                "/teams/" + team + "/thresholds", "/teams/" + team + "/reminders", "/teams/" + team + "/athletes/new",
                "/athletes/" + athlete, "/athletes/" + athlete + "/metrics", "/athletes/" + athlete + "/charts",
                "/athletes/" + athlete + "/wellness", "/athletes/" + athlete + "/tests",
                "/athletes/" + athlete + "/sessions", "/athletes/" + athlete + "/calendar", "/sessions/" + session,
                "/sessions/" + session + "/edit", "/sessions/" + session + "/close", "/tests/" + test + "/results",
                "/tests/" + test + "/edit", "/methods", "/account", "/account/tokens", "/account/reminders",
                "/teams/" + team + "/calendar/week", "/teams/" + team + "/template", "/teams/" + team + "/plan/generate",
                "/athletes/" + athlete + "/template", "/athletes/" + athlete + "/week");
        visitAt320(admin, problems, "/admin/users", "/admin/users/new", "/admin/teams", "/admin/teams/new",
                "/admin/teams/" + team, "/admin/privacy", "/admin/audit", "/admin/backups");
        visitAt320(squad.athlete(), problems, "/me", "/me/week", "/me/sessions", "/me/sessions/new", "/me/wellness",
                "/me/tests", "/me/data", "/athletes/" + athlete + "/charts");
        assertEquals(List.of(), problems);
    }

    private void visitAt320(String username, List<String> problems, String... paths) {
        Page page = phone().newPage();
        page.setViewportSize(320, 700);
        signIn(page, username, Fixtures.PASSWORD);
        for (String path : paths) {
            Response response = page.navigate(path);
            if (response == null || response.status() >= 400) {
                problems.add(path + " answered " + (response == null ? "nothing" : response.status()));
                continue;
            }
            try {
                assertNoOverflow(page, 320);
                assertTapTargets(page);
                assertAccessible(page);
            } catch (AssertionError e) {
                problems.add(path + ": " + e.getMessage());
            }
        }
    }

    private static long teamSessionTwoHoursAgo(Fixtures.Squad squad) {
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Berlin")).minusHours(2)
                .truncatedTo(ChronoUnit.MINUTES);
        var response = WebSession.signIn(squad.coach()).post("/teams/" + squad.teamId() + "/sessions",
                Map.of("date", start.toLocalDate().toString(), "startTime", start.toLocalTime().toString(), "type",
                        "conditioning", "plannedMinutes", "60", "plannedRpe", "5", "notes", "Intervals 6 × 4 min",
                        "audience", "team"));
        assertEquals(303, response.statusCode(), response::asString);
        String location = response.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static long performanceTestWithAResult(Fixtures.Squad squad, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PerformanceTest test = new PerformanceTest();
            test.team = Team.findById(squad.teamId());
            test.name = "Countermovement jump";
            test.unit = "cm";
            test.higherIsBetter = true;
            test.persist();
            Athlete athlete = Athlete.findById(squad.athleteId());
            PerformanceResult.record(test, today.minusDays(7), List.of(new Measurement(athlete.id, 41.5)));
            PerformanceResult.record(test, today, List.of(new Measurement(athlete.id, 38.0)));
            return test.id;
        });
    }
}
