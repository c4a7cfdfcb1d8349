package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

import app.deload.athlete.Athlete;
import app.deload.support.Fixtures;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An athlete on their phone after training: rates the session on the CR-10 scale with the minutes they
 * actually did, then answers the morning wellness questions, and corrects one answer the same day.
 */
@QuarkusTest
class AthletePhoneJourneyTest extends BrowserTest {

    private static final Logger LOG = Logger.getLogger(AthletePhoneJourneyTest.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin"); // the fixture team's zone
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    /** WCAG 2.5.5 and the platform guidelines: a finger needs 44×44 CSS px. */
    private static final double MIN_TAP = 44;

    @Test
    void athleteRatesSessionAndAnswersWellnessOnPhone() {
        Fixtures.Squad squad = Fixtures.squad();
        ZonedDateTime start = ZonedDateTime.now(ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        planTeamSession(squad, start);

        Page phone = phone().newPage();
        signIn(phone, squad.athlete(), Fixtures.PASSWORD);
        link(mainNavigation(phone), "Sessions").tap();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My sessions"))).isVisible();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Waiting for your rating")))
                .isVisible();
        Locator waiting = phone.locator("ul.waiting a");
        assertThat(waiting).hasCount(1);
        assertThat(waiting).containsText("Strength");
        assertThat(waiting).containsText(start.toLocalTime().toString());
        assertThat(waiting).containsText("60 min");
        assertThat(waiting).containsText("rate it");
        screenshot(phone, "1-waiting");
        waiting.tap();

        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Strength"))).isVisible();
        assertThat(phone.locator("fieldset.rpe-scale legend")).hasText("How was your workout?");
        Locator options = phone.locator("fieldset.rpe-scale label");
        assertThat(options).hasCount(11);
        for (int i = 0; i < 11; i++) {
            BoundingBox box = options.nth(i).boundingBox();
            assertNotNull(box, "CR-10 option " + i + " is not rendered");
            assertTrue(box.width >= MIN_TAP && box.height >= MIN_TAP,
                    "CR-10 option " + i + " is " + box.width + "×" + box.height + " CSS px, below 44×44");
        }
        assertThat(phone.getByLabel("Minutes you actually trained")).hasValue("60");
        phone.locator("label[for=rpe-7]").tap();
        assertThat(phone.locator("#rpe-7")).isChecked();
        phone.getByLabel("Minutes you actually trained").fill("55");
        assertAccessible(phone);
        screenshot(phone, "2-rate");
        button(phone, "Save my rating").tap();

        assertFlash(phone, "Rating saved.");
        Locator result = phone.locator(".rating-result");
        assertThat(result.locator(".load")).hasText("Load 385 AU");
        assertThat(result).containsText("RPE 7 · Very hard · 7 × 55 min = 385 AU");
        assertThat(result).not().containsText("late");
        assertThat(phone.locator("#rpe-7")).isChecked();
        assertThat(button(phone, "Change my rating")).isVisible();
        screenshot(phone, "3-rated");
        link(phone.locator("main"), "Back to my sessions").tap();
        assertThat(phone.locator("main")).containsText("Nothing waiting: every attended session is rated.");
        Locator row = phone.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText("Strength"));
        assertThat(row).containsText("385 AU");
        assertThat(row).containsText("rated");

        link(mainNavigation(phone), "Wellness").tap();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("How are you this morning?")))
                .isVisible();
        LocalDate today = LocalDate.now(ZONE);
        assertThat(phone.locator("#f-date-today")).isChecked();
        assertThat(phone.locator("p.saved")).hasCount(0);
        long began = System.nanoTime();
        answer(phone, "fatigue", 4);
        answer(phone, "sleepQuality", 3);
        answer(phone, "soreness", 4);
        answer(phone, "stress", 5);
        answer(phone, "mood", 4);
        phone.getByLabel("Hours slept").fill("7.5");
        phone.getByLabel("Morning HRV, RMSSD (ms)").fill("62.4");
        button(phone, "Save").tap();
        assertThat(phone.locator("p.saved")).containsText("total 20 / 25");
        LOG.infof("Wellness questionnaire filled and saved in the browser in %d ms",
                (System.nanoTime() - began) / 1_000_000);

        assertFlash(phone, "Wellness saved.");
        assertThat(phone.locator("p.saved")).hasText("Saved for " + DAY.format(today) + ": total 20 / 25. "
                + "Saving again updates it.");
        assertThat(phone.locator("#f-fatigue-4")).isChecked();
        assertThat(phone.getByLabel("Hours slept")).hasValue("7.5");
        assertThat(phone.getByLabel("Morning HRV, RMSSD (ms)")).hasValue("62.4");
        assertAccessible(phone);
        screenshot(phone, "4-wellness-saved");

        answer(phone, "fatigue", 2);
        button(phone, "Save").tap();
        assertThat(phone.locator("p.saved")).containsText("total 18 / 25");
        assertThat(phone.locator("#f-fatigue-2")).isChecked();
        assertThat(phone.locator("#f-stress-5")).isChecked();

        link(phone.locator("main"), "Last 28 days").tap();
        assertThat(phone).hasURL(Pattern.compile("/athletes/" + squad.athleteId() + "/wellness$"));
        Locator answered = phone.locator("table.wellness-days tbody tr:not(.missing)");
        assertThat(answered).hasCount(1);
        assertThat(answered.locator("th")).hasText(DAY.format(today));
        assertThat(answered.locator("td")).hasText(new String[] { "2", "3", "4", "5", "4", "18", "7.5", "", "62.4",
                "", "" });
        assertThat(phone.locator("main")).containsText("answered on 1 of the last 28 days");
        assertAccessible(phone);
        screenshot(phone, "5-wellness-history");
    }

    /** Taps the answer's whole label, as a thumb would, and checks it took. */
    private static void answer(Page phone, String item, int level) {
        phone.locator("label[for=f-" + item + "-" + level + "]").tap();
        assertThat(phone.locator("#f-" + item + "-" + level)).isChecked();
    }

    /** A team session for every athlete of the squad, started at {@code start} by the team's clock. */
    private static void planTeamSession(Fixtures.Squad squad, ZonedDateTime start) {
        QuarkusTransaction.requiringNew().run(() -> {
            TrainingSession session = new TrainingSession();
            session.team = Team.findById(squad.teamId());
            session.schedule(start.toLocalDate(), start.toLocalTime(), ZONE);
            session.type = SessionType.STRENGTH;
            session.plannedMinutes = 60;
            session.plannedRpe = 6;
            session.persist();
            SessionAttendance.of(session, Athlete.findById(squad.athleteId())).persist();
        });
    }
}
