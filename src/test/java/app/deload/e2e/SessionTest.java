package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.deload.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Signing out, and the lock after repeated wrong passwords, as a person at the keyboard meets them. */
@QuarkusTest
class SessionTest extends BrowserTest {

    private static final Pattern LOGIN_PAGE = Pattern.compile("/login$");

    @Test
    void signOutReturnsToLoginAndBackDoesNotRevealThePreviousPage() {
        Fixtures.Squad squad = Fixtures.squad();
        Page page = desktop().newPage();
        signIn(page, squad.coach(), Fixtures.PASSWORD);
        page.navigate("/teams/" + squad.teamId());
        String roster = page.locator("main").innerText();
        assertThat(page.getByRole(AriaRole.TABLE)).isVisible();

        button(page, "Sign out").click();

        assertThat(page).hasURL(LOGIN_PAGE);
        assertFlash(page, "You are signed out.");
        assertThat(button(page, "Sign out")).hasCount(0);
        screenshot(page, "signed-out");

        page.goBack();
        assertThat(page).hasURL(Pattern.compile("/login"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE)).hasCount(0);
        assertThat(page.locator("main")).not().containsText(roster.lines().findFirst().orElseThrow());

        page.navigate("/teams/" + squad.teamId());
        assertThat(page).hasURL(Pattern.compile("/login"));
    }

    @Test
    void fiveWrongPasswordsRefuseSignInForFifteenMinutes() {
        Fixtures.Squad squad = Fixtures.squad();
        Page page = desktop().newPage();

        for (int attempt = 1; attempt <= 4; attempt++) {
            submitSignIn(page, squad.coach(), "wrong-password-" + attempt);
            page.waitForURL("**/login?error=true");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("The username or password is not right.");
        }
        submitSignIn(page, squad.coach(), "wrong-password-5");
        page.waitForURL("**/login?error=true");

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Too many failed sign-ins for this username. "
                + "Sign-in is refused for 15 minutes; try again later.");
        screenshot(page, "locked");

        submitSignIn(page, squad.coach(), Fixtures.PASSWORD);
        page.waitForURL("**/login?error=true");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Sign-in is refused for 15 minutes");
    }
}
