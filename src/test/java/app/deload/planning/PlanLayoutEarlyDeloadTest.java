package app.deload.planning;

import static app.deload.planning.Plans.M;
import static app.deload.planning.Plans.assertKinds;
import static app.deload.planning.Plans.assertLoads;
import static app.deload.planning.Plans.saturdayOfWeek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deload brought forward in week 1 (Mon 12 – Sun 18 Jan 2026) of section 11's example plan: the loading rate of
 * week 1 is 2100 / 7 = 300 a day, the deload rate of mesocycle 0 is 0.5 × 2101.67 / 7 = 150.119 a day.
 */
class PlanLayoutEarlyDeloadTest {
    private static final LocalDate WEEK1 = M.plusWeeks(1);
    private static final double DELOAD_DAY = 1050.8333333333333 / 7;

    private static PlanLayout brought(int dayOfWeek, int weeks) {
        return PlanLayout.of(Plans.example(weeks), List.of(), List.of(new EarlyDeload(WEEK1.plusDays(dayOfWeek))));
    }

    @Test
    void mondayStartMakesTheWholeWeekADeload() {
        PlanLayout layout = brought(0, 7);
        assertLoads(layout.weeks(), 2000, 1050.83, 2000, 2100, 2205, 1050.83, 2100);
        assertKinds(layout.weeks(), "loading deload loading loading loading deload loading");
        assertEquals(WEEK1, layout.weeks().get(1).deloadFrom());
        assertEquals("deload brought forward to Mon 12 Jan", layout.weeks().get(1).note());
        assertEquals(DELOAD_DAY, layout.plannedLoadOn(WEEK1), 1e-9);
        assertEquals(DELOAD_DAY, layout.plannedLoadOn(WEEK1.plusDays(6)), 1e-9);
    }

    @Test
    void tuesdayStartKeepsMondayAtTheLoadingRate() {
        PlanLayout layout = brought(1, 3);
        assertEquals(300 + 6 * DELOAD_DAY, layout.weeks().get(1).plannedLoad(), 1e-9);
        assertEquals(1200.71, Plans.round2(layout.weeks().get(1).plannedLoad()));
        assertEquals(300, layout.plannedLoadOn(WEEK1), 1e-9);
        assertEquals(DELOAD_DAY, layout.plannedLoadOn(WEEK1.plusDays(1)), 1e-9);
        assertEquals(DELOAD_DAY, layout.plannedLoadOn(WEEK1.plusDays(6)), 1e-9);
        assertKinds(layout.weeks(), "loading deload loading");
        assertLoads(layout.weeks().subList(2, 3), 2000);
    }

    @Test
    void wednesdayStart() {
        PlanLayout layout = brought(2, 3);
        assertEquals(2 * 300 + 5 * DELOAD_DAY, layout.weeks().get(1).plannedLoad(), 1e-9);
        assertEquals(300, layout.plannedLoadOn(WEEK1.plusDays(1)), 1e-9);
        assertEquals(DELOAD_DAY, layout.plannedLoadOn(WEEK1.plusDays(2)), 1e-9);
        assertEquals("deload brought forward to Wed 14 Jan", layout.weeks().get(1).note());
        assertLoads(layout.weeks().subList(2, 3), 2000);
    }

    @Test
    void thursdayStartStillEndsThatSunday() {
        PlanLayout layout = brought(3, 3);
        assertEquals(3 * 300 + 4 * DELOAD_DAY, layout.weeks().get(1).plannedLoad(), 1e-9);
        assertKinds(layout.weeks(), "loading deload loading");
        assertLoads(layout.weeks().subList(2, 3), 2000);
        assertEquals(List.of(new DeloadPeriod(WEEK1.plusDays(3), WEEK1.plusDays(6), WeekKind.DELOAD, 0.5)),
                layout.deloadPeriods().subList(0, 1));
    }

    @Test
    void fridayStartRunsThroughTheFollowingSunday() {
        PlanLayout layout = brought(4, 5);
        assertEquals(4 * 300 + 3 * DELOAD_DAY, layout.weeks().get(1).plannedLoad(), 1e-9);
        assertLoads(layout.weeks().subList(2, 5), 1050.83, 2000, 2100);
        assertKinds(layout.weeks(), "loading deload deload loading loading");
        assertNull(layout.weeks().get(2).deloadFrom());
        assertEquals("deload brought forward to Fri 16 Jan, continued through Sun 25 Jan",
                layout.weeks().get(2).note());
        assertEquals(new DeloadPeriod(WEEK1.plusDays(4), WEEK1.plusDays(13), WeekKind.DELOAD, 0.5),
                layout.deloadPeriods().get(0));
        assertEquals(300, layout.plannedLoadOn(WEEK1.plusDays(3)), 1e-9);
        assertEquals(DELOAD_DAY, layout.plannedLoadOn(WEEK1.plusDays(4)), 1e-9);
    }

    @Test
    void saturdayStart() {
        PlanLayout layout = brought(5, 4);
        assertEquals(5 * 300 + 2 * DELOAD_DAY, layout.weeks().get(1).plannedLoad(), 1e-9);
        assertKinds(layout.weeks(), "loading deload deload loading");
        assertLoads(layout.weeks().subList(3, 4), 2000);
    }

    @Test
    void sundayStart() {
        PlanLayout layout = brought(6, 4);
        assertEquals(6 * 300 + DELOAD_DAY, layout.weeks().get(1).plannedLoad(), 1e-9);
        assertEquals(300, layout.plannedLoadOn(WEEK1.plusDays(5)), 1e-9);
        assertEquals(DELOAD_DAY, layout.plannedLoadOn(WEEK1.plusDays(6)), 1e-9);
        assertKinds(layout.weeks(), "loading deload deload loading");
        assertEquals(new DeloadPeriod(WEEK1.plusDays(6), WEEK1.plusDays(13), WeekKind.DELOAD, 0.5),
                layout.deloadPeriods().get(0));
    }

