package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** What a user sees after sending a form with a mistake in it. */
@QuarkusTest
class FormInputTest extends BrowserTest {

    @Test
    void emptyTeamNameIsShownBesideTheFieldAndTheOtherValuesStay() {
        Page page = desktop().newPage();
        signIn(page, Fixtures.user(Role.ADMIN), Fixtures.PASSWORD);
        page.navigate("/admin/teams/new");

        page.getByLabel("Name").fill("");
        page.getByLabel("Sport").fill("Handball");
        page.getByLabel("Time zone").fill("America/Chicago");
        button(page, "Create team").click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
                .hasText("Please correct the fields marked below.");
        Locator name = page.getByLabel("Name");
        assertThat(name).hasAttribute("aria-invalid", "true");
        assertThat(name).hasValue("");
        Locator nameField = page.locator(".field").filter(new Locator.FilterOptions().setHas(name));
        assertThat(nameField.locator(".error")).hasText("Enter the team's name.");
        assertThat(page.getByLabel("Sport")).hasValue("Handball");
        assertThat(page.getByLabel("Sport")).not().hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Time zone")).hasValue("America/Chicago");
        assertThat(page.locator(".error")).hasCount(1);
        screenshot(page, "empty-team-name");
    }
}
