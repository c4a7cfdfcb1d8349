package app.deload.transfer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import app.deload.e2e.BrowserTest;
import app.deload.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** A coach imports a wellness file through the pages, with the script that marks the busy button loaded. */
@QuarkusTest
class ImportBrowserTest extends BrowserTest {

    @Test
    void aCoachChecksAFileSeesThePreviewAndImportsIt() {
        Transfers.Squad squad = Transfers.squad(2);
        LocalDate day = Transfers.today().minusDays(1);
        String good = Transfers.WELLNESS_HEADER + "\n"
                + squad.codes().get(0) + "," + day + ",4,4,3,5,4,7.5,52,61.4,calves,Long bus ride\n"
                + squad.codes().get(1) + "," + day + ",3,2,4,3,4,6.25,,,,\n";
        String bad = good + "NOBODY," + day + ",4,4,3,5,4,7.3,,,,\n";
        Page page = desktop().newPage();
        signIn(page, squad.coach(), Fixtures.PASSWORD);
        page.navigate("/teams/" + squad.teamId());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import / export")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import from CSV")))
                .isVisible();
        assertAccessible(page);

        choose(page, "wellness.csv", bad);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("1 line of wellness.csv cannot be imported.");
        Locator problem = page.locator("table.import-problems tbody tr");
        assertThat(problem).hasCount(1);
        assertThat(problem).containsText("“NOBODY” is not the code of an athlete on this team");
        assertThat(problem).containsText("sleep_hours “7.3”");
        assertThat(button(page, "Import 3 rows")).hasCount(0);
        assertAccessible(page);
        screenshot(page, "refused");

        choose(page, "wellness.csv", good);
        assertThat(page).hasURL(Pattern.compile("/teams/" + squad.teamId() + "/import/[0-9]+$"));
        assertThat(page.locator("ul.import-effects")).containsText("2 wellness entries created");
        assertThat(page.locator("table.import-sample tbody tr")).hasCount(2);
        assertAccessible(page);
        screenshot(page, "preview");
        assertEquals(0, Transfers.wellnessOf(squad.teamId()));

        button(page, "Import 2 rows").click();
        assertThat(page).hasURL(Pattern.compile("/teams/" + squad.teamId() + "/import$"));
        assertFlash(page, "Import done: 2 wellness entries created, 0 existing entries updated, 0 rows equal to "
                + "the stored entry, left as they are.");
        assertEquals(2, Transfers.wellnessOf(squad.teamId()));
    }

    private static void choose(Page page, String name, String csv) {
        page.getByLabel("Wellness questionnaires").check();
        page.getByLabel("CSV file").setInputFiles(new FilePayload(name, "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        button(page, "Check the file").click();
    }
}
