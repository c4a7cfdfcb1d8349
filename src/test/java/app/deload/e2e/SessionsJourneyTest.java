package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.deload.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An athlete keeps their phone signed in for 30 days, sees it on the account page from a laptop, signs the phone
 * out from there and finally signs out everywhere.
 */
@QuarkusTest
class SessionsJourneyTest extends BrowserTest {

    @Test
    void anAthleteKeepsThePhoneSignedInAndSignsItOutFromTheLaptop() {
        Fixtures.Squad squad = Fixtures.squad();
        BrowserContext phone = phone();
        Page onPhone = phone.newPage();
        onPhone.navigate("/login");
        onPhone.getByLabel("Username").fill(squad.athlete());
        onPhone.getByLabel("Password").fill(Fixtures.PASSWORD);
        onPhone.getByLabel("Keep me signed in on this phone or computer for 30 days").check();
        onPhone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        onPhone.waitForURL(url -> !url.endsWith("/login"));
        double sessionExpires = phone.cookies().stream().filter(c -> c.name.equals("deload-session")).findFirst()
                .orElseThrow().expires;
        assertTrue(sessionExpires > Instant.now().plus(Duration.ofDays(29)).getEpochSecond(),
                "the phone keeps its session cookie for 30 days");

        Page onLaptop = desktop().newPage();
        signIn(onLaptop, squad.athlete(), Fixtures.PASSWORD);
        onLaptop.navigate("/account");
        Locator rows = onLaptop.locator("table.sessions tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("this browser"))).hasCount(1);
        Locator phoneRow = rows.filter(new Locator.FilterOptions().setHasText("kept signed in"));
        assertThat(phoneRow).hasCount(1);
        assertAccessible(onLaptop);
        screenshot(onLaptop, "account-sessions");

        phoneRow.getByRole(AriaRole.BUTTON).click();
        assertFlash(onLaptop, "That session is signed out.");
        assertThat(onLaptop.locator("table.sessions tbody tr")).hasCount(1);

        onPhone.navigate("/me");
        onPhone.waitForURL(url -> url.contains("/login"));
        assertThat(onPhone.getByLabel("Username")).isVisible();

        button(onLaptop, "Sign out everywhere").click();
        onLaptop.waitForURL(url -> url.contains("/login"));
        assertFlash(onLaptop, "You are signed out everywhere.");
        onLaptop.navigate("/account");
        onLaptop.waitForURL(url -> url.contains("/login"));
    }
}