    @Test
    void earlyDeloadEndsOnTheRightSunday() {
        for (int day = 0; day < 7; day++) {
            EarlyDeload e = new EarlyDeload(WEEK1.plusDays(day));
            assertEquals(WEEK1.plusDays(day < 4 ? 6 : 13), e.end(), "day " + day);
            assertEquals(7 - day, e.remainingDaysInWeek());
        }
    }

    @Test
    void newMesocycleRestartsAtTheInterruptedStep() {
        // Brought forward in week 5 (mesocycle 1 at step 1, loading 2205): restart at 2100, not 2205.
        PlanLayout layout = PlanLayout.of(Plans.example(10), List.of(),
                List.of(new EarlyDeload(M.plusWeeks(5))));
        assertLoads(layout.weeks(), 2000, 2100, 2205, 1050.83, 2100, 1103.38, 2100, 2205, 2315.25, 1103.38);
        assertEquals(1, layout.weeks().get(5).mesocycle());
        assertEquals(2, layout.weeks().get(6).mesocycle());
    }

    @Test
    void thePatternsOwnNextDeloadIsReplaced() {
        PlanLayout layout = brought(0, 8);
        assertKinds(layout.weeks(), "loading deload loading loading loading deload loading loading");
        assertEquals(WEEK1, layout.nextDeload(M).orElseThrow().deloadFrom());
        assertEquals(5, layout.nextDeload(WEEK1).orElseThrow().index());
    }

    @Test
    void nextDeloadStartsOnTheBroughtForwardDay() {
        PlanLayout layout = brought(2, 6);
        assertEquals(1, layout.nextDeload(WEEK1.plusDays(1)).orElseThrow().index());
        assertEquals(5, layout.nextDeload(WEEK1.plusDays(2)).orElseThrow().index());
    }

    @Test
    void taperWinsOverAnEarlyDeload() {
        // Cup final in week 7: taper weeks 5–6. A deload brought forward to Wednesday of week 5 changes nothing.
        PlanEvent cup = new PlanEvent(saturdayOfWeek(7), "Cup final");
        PlanLayout layout = PlanLayout.of(Plans.example(12), List.of(cup),
                List.of(new EarlyDeload(M.plusWeeks(5).plusDays(2))));
        assertEquals(PlanLayout.of(Plans.example(12), List.of(cup), List.of()).weeks(), layout.weeks());
    }

    @Test
    void fridayStartBeforeATaperKeepsTheTaper() {
        // Brought forward to Friday of week 4; week 5 stays taper, computed from the restarted mesocycle (step 1).
        PlanEvent cup = new PlanEvent(saturdayOfWeek(7), "Cup final");
        PlanLayout layout = PlanLayout.of(Plans.example(9), List.of(cup),
                List.of(new EarlyDeload(M.plusWeeks(4).plusDays(4))));
        assertKinds(layout.weeks(), "loading loading loading deload deload taper taper event loading");
        assertEquals(4 * 300 + 3 * 1103.375 / 7, layout.weeks().get(4).plannedLoad(), 1e-9);
        assertLoads(layout.weeks().subList(5, 9), 1103.38, 1103.38, 1103.38, 2100);
    }

    @Test
    void earlyDeloadBeforeTheTaperIsNotAbsorbed() {
        // Event in week 6: the deload brought forward to Monday of week 3 stays a deload.
        PlanLayout layout = PlanLayout.of(Plans.example(7), List.of(new PlanEvent(saturdayOfWeek(6), "Regatta")),
                List.of(new EarlyDeload(M.plusWeeks(3))));
        assertKinds(layout.weeks(), "loading loading loading deload taper taper event");
    }

    @Test
    void earlyDeloadsOutsideThePlanOrInsideAnotherChangeNothing() {
        PlanLayout plain = PlanLayout.of(Plans.example(6), List.of(), List.of());
        assertEquals(plain.weeks(), PlanLayout.of(Plans.example(6), List.of(),
                List.of(new EarlyDeload(M.minusDays(1)), new EarlyDeload(M.plusWeeks(6)))).weeks());
        PlanLayout once = brought(4, 6);
        PlanLayout twice = PlanLayout.of(Plans.example(6), List.of(),
                List.of(new EarlyDeload(WEEK1.plusDays(9)), new EarlyDeload(WEEK1.plusDays(4))));
        assertEquals(once.weeks(), twice.weeks());
    }

    @Test
    void earliestOfTwoInOneWeekWins() {
        PlanLayout layout = PlanLayout.of(Plans.example(3), List.of(),
                List.of(new EarlyDeload(WEEK1.plusDays(3)), new EarlyDeload(WEEK1.plusDays(1))));
        assertEquals(WEEK1.plusDays(1), layout.weeks().get(1).deloadFrom());
    }

    @Test
    void fridayStartInTheLastWeekEndsWithThePlan() {
        PlanLayout layout = brought(4, 2);
        assertKinds(layout.weeks(), "loading deload");
    }

    @Test
    void secondEarlyDeloadLaterRestartsAgain() {
        PlanLayout layout = PlanLayout.of(Plans.example(6), List.of(),
                List.of(new EarlyDeload(M.plusWeeks(3)), new EarlyDeload(WEEK1)));
        assertKinds(layout.weeks(), "loading deload loading deload loading loading");
        assertLoads(layout.weeks(), 2000, 1050.83, 2000, 1050.83, 2000, 2100);
    }
}
