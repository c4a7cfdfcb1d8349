package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.deload.athlete.Athlete;
import app.deload.support.Fixtures;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A coach defines a performance test in the browser, corrects it, and records a squad's results. */
@QuarkusTest
class PerformanceTestJourneyTest extends BrowserTest {

    @Test
    void coachCreatesEditsAndRecordsATest() {
        Fixtures.Squad squad = Fixtures.squad();
        String teamName = QuarkusTransaction.requiringNew().call(() -> Team.<Team>findById(squad.teamId()).name);
        String athlete = QuarkusTransaction.requiringNew()
                .call(() -> Athlete.<Athlete>findById(squad.athleteId()).name);

        Page page = desktop().newPage();
        signIn(page, squad.coach(), Fixtures.PASSWORD);
        page.navigate(base + "teams/" + squad.teamId());
        link(page.locator("main"), "Performance tests").click();
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Performance tests: " + teamName))).isVisible();

        page.getByLabel("Name").fill("Countermovement jmp");
        page.getByLabel("Unit").fill("cm");
        page.getByLabel("Higher (jump height, power)").check();
        page.getByLabel("Smallest worthwhile change (%)").fill("3");
        button(page, "Add test").click();

        assertThat(page).hasURL(Pattern.compile("/tests/\\d+/results$"));
        assertFlash(page, "Test added.");
        link(page.locator("main"), "Edit test").click();
        assertThat(page.getByLabel("Name")).hasValue("Countermovement jmp");
        page.getByLabel("Name").fill("Countermovement jump");
        button(page, "Save test").click();

        assertThat(page).hasURL(Pattern.compile("/teams/" + squad.teamId() + "/tests$"));
        assertFlash(page, "Test saved.");
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Countermovement jump"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("3 %");
        link(row, "Enter results").click();

        page.getByLabel(athlete).fill("41.5");
        assertAccessible(page);
        button(page, "Save results").click();
        assertFlash(page, "1 result saved.");
        Locator recent = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(athlete));
        assertThat(recent).containsText("41.5");
        screenshot(page, "performance-test-results");
    }
}
