package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

/**
 * A coach brings a spreadsheet of wellness answers into Deload: a file with mistakes is refused line by line,
 * the corrected file is previewed, confirmed, and its answers show on the athlete's wellness page.
 */
@QuarkusTest
class CsvImportJourneyTest extends BrowserTest {

    private static final String HEADER = "athlete_code,date,fatigue,sleep_quality,soreness,stress,mood,sleep_hours,"
            + "resting_hr,rmssd,sore_areas,comment";
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin"); // the fixture team's zone
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @Test
    void coachImportsWellnessAfterFixingTheFile() throws IOException {
        Fixtures.Squad squad = Fixtures.squad();
        long otherId = Fixtures.athlete(squad.teamId(), null);
        String teamName = QuarkusTransaction.requiringNew().call(() -> Team.<Team>findById(squad.teamId()).name);
        Athlete first = athlete(squad.athleteId());
        Athlete second = athlete(otherId);
        LocalDate today = LocalDate.now(ZONE);
        LocalDate yesterday = today.minusDays(1);
        Path folder = Files.createTempDirectory("deload-import");
        Path bad = write(folder.resolve("wellness-bad.csv"),
                "NOBODY-1," + today + ",4,4,3,5,4,7.5,,,,",
                first.code + "," + today + ",7,4,3,5,4,7.5,,,,",
                second.code + "," + today + ",3,3,3,3,3,8,,,,",
                second.code + "," + yesterday + ",3,3,3,3,3,7.3,,,,");
        Path good = write(folder.resolve("wellness-good.csv"),
                first.code + "," + yesterday + ",3,2,3,4,4,6.25,55,58.2,calves,\"Late flight, little sleep\"",
                first.code.toLowerCase() + "," + today + ",4,4,3,5,4,7.5,52,61.4,,",
                second.code + "," + today + ",3,3,3,3,3,8,,,,");

        Page page = desktop().newPage();
        signIn(page, squad.coach(), Fixtures.PASSWORD);
        link(mainNavigation(page), "Teams").click();
        link(page.getByRole(AriaRole.TABLE), teamName).click();
        link(page.locator("main"), "Import / export").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import from CSV")))
                .isVisible();

        upload(page, bad);
        Locator alert = page.locator("main div.alert");
        assertThat(alert).containsText("3 lines of wellness-bad.csv cannot be imported. Nothing was written.");
        Locator problems = page.locator("table.import-problems tbody tr");
        assertThat(problems.locator("td.num")).hasText(new String[] { "2", "3", "5" });
        assertThat(problems.nth(0)).containsText("“NOBODY-1” is not the code of an athlete on this team's roster.");
        assertThat(problems.nth(1)).containsText("fatigue “7” must be a whole number from 1 to 5.");
        assertThat(problems.nth(2)).containsText("sleep_hours “7.3” must be hours from 0 to 16 in quarter hours");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Import \\d+ rows$"))))
                .hasCount(0);
        assertThat(page.getByLabel("Wellness questionnaires")).isChecked();
        assertAccessible(page);
        screenshot(page, "1-refused-lines");

        upload(page, good);
        assertThat(page).hasURL(Pattern.compile("/teams/" + squad.teamId() + "/import/\\d+$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Preview: Wellness questionnaires"))).isVisible();
        Locator facts = page.locator("dl.facts");
        assertThat(facts).containsText("wellness-good.csv");
        assertThat(facts).containsText(yesterday + " to " + today);
        assertThat(page.locator("ul.import-effects li")).hasText(new String[] { "3 wellness entries created",
                "0 existing entries updated", "0 rows equal to the stored entry, left as they are" });
        assertThat(page.locator("table.import-sample")).containsText("Late flight, little sleep");
        assertAccessible(page);
        screenshot(page, "2-preview");
        button(page, "Import 3 rows").click();

        assertThat(page).hasURL(Pattern.compile("/teams/" + squad.teamId() + "/import$"));
        assertFlash(page, "Import done: 3 wellness entries created, 0 existing entries updated, "
                + "0 rows equal to the stored entry, left as they are.");

        link(page.locator("main"), teamName).click();
        Locator firstRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(first.name));
        link(firstRow, "Wellness").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wellness: " + first.name)))
                .isVisible();
        Locator answered = page.locator("table.wellness-days tbody tr:not(.missing)");
        assertThat(answered).hasCount(2);
        assertThat(answered.nth(0).locator("th")).hasText(DAY.format(today));
        assertThat(answered.nth(0).locator("td")).hasText(new String[] { "4", "4", "3", "5", "4", "20", "7.5", "52",
                "61.4", "", "(entered by " + squad.coach() + ")" });
        assertThat(answered.nth(1).locator("th")).hasText(DAY.format(yesterday));
        assertThat(answered.nth(1)).containsText("6.25");
        assertThat(answered.nth(1)).containsText("Calves");
        assertThat(answered.nth(1)).containsText("Late flight, little sleep");
        assertThat(page.locator("main")).containsText("answered on 2 of the last 28 days");
        assertAccessible(page);
        screenshot(page, "3-athlete-wellness");
    }

    private void upload(Page page, Path file) {
        page.getByLabel("Wellness questionnaires").check();
        page.getByLabel("CSV file").setInputFiles(file);
        button(page, "Check the file").click();
    }

    private static Path write(Path file, String... lines) throws IOException {
        return Files.writeString(file, HEADER + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static Athlete athlete(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Athlete.<Athlete>findById(id));
    }
}
