package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

import app.deload.dashboard.AthleteChartsPageTest;
import app.deload.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** The squad page: sorted and filtered through links, one card per athlete on a phone, printable. */
@QuarkusTest
class SquadPageBrowserTest extends BrowserTest {

    @Test
    void aCoachSortsByAHeadingFiltersAndReachesItAllFromTheTeamNavigation() {
        Fixtures.Squad squad = AthleteChartsPageTest.athleteWithHistory(LocalDate.now(ZoneId.of("Europe/Berlin")));
        Fixtures.athlete(squad.teamId(), null);
        Page page = desktop().newPage();
        signIn(page, squad.coach(), Fixtures.PASSWORD);
        page.navigate("/teams/" + squad.teamId());
        Locator team = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Team"));
        link(team, "Signals").click();
        assertThat(link(team, "Signals")).hasAttribute("aria-current", "page");
        Locator breadcrumb = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Breadcrumb"));
        assertThat(breadcrumb.getByRole(AriaRole.LINK)).hasText(new String[] { "Teams", teamName(page), "Signals" });

        page.locator("table.squad thead").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("EWMA ratio"))
                .click();
        assertThat(page).hasURL(Pattern.compile("sort=ratio$"));
        assertThat(page.locator("th[aria-sort=descending]")).containsText("EWMA ratio");
        link(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Filter")), "Alerts only")
                .click();
        assertThat(page).hasURL(Pattern.compile("sort=ratio&show=alerts$"));
        assertThat(page.locator("tr.squad-athlete")).hasCount(1);
        assertAccessible(page);
        screenshot(page, "squad-desktop");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".topbar")).isHidden();
        assertThat(page.locator(".print-header")).isVisible();
        assertThat(page.locator(".print-header")).containsText("printed");
        assertThat(page.locator("table.squad thead")).isVisible();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
    }

    @Test
    void onAPhoneEachAthleteIsACardAndNothingScrollsSideways() {
        Fixtures.Squad squad = AthleteChartsPageTest.athleteWithHistory(LocalDate.now(ZoneId.of("Europe/Berlin")));
        Fixtures.athlete(squad.teamId(), null);
        Page phone = phone().newPage();
        signIn(phone, squad.coach(), Fixtures.PASSWORD);
        phone.navigate("/teams/" + squad.teamId() + "/signals");
        Locator cards = phone.locator("tr.squad-athlete");
        assertThat(cards).hasCount(2);
        assertEquals("block", cards.first().evaluate("e => getComputedStyle(e).display"));
        assertThat(cards.first().locator("td[data-label=Signal]")).isVisible();
        link(phone.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sort")), "Athlete").tap();
        assertThat(phone).hasURL(Pattern.compile("sort=name$"));
        assertAccessible(phone);
        assertNoOverflow(phone, 390);
        screenshot(phone, "squad-390");
        phone.setViewportSize(320, 700);
        assertNoOverflow(phone, 320);
        screenshot(phone, "squad-320");
    }

    @Test
    void theAthletesChartsPrintOnA4WithoutNavigationAndWithTeamAndDate() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        Fixtures.Squad squad = AthleteChartsPageTest.athleteWithHistory(today);
        Page page = desktop().newPage();
        signIn(page, squad.coach(), Fixtures.PASSWORD);
        page.navigate("/athletes/" + squad.athleteId() + "/charts");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".topbar")).isHidden();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Breadcrumb"))).isHidden();
        assertThat(page.locator(".print-header")).containsText("printed " + today);
        assertThat(page.locator("#chart-ratio svg.plot")).isVisible();
        assertThat(page.locator("#chart-load svg.plot")).isVisible();
        page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "SquadPageBrowserTest-athlete-charts.pdf")));
        page.navigate("/teams/" + squad.teamId() + "/signals");
        page.pdf(new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true)
                .setPath(java.nio.file.Paths.get("target", "screenshots", "SquadPageBrowserTest-squad.pdf")));
    }

    private static String teamName(Page page) {
        return page.locator("h1").innerText().replaceFirst(": signals on .*$", "");
    }
}
