package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.deload.support.ApiTokens;
import app.deload.support.Fixtures;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An athlete opens My week on a 390 px phone: the deload week's reason, a rest day and active recovery with the band. */
@QuarkusTest
class AthleteWeekPhoneTest extends BrowserTest {

    @Test
    void athleteSeesTheActiveRecoveryDayWithItsBandOnAPhone() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Berlin")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String token = ApiTokens.issue(squad.coach());
        ApiTokens.as(token).contentType("application/json").body(Map.of("start", monday.toString(), "weeks", 8,
                "pattern", "3:1", "firstWeekLoad", 2000, "progressionPercent", 5, "deloadReduction", 0.5))
                .post("/api/v1/teams/" + squad.teamId() + "/plans").then().statusCode(201);
        ApiTokens.as(token).contentType("application/json").queryParam("preview", "false")
                .post("/api/v1/teams/" + squad.teamId() + "/plan/generate").then().statusCode(201);

        Page phone = phone().newPage();
        signIn(phone, squad.athlete(), Fixtures.PASSWORD);
        link(mainNavigation(phone), "My week").tap();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My week"))).isVisible();
        phone.navigate("/me/week?week=" + monday.plusWeeks(3));
        assertThat(phone.locator(".week-reason")).hasText("deload week: same intensity, less volume");
        assertThat(phone.locator(".day-rest").first()).containsText("Rest day");
        assertThat(phone.locator(".day-active-recovery").first()).containsText("Active-recovery day");
        assertThat(phone.locator(".day-active-recovery .band").first())
                .containsText(Pattern.compile("\\d+–\\d+ bpm"));
        screenshot(phone, "athlete-week-390");
        assertNoOverflow(phone, 390);
        assertTapTargets(phone);
        assertAccessible(phone);
        phone.setViewportSize(320, 700);
        assertNoOverflow(phone, 320);
    }
}
