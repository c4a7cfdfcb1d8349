package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An admin sets up a team from nothing, the way a club starts: team, coach, athlete, invitation, and the
 * athlete's own first sign-in on their phone.
 */
@QuarkusTest
class TeamOnboardingJourneyTest extends BrowserTest {

    @Test
    void adminCreatesTeamAndAthleteWhoAcceptsTheInvitation() {
        String admin = Fixtures.user(Role.ADMIN);
        String coach = Fixtures.user(Role.COACH);
        String teamName = Fixtures.unique("Rowing Club");
        String athleteName = "Mara " + Fixtures.unique("Lindqvist");
        String athleteUsername = Fixtures.unique("mara").toLowerCase();
        String athletePassword = "a-long-rowing-secret";
        Page page = desktop().newPage();
        signIn(page, admin, Fixtures.PASSWORD);

        link(mainNavigation(page), "Manage teams").click();
        link(page.locator("main"), "New team").click();
        page.getByLabel("Name").fill(teamName);
        page.getByLabel("Sport").fill("Rowing");
        assertThat(page.locator("datalist#zones option[value='Europe/Stockholm']")).hasCount(1);
        page.getByLabel("Time zone").fill("Europe/Stockholm");
        button(page, "Create team").click();

        assertThat(page).hasURL(Pattern.compile("/admin/teams/\\d+$"));
        assertFlash(page, "Team created. Now assign its coaches.");
        assertThat(page.getByLabel("Time zone")).hasValue("Europe/Stockholm");
        page.getByLabel("Add coach").selectOption(new SelectOption().setLabel("Test " + coach + " (" + coach + ")"));
        button(page, "Add").click();
        assertFlash(page, "Test " + coach + " now coaches " + teamName + ".");
        assertThat(page.locator("ul.plain")).containsText(coach);
        screenshot(page, "1-team-with-coach");

        link(mainNavigation(page), "Teams").click();
        link(page.getByRole(AriaRole.TABLE), teamName).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(teamName))).isVisible();
        assertThat(page.locator("main")).containsText("Coaches: Test " + coach);
        assertThat(page.locator("main")).containsText("No athletes yet.");
        link(page.locator("main"), "Add athlete").click();

        page.getByLabel("Full name").fill(athleteName);
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(Fixtures.unique("R"));
        page.getByLabel("Birth date").fill("2001-03-14");
        page.getByLabel("Sex").selectOption(new SelectOption().setLabel("Female"));
        page.getByLabel("Position / event").fill("Stroke");
        page.getByLabel("Resting HR (bpm)").fill("48");
        assertThat(page.getByLabel("Team").locator("option:checked")).hasText(teamName);
        screenshot(page, "2-athlete-form");
        button(page, "Add athlete").click();

        assertThat(page).hasURL(Pattern.compile("/athletes/\\d+$"));
        String profileUrl = page.url();
        assertFlash(page, "Athlete added.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(athleteName))).isVisible();
        Locator facts = page.locator("dl.facts");
        assertThat(facts).containsText("2001-03-14");
        assertThat(facts).containsText("female");
        assertThat(facts).containsText("Stroke");
        assertThat(facts).containsText("48 bpm");
        assertThat(facts).containsText("none yet");
        screenshot(page, "3-athlete-profile");

        button(page, "Create invitation link").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Invitation for " + athleteName)))
                .isVisible();
        String invitation = page.getByLabel("Invitation link").inputValue();
        screenshot(page, "4-invitation");

        Page phone = phone().newPage();
        // Without DELOAD_PUBLIC_URL the link names the configured listen address; the test server runs on a random port.
        assertTrue(invitation.contains("/invite/"), invitation);
        phone.navigate(base.toString().replaceAll("/$", "") + invitation.substring(invitation.indexOf("/invite/")));
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, " + athleteName)))
                .isVisible();
        assertThat(phone.locator("main")).containsText(teamName);
        phone.getByLabel("Username").fill(athleteUsername);
        phone.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(athletePassword);
        phone.getByLabel("Repeat password").fill(athletePassword);
        assertThat(phone.locator("main")).containsText("Who sees it: you, your team's coaches");
        phone.getByLabel("I agree that my club processes my data for this purpose.").check();
        screenshot(phone, "5-accept-invitation-phone");
        button(phone, "Create my login").click();

        assertThat(phone).hasURL(Pattern.compile("/login$"));
        assertFlash(phone, "Your login is ready. Sign in with your new username.");
        signIn(phone, athleteUsername, athletePassword);
        assertThat(phone).hasURL(profileUrl);
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(athleteName))).isVisible();
        assertThat(link(mainNavigation(phone), "My page")).hasAttribute("aria-current", "page");
        assertThat(phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit profile"))).hasCount(0);
        screenshot(phone, "6-athlete-own-page-phone");

        page.reload();
        assertThat(page.locator("dl.facts")).containsText(athleteUsername);
    }
}
