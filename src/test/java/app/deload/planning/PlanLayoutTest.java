package app.deload.planning;

import static app.deload.planning.Plans.M;
import static app.deload.planning.Plans.assertKinds;
import static app.deload.planning.Plans.assertLoads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanLayoutTest {

    @Test
    void sectionElevenStaircase() {
        PlanLayout layout = PlanLayout.of(Plans.example(8), List.of(), List.of());
        assertLoads(layout.weeks(), 2000, 2100, 2205, 1050.83, 2100, 2205, 2315.25, 1103.38);
        assertKinds(layout.weeks(), "loading loading loading deload loading loading loading deload");
    }

    @Test
    void threeOneContinuesOneStepUpEachMesocycle() {
        PlanLayout layout = PlanLayout.of(Plans.example(12), List.of(), List.of());
        // Mesocycle 2 starts at W·1.05² = 2205: 2205, 2315.25, 2431.01; deload 0.5 × mean 2317.09 = 1158.54.
        assertLoads(layout.weeks().subList(8, 12), 2205, 2315.25, 2431.01, 1158.54);
    }

    @Test
    void twoOnePattern() {
        PlanParameters p = PlanParameters.of(M, 6, Pattern.TWO_ONE, 1000, 10, 0.4);
        PlanLayout layout = PlanLayout.of(p, List.of(), List.of());
        // 1000, 1100, deload 0.6 × 1050; 1100, 1210, deload 0.6 × 1155.
        assertLoads(layout.weeks(), 1000, 1100, 630, 1100, 1210, 693);
        assertKinds(layout.weeks(), "loading loading deload loading loading deload");
    }

    @Test
    void fourOnePattern() {
        PlanParameters p = PlanParameters.of(M, 10, Pattern.FOUR_ONE, 1000, 2, 0.6);
        PlanLayout layout = PlanLayout.of(p, List.of(), List.of());
        // 1000, 1020, 1040.4, 1061.21 (mean 1030.40) → deload 0.4 × 1030.40 = 412.16; then from 1020.
        assertLoads(layout.weeks(), 1000, 1020, 1040.4, 1061.21, 412.16, 1020, 1040.4, 1061.21, 1082.43, 420.4);
        assertKinds(layout.weeks(), "loading loading loading loading deload loading loading loading loading deload");
    }

    @Test
    void zeroProgressionKeepsEveryLoadingWeekEqual() {
        PlanLayout layout = PlanLayout.of(PlanParameters.of(M, 4, Pattern.THREE_ONE, 1500, 0, 0.5), List.of(),
                List.of());
        assertLoads(layout.weeks(), 1500, 1500, 1500, 750);
    }

    @Test
    void consecutiveLoadingWeeksNeverIncreaseMoreThanTenPercent() {
        PlanLayout layout = PlanLayout.of(PlanParameters.of(M, 40, Pattern.FOUR_ONE, 3000, 10, 0.5), List.of(),
                List.of());
        List<PlannedWeek> weeks = layout.weeks();
        for (int i = 1; i < weeks.size(); i++) {
            if (weeks.get(i).kind() == WeekKind.LOADING && weeks.get(i - 1).kind() == WeekKind.LOADING) {
                assertTrue(weeks.get(i).plannedLoad() <= weeks.get(i - 1).plannedLoad() * 1.1 + 1e-9, "week " + i);
            }
        }
    }

    @Test
    void weeksCarryIndexStartMesocycleAndNotes() {
        PlanLayout layout = PlanLayout.of(Plans.example(5), List.of(), List.of());
        PlannedWeek second = layout.weeks().get(1);
        assertEquals(1, second.index());
        assertEquals(LocalDate.of(2026, 1, 12), second.start());
        assertEquals(LocalDate.of(2026, 1, 18), second.end());
        assertEquals(0, second.mesocycle());
        assertEquals("loading week 2 of 3", second.note());
        assertNull(second.deloadFrom());
        assertEquals("deload: same intensity, volume −50 % of the mesocycle's mean loading week",
                layout.weeks().get(3).note());
        assertEquals(0, layout.weeks().get(3).mesocycle());
        assertEquals(1, layout.weeks().get(4).mesocycle());
        assertEquals("loading week 1 of 3", layout.weeks().get(4).note());
    }

    @Test
    void oneWeekPlan() {
        assertLoads(PlanLayout.of(Plans.example(1), List.of(), List.of()).weeks(), 2000);
    }

    @Test
    void weekOfFindsTheWeekFromMondayThroughSunday() {
        PlanLayout layout = PlanLayout.of(Plans.example(4), List.of(), List.of());
        assertEquals(0, layout.weekOf(M).orElseThrow().index());
        assertEquals(0, layout.weekOf(M.plusDays(6)).orElseThrow().index());
        assertEquals(1, layout.weekOf(M.plusDays(7)).orElseThrow().index());
        assertEquals(3, layout.weekOf(M.plusDays(27)).orElseThrow().index());
    }

    @Test
    void weekOfIsEmptyOutsideThePlan() {
        PlanLayout layout = PlanLayout.of(Plans.example(4), List.of(), List.of());
        assertTrue(layout.weekOf(M.minusDays(1)).isEmpty());
        assertTrue(layout.weekOf(M.plusDays(28)).isEmpty());
    }

    @Test
    void plannedLoadOnSpreadsTheWeekEvenly() {
        PlanLayout layout = PlanLayout.of(Plans.example(4), List.of(), List.of());
        assertEquals(2000 / 7.0, layout.plannedLoadOn(M), 1e-9);
        assertEquals(2100 / 7.0, layout.plannedLoadOn(M.plusDays(13)), 1e-9);
        assertEquals(0, layout.plannedLoadOn(M.minusDays(1)));
        assertEquals(0, layout.plannedLoadOn(M.plusDays(28)));
    }

    @Test
    void weekLoadOnIsZeroOutsideTheWeek() {
        PlannedWeek w = PlanLayout.of(Plans.example(2), List.of(), List.of()).weeks().get(0);
        assertEquals(0, w.plannedLoadOn(M.minusDays(1)));
        assertEquals(0, w.plannedLoadOn(M.plusDays(7)));
        assertEquals(2000 / 7.0, w.plannedLoadOn(M.plusDays(6)), 1e-9);
        assertTrue(w.contains(M));
        assertFalse(w.contains(M.plusDays(7)));
    }

    @Test
    void nextDeloadIsTheFirstDeloadStartingAfterTheDay() {
        PlanLayout layout = PlanLayout.of(Plans.example(8), List.of(), List.of());
        assertEquals(3, layout.nextDeload(M).orElseThrow().index());
        assertEquals(3, layout.nextDeload(M.plusDays(20)).orElseThrow().index());
        assertEquals(7, layout.nextDeload(M.plusDays(21)).orElseThrow().index());
        assertTrue(layout.nextDeload(M.plusDays(49)).isEmpty());
    }

    @Test
    void deloadPeriodsListEachDeloadWeek() {
        PlanLayout layout = PlanLayout.of(Plans.example(8), List.of(), List.of());
        assertEquals(List.of(
                new DeloadPeriod(M.plusWeeks(3), M.plusWeeks(3).plusDays(6), WeekKind.DELOAD, 0.5),
                new DeloadPeriod(M.plusWeeks(7), M.plusWeeks(7).plusDays(6), WeekKind.DELOAD, 0.5)),
                layout.deloadPeriods());
    }

    @Test
    void deloadRunningOrStartingWithinSevenDays() {
        PlanLayout layout = PlanLayout.of(Plans.example(8), List.of(), List.of());
        LocalDate deloadMonday = M.plusWeeks(3);
        assertFalse(layout.deloadRunningOrWithin(deloadMonday.minusDays(8), 7));
        assertTrue(layout.deloadRunningOrWithin(deloadMonday.minusDays(7), 7));
        assertTrue(layout.deloadRunningOrWithin(deloadMonday.plusDays(6), 7));
        assertFalse(layout.deloadRunningOrWithin(deloadMonday.plusDays(7), 7));
    }

    @Test
    void deloadPeriodContainsItsDays() {
        DeloadPeriod d = new DeloadPeriod(M, M.plusDays(6), WeekKind.DELOAD, 0.5);
        assertTrue(d.contains(M));
        assertTrue(d.contains(M.plusDays(6)));
        assertFalse(d.contains(M.minusDays(1)));
        assertFalse(d.contains(M.plusDays(7)));
    }

    @Test
    void weekBuiltWithoutADeloadDayLoadSpreadsEvenly() {
        PlannedWeek plain = new PlannedWeek(0, M, WeekKind.LOADING, 700, 0, "", null);
        assertEquals(100, plain.deloadDayLoad(), 1e-9);
        assertEquals(100, plain.plannedLoadOn(M.plusDays(3)), 1e-9);
        PlannedWeek fromMonday = new PlannedWeek(0, M, WeekKind.DELOAD, 700, 0, "", M);
        assertEquals(100, fromMonday.plannedLoadOn(M), 1e-9);
        assertEquals(0, fromMonday.daysBeforeDeload());
        PlannedWeek odd = new PlannedWeek(0, M, WeekKind.LOADING, 700, 0, "", null, 30);
        assertEquals(100, odd.plannedLoadOn(M), 1e-9);
        PlannedWeek split = new PlannedWeek(0, M, WeekKind.DELOAD, 400, 0, "", M.plusDays(2), 50);
        assertEquals(2, split.daysBeforeDeload());
        assertEquals(75, split.plannedLoadOn(M.plusDays(1)), 1e-9);
        assertEquals(50, split.plannedLoadOn(M.plusDays(2)), 1e-9);
    }

    @Test
    void nullListsMeanNone() {
        assertLoads(PlanLayout.of(Plans.example(2), null, null).weeks(), 2000, 2100);
        assertLoads(PlanLayout.of(Plans.example(2), null).weeks(), 2000, 2100);
    }

    @Test
    void layoutListsAreImmutableCopies() {
        PlanLayout layout = PlanLayout.of(Plans.example(2), List.of(), List.of());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> layout.weeks().clear());
    }
}
