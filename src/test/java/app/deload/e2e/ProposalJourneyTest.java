package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import app.deload.decision.DecisionFixtures;
import app.deload.decision.DriftTeams;
import app.deload.support.Fixtures;
import app.deload.training.SessionType;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A coach accepts a proposal to bring an athlete's deload forward; then, on today's decisions, accepts the "modify"
 * recommended for another athlete (on watch through this morning's questionnaire before a hard session), who sees
 * the coach's decision on a 390 px wide phone.
 */
@QuarkusTest
class ProposalJourneyTest extends BrowserTest {

    @Test
    void coachAcceptsAProposalAndTodaysModifyAndTheAthleteSeesItOnThePhone() {
        DriftTeams.AlertAndWatch team = DriftTeams.oneInAlertOneOnWatch();
        DecisionFixtures.sessionToday(team.teamId(), LocalTime.of(23, 50), SessionType.STRENGTH, 7,
                team.alertId(), team.watchId());

        Page desktop = desktop().newPage();
        signIn(desktop, team.coach(), Fixtures.PASSWORD);
        desktop.navigate("/teams/" + team.teamId() + "/signals");
        link(desktop.locator("main"), "Proposals").click();
        Locator proposal = desktop.locator("article.proposal").first();
        assertThat(proposal).containsText("next deload forward to start tomorrow");
        proposal.locator("button", new Locator.LocatorOptions().setHasText("Accept: deload from tomorrow")).click();
        assertThat(desktop.locator("p.flash")).containsText("Proposal accepted: the deload now starts on");
        assertThat(desktop.locator("main")).containsText("deload from");
        screenshot(desktop, "1-proposal-accepted");

        desktop.navigate("/teams/" + team.teamId() + "/today");
        Locator watchRow = desktop.locator("tr", new Page.LocatorOptions().setHas(desktop.locator(
                "a[href^='/athletes/" + team.watchId() + "/metrics']")));
        assertThat(watchRow.locator(".tag")).hasText("modify: active recovery instead");
        assertThat(watchRow).containsText("watch through wellness");
        assertThat(watchRow.locator("button[value=rest]")).hasCount(0);
        Locator alertRow = desktop.locator("tr", new Page.LocatorOptions().setHas(desktop.locator(
                "a[href^='/athletes/" + team.alertId() + "/metrics']")));
        assertThat(alertRow.locator(".tag")).hasText("rest or active recovery");
        watchRow.locator("form.decide button[value=active-recovery]").click();
        assertThat(desktop.locator("p.flash")).containsText("Decision saved: active recovery today.");
        assertThat(watchRow).containsText("Coach: active recovery today, 20–40 min at ");
        assertAccessible(desktop);

        Page phone = phone().newPage();
        signIn(phone, team.watch(), Fixtures.PASSWORD);
        phone.navigate("/me/sessions");
        assertThat(phone.locator("p.coach-today")).containsText("Coach: active recovery today, 20–40 min at ");
        assertThat(phone.locator("p.coach-today")).containsText("bpm, RPE 1–3 (instead of Strength at 23:50)");
        assertThat(phone.locator("main")).containsText("Active recovery");
        screenshot(phone, "2-athlete-sees-decision");

        Page alertPhone = phone().newPage();
        signIn(alertPhone, team.alert(), Fixtures.PASSWORD);
        alertPhone.navigate("/me/sessions");
        assertThat(alertPhone.locator("p.coach-today")).hasCount(0);
    }
}
