package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.deload.support.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A coach lays out a 3:1 plan and finds its deload week on the team's calendar, labelled in words. */
@QuarkusTest
class PlanCalendarJourneyTest extends BrowserTest {

    @Test
    void coachCreatesAPlanAndSeesTheDeloadWeeksOnTheCalendar() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate thisMonday = LocalDate.now(ZoneId.of("Europe/Berlin")).with(DayOfWeek.MONDAY);
        Page page = desktop().newPage();
        signIn(page, squad.coach(), Fixtures.PASSWORD);

        link(mainNavigation(page), "Teams").click();
        page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).first().click();
        link(page.locator("main"), "Plan").click();
        assertThat(page.locator("main")).containsText("No active plan");

        page.getByLabel("First Monday").fill(thisMonday.minusWeeks(3).toString());
        page.getByLabel("Number of weeks").fill("12");
        page.getByLabel("Pattern (loading weeks : deload week)").selectOption(new SelectOption().setValue("3:1"));
        page.getByLabel("First week's planned load (AU)").fill("2000");
        page.getByLabel("Weekly progression (%)").fill("12");
        button(page, "Create plan").click();
        assertThat(page.locator("#f-progressionPercent-error")).containsText("above 10 % are refused");
        page.getByLabel("Weekly progression (%)").fill("5");
        button(page, "Create plan").click();

        assertFlash(page, "Plan created.");
        Locator deloadRows = page.locator("table.plan-weeks tr.week-deload");
        assertThat(deloadRows.first()).containsText("deload");
        assertThat(deloadRows.first()).containsText("1050.83 AU");
        assertAccessible(page);
        screenshot(page, "plan-weeks");

        link(page.locator("main"), "Calendar").click();
        assertThat(page).hasURL(Pattern.compile("/teams/\\d+/calendar$"));
        Locator thisWeek = page.locator("table.calendar tr.week-deload");
        assertThat(thisWeek.first()).isVisible();
        assertThat(thisWeek.first().locator("th")).containsText("deload week");
        assertThat(thisWeek.first()).containsText("Deload week starts");
        assertAccessible(page);
        screenshot(page, "calendar-deload-week");
    }
}
