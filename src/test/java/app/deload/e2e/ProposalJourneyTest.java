package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import app.deload.decision.DecisionFixtures;
import app.deload.decision.DriftTeams;
import app.deload.support.Fixtures;
import app.deload.training.SessionType;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A coach accepts a proposal to bring an athlete's deload forward; then accepts "active recovery" for today's hard
 * session of that athlete, who sees the coach's decision on a 390 px wide phone.
 */
@QuarkusTest
class ProposalJourneyTest extends BrowserTest {

    @Test
    void coachAcceptsAProposalAndTodaysModifyAndTheAthleteSeesItOnThePhone() {
        DriftTeams.Team team = DriftTeams.oneInAlert();
        DecisionFixtures.sessionToday(team.teamId(), LocalTime.of(23, 50), SessionType.STRENGTH, 7,
                team.athleteId());

        Page desktop = desktop().newPage();
        signIn(desktop, team.coach(), Fixtures.PASSWORD);
        desktop.navigate("/teams/" + team.teamId() + "/signals");
        link(desktop.locator("main"), "Proposals").click();
        assertThat(desktop.locator("article.proposal").first()).containsText("next deload forward to start tomorrow");
        desktop.locator("article.proposal").first().locator("button", new com.microsoft.playwright.Locator
                .LocatorOptions().setHasText("Accept: deload from tomorrow")).click();
        assertThat(desktop.locator("p.flash")).containsText("Proposal accepted: the deload now starts on");
        assertThat(desktop.locator("main")).containsText("deload from");
        screenshot(desktop, "1-proposal-accepted");

        desktop.navigate("/teams/" + team.teamId() + "/today");
        assertThat(desktop.locator("main")).containsText("rest or active recovery");
        desktop.locator("form.decide button[value=active-recovery]").first().click();
        assertThat(desktop.locator("p.flash")).containsText("Decision saved: active recovery today.");
        assertAccessible(desktop);

        Page phone = phone().newPage();
        signIn(phone, team.athlete(), Fixtures.PASSWORD);
        phone.navigate("/me/sessions");
        assertThat(phone.locator("p.coach-today")).containsText("Coach: active recovery today, 20–40 min at ");
        assertThat(phone.locator("p.coach-today")).containsText("bpm, RPE 1–3");
        screenshot(phone, "2-athlete-sees-decision");
    }
}
