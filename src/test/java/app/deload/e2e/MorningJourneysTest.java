package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.deload.athlete.Athlete;
import app.deload.dashboard.AthleteChartsPageTest;
import app.deload.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The coach's morning (sign in, see who needs attention, open the athlete, read why, acknowledge, look at the
 * charts) and the athlete's morning on a phone (their own charts), with accessibility and overflow checks.
 */
@QuarkusTest
class MorningJourneysTest extends BrowserTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void coachGoesFromSignInToAnAcknowledgedSignalInFourClicks() {
        LocalDate today = LocalDate.now(ZONE);
        Fixtures.Squad squad = AthleteChartsPageTest.athleteWithHistory(today);
        String name = QuarkusTransaction.requiringNew().call(() -> Athlete.<Athlete>findById(squad.athleteId()).name);
        Page page = desktop().newPage();
        int clicks = 0;

        signIn(page, squad.coach(), Fixtures.PASSWORD);
        clicks++;
        assertThat(page).hasURL(Pattern.compile("/today$"));
        Locator item = page.locator("li.attention-item").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(item).containsText("not acknowledged");
        assertThat(item.locator("p")).not().isEmpty();
        assertAccessible(page);
        screenshot(page, "1-today");

        item.getByRole(AriaRole.LINK).click();
        clicks++;
        assertThat(page).hasURL(Pattern.compile("/athletes/" + squad.athleteId() + "/metrics$"));
        assertThat(page.locator(".signal .reasons li").first()).isVisible();
        page.getByLabel("Acknowledge with a note").fill("Spoke to him; lighter session today.");
        button(page, "Acknowledge signal").click();
        clicks++;
        assertFlash(page, "Signal acknowledged; your note is kept.");
        assertThat(page.locator("main")).containsText("Spoke to him; lighter session today.");
        assertTrue(clicks <= 6, clicks + " clicks");

        link(page.locator("main"), "Charts").click();
        clicks++;
        assertThat(page.locator("#chart-ratio svg.plot")).isVisible();
        assertThat(page.locator("#chart-load .marker.c-ack")).not().hasCount(0);
        assertAccessible(page);
        screenshot(page, "2-athlete-charts");
        page.locator("#chart-ratio summary").click();
        assertThat(page.locator("#chart-ratio table")).isVisible();
        link(page.locator("main"), "12 weeks").click();
        assertThat(page).hasURL(Pattern.compile("range=12w"));
        assertThat(page.locator("#chart-pmc svg.plot")).isVisible();

        link(mainNavigation(page), "Today").click();
        assertThat(page.locator("li.attention-item").filter(new Locator.FilterOptions().setHasText(name)))
                .containsText("acknowledged");
        link(page.locator("main"), "Squad trends").click();
        assertThat(page.locator("#chart-squad-ratio svg.plot")).isVisible();
        assertAccessible(page);
        screenshot(page, "3-squad-trends");

        for (int width : List.of(390, 320)) {
            page.setViewportSize(width, 800);
            for (String path : List.of("/today", "/athletes/" + squad.athleteId() + "/charts",
                    "/teams/" + squad.teamId() + "/trends")) {
                page.navigate(path);
                assertNoOverflow(page, width);
            }
        }
        page.navigate("/today");
        screenshot(page, "4-today-320");
    }

    @Test
    void athleteSeesTheirOwnChartsOnAPhone() {
        LocalDate today = LocalDate.now(ZONE);
        Fixtures.Squad squad = AthleteChartsPageTest.athleteWithHistory(today);
        BrowserContext context = phone();
        Page phone = context.newPage();
        signIn(phone, squad.athlete(), Fixtures.PASSWORD);
        link(phone.locator("main"), "Charts").tap();
        assertThat(phone.locator("#chart-load svg.plot")).isVisible();
        assertThat(phone.locator("#chart-wellness svg.plot")).isVisible();
        assertThat(phone.locator("#chart-ratio")).hasCount(0);
        Locator firstBar = phone.locator("#chart-load .bars rect").last();
        assertThat(firstBar.locator("title")).containsText(today.toString());
        assertAccessible(phone);
        assertNoOverflow(phone, 390);
        screenshot(phone, "athlete-charts-390");
        phone.setViewportSize(320, 700);
        phone.reload();
        assertNoOverflow(phone, 320);
        screenshot(phone, "athlete-charts-320");
    }
}
