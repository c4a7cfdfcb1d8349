package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import com.microsoft.playwright.Locator;
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

/**
 * A coach turns the plan into sessions: edits the week template (a mistyped RPE is refused beside its field, the
 * checks pass), previews four weeks including the deload week, generates them and finds rest and active-recovery
 * days on the team's calendar; the athlete then sees the active-recovery day with their heart-rate band on a phone.
 */
@QuarkusTest
class WeekTemplateJourneyTest extends BrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin"); // the fixture team's zone

    @Test
    void coachGeneratesFourWeeksFromTheTemplateAndTheAthleteSeesTheActiveRecoveryDay() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate nextMonday = LocalDate.now(ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        WebSession setup = WebSession.signIn(squad.coach());
        assertEquals(303, setup.post("/teams/" + squad.teamId() + "/plan", Map.of("start", nextMonday.toString(),
                "weeks", "8", "pattern", "3:1", "firstWeekLoad", "2000", "progressionPercent", "5",
                "deloadReduction", "0.5", "taperReduction", "0.5")).statusCode());

        Page page = desktop().newPage();
        signIn(page, squad.coach(), Fixtures.PASSWORD);
        page.navigate("/teams/" + squad.teamId() + "/plan");
        link(page.locator("main"), "Week template").click();
        assertThat(page.locator("main")).containsText("Nothing saved yet: this is the default week for Rowing");
        assertThat(page.getByLabel("Monday is", new Page.GetByLabelOptions().setExact(true))).hasValue("rest");
        assertThat(page.getByLabel("Friday is", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("active_recovery");

        Locator tuesdayRpe = page.getByLabel("Tuesday session 1 planned RPE",
                new Page.GetByLabelOptions().setExact(true));
        tuesdayRpe.fill("11");
        button(page, "Save template").click();
        assertThat(page.locator("#f-tuesday-s0-rpe-error")).containsText("Planned RPE must be 1 to 10 but was 11.");
        assertThat(page.getByLabel("Tuesday session 1 planned minutes", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("60");
        tuesdayRpe.fill("8");
        button(page, "Check the week").click();
        assertThat(page.locator("ul.week-checks")).containsText("no two hard days in a row: passes");
        assertThat(page.locator("ul.week-checks")).containsText("at least one rest day: passes");
        assertThat(page.locator("ul.week-checks")).containsText("weekly load within 5 % of the plan: passes");
        assertAccessible(page);
        screenshot(page, "1-template-checked");
        button(page, "Save template").click();
        assertFlash(page, "Week template saved. Generate the plan's sessions again to apply it.");

        link(page.locator("main"), "Generate sessions").click();
        assertThat(page.getByLabel("First day")).hasValue(nextMonday.toString());
        assertThat(page.getByLabel("Last day")).hasValue(nextMonday.plusWeeks(4).minusDays(1).toString());
        button(page, "Preview").click();
        Locator preview = page.locator("section.generation-group");
        assertThat(preview.locator("h3 .kind")).hasCount(4);
        assertThat(preview.locator("h3 .kind-deload")).hasText("deload week");
        assertThat(preview.locator("table.recovery-bands")).containsText("bpm");
        assertThat(preview.locator("table.generated-days tr.day-active_recovery").first())
                .containsText("Active recovery 07:00: 30 min at RPE 2");
        assertThat(preview.locator("table.generated-days tr.day-rest").first()).containsText("Rest");
        assertAccessible(page);
        screenshot(page, "2-preview");
        button(page, "Generate these sessions").click();
        assertThat(page.locator("p.flash")).containsText("Sessions generated from " + nextMonday);
        assertThat(button(page, "Undo the last generation")).isVisible();

        link(page.locator("main"), "Calendar").click();
        page.navigate("/teams/" + squad.teamId() + "/calendar/week?week=" + nextMonday);
        Locator days = page.locator("table.calendar tbody tr").first().locator("td");
        Locator monday = days.nth(0);
        Locator friday = days.nth(4);
        assertThat(friday).containsText(Pattern.compile("active.recovery", Pattern.CASE_INSENSITIVE));
        assertThat(monday).not().containsText(Pattern.compile("Strength|Conditioning|Skill|Match"));
        assertThat(monday.locator(".session")).hasCount(0);
        assertThat(monday.locator(".day-kind")).hasText("Rest day");
        assertThat(friday.locator(".day-kind")).hasText("Active-recovery day");
        screenshot(page, "3-calendar-week");

        Page phone = phone().newPage();
        signIn(phone, squad.athlete(), Fixtures.PASSWORD);
        link(mainNavigation(phone), "My week").tap();
        link(phone.locator("main"), "Next week →").tap();
        Locator recoveryDay = phone.locator("li.week-day").filter(new Locator.FilterOptions()
                .setHasText("Active-recovery day"));
        assertThat(recoveryDay).hasCount(1);
        assertThat(recoveryDay).containsText(Pattern.compile("\\d+–\\d+ bpm"));
        assertThat(recoveryDay).containsText("30 min");
        assertThat(phone.locator("li.week-day").first()).containsText("Rest day");
        assertAccessible(phone);
        screenshot(phone, "4-athlete-week");
        assertEquals(390, phone.viewportSize().width);
        phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My week")).isVisible();
    }
}
