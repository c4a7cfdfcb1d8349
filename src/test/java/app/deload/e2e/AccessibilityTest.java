package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.deload.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** axe-core finds no serious or critical WCAG 2.1 AA violation on the pages used most. */
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
}
