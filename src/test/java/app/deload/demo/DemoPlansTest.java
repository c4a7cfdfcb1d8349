package app.deload.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.plan.PlanningService;
import app.deload.planning.PlanLayout;
import app.deload.planning.PlannedWeek;
import app.deload.planning.WeekKind;
import app.deload.support.Fixtures;
import app.deload.team.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo club's plans: one 3:1, one 4:1 tapering to its cup final. */
@QuarkusTest
class DemoPlansTest {

    @Inject
    PlanningService planning;

    private PlanLayout planFor(boolean rowing) {
        long teamId = Fixtures.team(null);
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(teamId);
            LocalDate today = LocalDate.now(team.zone());
            DemoHistory.History history = DemoHistory.generate(rowing, rowing ? DemoLoader.ROWING_CAST
                    : DemoLoader.FOOTBALL_CAST, today, rowing ? DemoLoader.ROWING_SEED : DemoLoader.FOOTBALL_SEED);
            DemoPlans.add(planning, team, history, rowing, today);
            return planning.layoutFor(team).orElseThrow();
        });
    }

    @Test
    void theRowersTrainThreeToOneFromTheLoadTheirSessionsWerePlannedAt() {
        PlanLayout layout = planFor(true);
        assertEquals("3:1", layout.parameters().pattern().label());
        assertEquals(DayOfWeek.MONDAY, layout.parameters().start().getDayOfWeek());
        assertTrue(layout.parameters().firstWeekLoad() > 500, "a realistic weekly load, not a placeholder");
        assertEquals(WeekKind.DELOAD, layout.weeks().get(3).kind());
        assertTrue(layout.events().isEmpty());
    }

    @Test
    void theFootballersTrainFourToOneAndTaperToTheirCupFinal() {
        PlanLayout layout = planFor(false);
        assertEquals("4:1", layout.parameters().pattern().label());
        assertEquals(DemoPlans.FINAL, layout.events().get(0).name());
        assertEquals(DayOfWeek.SATURDAY, layout.events().get(0).date().getDayOfWeek());
        PlannedWeek eventWeek = layout.weekOf(layout.events().get(0).date()).orElseThrow();
        assertEquals(WeekKind.EVENT, eventWeek.kind());
        assertEquals(WeekKind.TAPER, layout.weekOf(eventWeek.start().minusWeeks(1)).orElseThrow().kind());
        assertEquals(WeekKind.TAPER, layout.weekOf(eventWeek.start().minusWeeks(2)).orElseThrow().kind());
        assertTrue(layout.weeks().stream().filter(w -> w.start().isBefore(eventWeek.start()))
                .noneMatch(w -> w.kind() == WeekKind.DELOAD && w.index() > 4),
                "the deload due in the taper's second week is absorbed, not doubled: " + layout.weeks());
    }

    @Test
    void thisWeekStartsAMesocycleSoNoDeloadIsDueWithinAWeek() {
        for (boolean rowing : new boolean[] { true, false }) {
            PlanLayout layout = planFor(rowing);
            int current = DemoPlans.weeksAgo(rowing);
            assertEquals(WeekKind.LOADING, layout.weeks().get(current).kind(), layout.weeks().toString());
            assertEquals(WeekKind.LOADING, layout.weeks().get(current + 1).kind(), layout.weeks().toString());
        }
    }
}
