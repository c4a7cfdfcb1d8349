package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import app.deload.athlete.Athlete;
import app.deload.support.Fixtures;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A coach plans a team session, finds it in the week, and after it has started takes attendance: one athlete
 * absent, another who trained less and whose rating the coach enters.
 */
@QuarkusTest
class SessionJourneyTest extends BrowserTest {

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    @Test
    void coachPlansSessionAndTakesAttendance() {
        Fixtures.Squad squad = Fixtures.squad();
        long absentId = Fixtures.athlete(squad.teamId(), null);
        long shortId = Fixtures.athlete(squad.teamId(), null);
        String teamName = name(Team.class, squad.teamId());
        String rater = name(Athlete.class, squad.athleteId());
        String absent = name(Athlete.class, absentId);
        String trainedLess = name(Athlete.class, shortId);
        ZoneId zone = ZoneId.of("Europe/Berlin"); // the fixture team's zone
        // Started 90 minutes ago by the team's clock, so attendance can be taken; today, or yesterday after midnight.
        ZonedDateTime start = ZonedDateTime.now(zone).minusMinutes(90).truncatedTo(ChronoUnit.MINUTES);
        LocalDate day = start.toLocalDate();
        String time = start.toLocalTime().toString();

        Page page = desktop().newPage();
        signIn(page, squad.coach(), Fixtures.PASSWORD);
        link(mainNavigation(page), "Teams").click();
        link(page.getByRole(AriaRole.TABLE), teamName).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(teamName))).isVisible();
        link(page.locator("main"), "Sessions").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sessions · " + teamName)))
                .isVisible();
        assertThat(page.locator("main")).containsText("times in Europe/Berlin");
        link(page.locator("main"), "Plan a session").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Plan a session")))
                .isVisible();
        assertThat(page.getByLabel("Date")).hasValue(LocalDate.now(zone).toString());
        page.getByLabel("Date").fill(day.toString());
        page.getByLabel("Start time").fill(time);
        page.getByLabel("Type").selectOption(new SelectOption().setLabel("Conditioning"));
        page.getByLabel("Planned duration").fill("75");
        page.getByLabel("Planned RPE (CR-10)").fill("7");
        page.getByLabel("Notes").fill("6 × 4 min at threshold");
        assertThat(page.getByLabel("The whole team (every active athlete)")).isChecked();
        assertAccessible(page);
        screenshot(page, "1-plan-form");
        button(page, "Plan session").click();

        assertThat(page).hasURL(Pattern.compile("/sessions/\\d+$"));
        assertFlash(page, "Session planned.");
        String sessionUrl = page.url();
        link(page.locator("main"), teamName + " sessions").click();
        if (!day.with(DayOfWeek.MONDAY).equals(LocalDate.now(zone).with(DayOfWeek.MONDAY))) {
            link(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Weeks")), "← Previous week")
                    .click();
        }
        Locator dayOfSession = page.locator("section.week-day")
                .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^" + LONG_DAY.format(day))))));
        Locator row = dayOfSession.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Conditioning"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(time);
        assertThat(row).containsText("3 athletes");
        assertThat(row).containsText("0 of 3 rated");
        assertThat(row.locator("td").nth(3)).hasText("75");
        assertThat(row).containsText("7 · Very hard");
        assertThat(row).containsText("3 missing");
        assertThat(row).containsText("attendance not taken");
        assertAccessible(page);
        screenshot(page, "2-week");

        link(row, "Conditioning").click();
        assertThat(page).hasURL(sessionUrl);
        Locator facts = page.locator("dl.facts");
        assertThat(facts).containsText("75 min");
        assertThat(facts).containsText("6 × 4 min at threshold");
        assertThat(facts).containsText("not taken yet: everyone planned counts as attending");
        assertThat(facts).containsText("0 of 3 attending rated");
        link(page.locator("main"), "Attendance and ratings").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Attendance and ratings")))
                .isVisible();
        assertThat(page.getByLabel(absent + " attended")).isChecked();
        assertThat(page.getByLabel("Minutes for " + trainedLess)).hasValue("75");
        page.getByLabel(absent + " attended").uncheck();
        page.getByLabel("Minutes for " + trainedLess).fill("50");
        page.getByLabel("RPE for " + trainedLess).fill("6");
        assertAccessible(page);
        screenshot(page, "3-attendance");
        button(page, "Save attendance").click();

        assertThat(page).hasURL(sessionUrl);
        assertFlash(page, "Attendance saved.");
        assertThat(facts).containsText("taken ");
        assertThat(facts).containsText(" by " + squad.coach());
        assertThat(facts).containsText("1 of 2 attending rated");
        assertThat(facts).containsText("1 missing");
        Locator athletes = page.getByRole(AriaRole.TABLE);
        assertThat(line(athletes, absent)).containsText("did not attend");
        assertThat(line(athletes, absent).locator("td").nth(1)).hasText("no");
        Locator shorter = line(athletes, trainedLess);
        assertThat(shorter.locator("td").nth(2)).hasText("50");
        assertThat(shorter.locator("td").nth(3)).hasText("6");
        assertThat(shorter.locator("td").nth(4)).hasText("300 AU");
        assertThat(shorter).containsText("rated");
        assertThat(shorter).containsText("by " + squad.coach());
        Locator waiting = line(athletes, rater);
        assertThat(waiting.locator("td").nth(2)).hasText("75");
        assertThat(waiting).containsText("missing");
        // A rated session is kept: deleting it is no longer offered.
        assertThat(button(page, "Delete session")).hasCount(0);
        assertAccessible(page);
        screenshot(page, "4-session-after-attendance");
    }

    private static Locator line(Locator table, String athlete) {
        return table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(athlete));
    }

    private static String name(Class<?> type, long id) {
        return QuarkusTransaction.requiringNew().call(() -> type == Team.class
                ? Team.<Team>findById(id).name
                : Athlete.<Athlete>findById(id).name);
    }
}
