package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Each role signs in and lands where its work is, with only the navigation it may use. */
@QuarkusTest
class RoleLandingTest extends BrowserTest {

    @Test
    void athleteOnAPhoneLandsOnTheirOwnPage() {
        Fixtures.Squad squad = Fixtures.squad();
        Page page = phone().newPage();

        signIn(page, squad.athlete(), Fixtures.PASSWORD);

        assertThat(page).hasURL(Pattern.compile("/athletes/" + squad.athleteId() + "$"));
        Locator nav = mainNavigation(page);
        assertThat(link(nav, "My page")).hasAttribute("aria-current", "page");
        assertThat(link(nav, "Teams")).hasCount(0);
        assertThat(link(nav, "Manage teams")).hasCount(0);
        assertThat(link(nav, "Users")).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invitation link")))
                .hasCount(0);
        screenshot(page, "athlete-phone");
    }

    @Test
    void coachLandsOnTodayAcrossTheirTeams() {
        Fixtures.Squad squad = Fixtures.squad();
        Page page = desktop().newPage();

        signIn(page, squad.coach(), Fixtures.PASSWORD);

        assertThat(page).hasURL(Pattern.compile("/today$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Today").setExact(true)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(teamName(squad.teamId()))))
                .isVisible();
        Locator nav = mainNavigation(page);
        assertThat(link(nav, "Today")).hasAttribute("aria-current", "page");
        link(nav, "Teams").click();
        assertThat(link(nav, "My page")).hasCount(0);
        assertThat(link(nav, "Manage teams")).hasCount(0);
        assertThat(link(nav, "Users")).hasCount(0);
        assertThat(page.getByRole(AriaRole.TABLE)).containsText(teamName(squad.teamId()));
        screenshot(page, "coach");
    }

    @Test
    void adminLandsOnTodayWithTheAdministrationLinks() {
        String admin = Fixtures.user(Role.ADMIN);
        Page page = desktop().newPage();

        signIn(page, admin, Fixtures.PASSWORD);

        assertThat(page).hasURL(Pattern.compile("/today$"));
        link(mainNavigation(page), "Teams").click();
        Locator nav = mainNavigation(page);
        assertThat(link(nav, "Teams")).isVisible();
        assertThat(link(nav, "Manage teams")).isVisible();
        assertThat(link(nav, "Users")).isVisible();
        assertThat(link(nav, "My page")).hasCount(0);
        assertThat(link(page.locator("main"), "New team")).isVisible();
        screenshot(page, "admin");
    }

    private static String teamName(long teamId) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> app.deload.team.Team.<app.deload.team.Team>findById(teamId).name);
    }
}
