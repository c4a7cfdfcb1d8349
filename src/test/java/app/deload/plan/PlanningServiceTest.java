package app.deload.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.account.User;
import app.deload.athlete.Athlete;
import app.deload.planning.DeloadPeriod;
import app.deload.planning.Pattern;
import app.deload.planning.PlanParameters;
import app.deload.planning.PlanRuleException;
import app.deload.planning.WeekKind;
import app.deload.support.Fixtures;
import app.deload.support.WebSession;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The service the proposals use: layouts, deloads brought forward, the plan history and the last deload's end. */
@QuarkusTest
class PlanningServiceTest {

    @Inject
    PlanningService planning;

    private static LocalDate monday(int weeksAgo) {
        return PlanPagesTest.today().with(DayOfWeek.MONDAY).minusWeeks(weeksAgo);
    }

    @Test
    void aDeloadBroughtForwardForTheTeamRewritesTheLayoutAndIsLogged() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate tomorrow = PlanPagesTest.today().plusDays(1);
        EarlyDeloadResult result = QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(squad.teamId());
            planning.create(team, null, PlanParameters.of(monday(1), 12, Pattern.FOUR_ONE, 2000, 5, 0.5));
            User coach = User.findByUsername(squad.coach()).orElseThrow();
            return planning.bringDeloadForward(team, null, tomorrow, "40 % of the squad in alert", coach);
        });
        assertEquals(tomorrow, result.start());
        assertEquals(DayOfWeek.SUNDAY, result.end().getDayOfWeek());
        List<DeloadPeriod> periods = QuarkusTransaction.requiringNew().call(() -> planning.layoutFor(
                Team.<Team>findById(squad.teamId())).orElseThrow().deloadPeriods());
        assertTrue(periods.stream().anyMatch(p -> p.start().equals(tomorrow) && p.kind() == WeekKind.DELOAD),
                "the layout carries the deload from tomorrow: " + periods);

        String html = WebSession.signIn(squad.coach()).get("/teams/" + squad.teamId() + "/plan").asString();
        assertTrue(html.contains("deload brought forward"));
        assertTrue(html.contains("40 % of the squad in alert"));
        String week = WebSession.signIn(squad.coach()).get("/teams/" + squad.teamId() + "/calendar/week?week="
                + tomorrow).asString();
        assertTrue(week.contains("Deload brought forward starts") || tomorrow.getDayOfWeek() == DayOfWeek.MONDAY
                && week.contains("deload week"), "the calendar shows the deload brought forward");
    }

    @Test
    void anAthletesEarlyDeloadChangesOnlyTheirLayout() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate tomorrow = PlanPagesTest.today().plusDays(1);
        QuarkusTransaction.requiringNew().run(() -> {
            Team team = Team.findById(squad.teamId());
            planning.create(team, null, PlanParameters.of(monday(1), 12, Pattern.FOUR_ONE, 2000, 5, 0.5));
            planning.bringDeloadForward(team, Athlete.findById(squad.athleteId()), tomorrow, "alert", null);
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete athlete = Athlete.findWithTeam(squad.athleteId()).orElseThrow();
            assertTrue(planning.layoutFor(athlete).orElseThrow().deloadPeriods().stream()
                    .anyMatch(p -> p.start().equals(tomorrow)));
            assertTrue(planning.layoutFor(athlete.team).orElseThrow().deloadPeriods().stream()
                    .noneMatch(p -> p.start().equals(tomorrow)));
            assertEquals(athlete.name, planning.history(athlete.team).get(0).who());
        });
    }

    @Test
    void withoutAnActivePlanNothingIsBroughtForward() {
        Fixtures.Squad squad = Fixtures.squad();
        PlanRuleException refused = assertThrows(PlanRuleException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> planning.bringDeloadForward(Team.findById(squad.teamId()), null,
                        PlanPagesTest.today().plusDays(1), "alert", null)));
        assertEquals("plan", refused.field());
        assertTrue(refused.getMessage().startsWith("no active plan"));
    }

    @Test
    void theLastDeloadEndIsThatOfTheLastDeloadThatEnded() {
        Fixtures.Squad squad = Fixtures.squad();
        LocalDate start = monday(6);
        QuarkusTransaction.requiringNew().run(() -> planning.create(Team.findById(squad.teamId()), null,
                PlanParameters.of(start, 12, Pattern.THREE_ONE, 2000, 5, 0.5)));
        Optional<LocalDate> end = QuarkusTransaction.requiringNew().call(() -> planning.lastDeloadEnd(
                Athlete.findWithTeam(squad.athleteId()).orElseThrow(), PlanPagesTest.today()));
        assertEquals(Optional.of(start.plusWeeks(4).minusDays(1)), end, "week 3's deload ended on its Sunday");
        Optional<LocalDate> before = QuarkusTransaction.requiringNew().call(() -> planning.lastDeloadEnd(
                Athlete.findWithTeam(squad.athleteId()).orElseThrow(), start.plusWeeks(4).minusDays(2)));
        assertEquals(Optional.empty(), before, "a deload still running has not ended");
    }

    @Test
    void logWritesAHistoryEntryForTheTeam() {
        Fixtures.Squad squad = Fixtures.squad();
        QuarkusTransaction.requiringNew().run(() -> planning.log(Team.findById(squad.teamId()), null,
                "proposal dismissed", "The squad is tapering already.", User.findByUsername(squad.coach())
                        .orElseThrow()));
        List<PlanHistoryEntry> history = QuarkusTransaction.requiringNew().call(() -> planning.history(
                Team.findById(squad.teamId())));
        assertEquals("proposal dismissed", history.get(0).action());
        assertEquals(squad.coach(), history.get(0).by());
        assertEquals("team", history.get(0).who());
    }
}
