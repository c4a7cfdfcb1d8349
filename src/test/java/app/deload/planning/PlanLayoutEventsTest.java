package app.deload.planning;

import static app.deload.planning.Plans.M;
import static app.deload.planning.Plans.assertKinds;
import static app.deload.planning.Plans.assertLoads;
import static app.deload.planning.Plans.saturdayOfWeek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanLayoutEventsTest {
    private static final PlanEvent FINAL = new PlanEvent(saturdayOfWeek(7), "Cup final");

    @Test
    void sectionElevenEventExample() {
        PlanLayout layout = PlanLayout.of(Plans.example(12), List.of(FINAL), List.of());
        assertLoads(layout.weeks(), 2000, 2100, 2205, 1050.83, 2100, 1103.38, 1103.38, 1103.38, 2100, 2205, 2315.25,
                1103.38);
        assertKinds(layout.weeks(),
                "loading loading loading deload loading taper taper event loading loading loading deload");
    }

    @Test
    void taperAndEventWeeksSayWhatTheyAreFor() {
        PlanLayout layout = PlanLayout.of(Plans.example(12), List.of(FINAL), List.of());
        assertEquals("taper before Cup final (−50 %)", layout.weeks().get(5).note());
        assertEquals("event week: Cup final on Sat 28 Feb", layout.weeks().get(7).note());
    }

    @Test
    void mesocyclesAroundAnEvent() {
        PlanLayout layout = PlanLayout.of(Plans.example(12), List.of(FINAL), List.of());
        int[] expected = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], layout.weeks().get(i).mesocycle(), "week " + i);
        }
    }

    @Test
    void taperPeriodCoversItsTwoWeeksWithTheTaperReduction() {
        PlanParameters p = Plans.example(12).withTaperReduction(0.45);
        PlanLayout layout = PlanLayout.of(p, List.of(FINAL), List.of());
        assertEquals(List.of(
                new DeloadPeriod(M.plusWeeks(3), M.plusWeeks(3).plusDays(6), WeekKind.DELOAD, 0.5),
                new DeloadPeriod(M.plusWeeks(5), M.plusWeeks(6).plusDays(6), WeekKind.TAPER, 0.45),
                new DeloadPeriod(M.plusWeeks(11), M.plusWeeks(11).plusDays(6), WeekKind.DELOAD, 0.5)),
                layout.deloadPeriods());
        // (1 − 0.45) × 2206.75 = 1213.7125
        assertEquals(1213.71, Plans.round2(layout.weeks().get(5).plannedLoad()));
        assertEquals("taper before Cup final (−45 %)", layout.weeks().get(5).note());
    }

    @Test
    void nextDeloadCountsTheTaper() {
        PlanLayout layout = PlanLayout.of(Plans.example(12), List.of(FINAL), List.of());
        assertEquals(WeekKind.TAPER, layout.nextDeload(M.plusWeeks(4)).orElseThrow().kind());
        assertEquals(11, layout.nextDeload(M.plusWeeks(5)).orElseThrow().index());
    }

    @Test
    void deloadRightBeforeTheTaperIsAbsorbedAsLoadingWeek() {
        // Event in week 6: taper weeks 4–5; the pattern's deload in week 3 becomes loading at 2205.
        PlanLayout layout = PlanLayout.of(Plans.example(11), List.of(new PlanEvent(saturdayOfWeek(6), "Regatta")),
                List.of());
        assertLoads(layout.weeks(), 2000, 2100, 2205, 2205, 1103.38, 1103.38, 1103.38, 2100, 2205, 2315.25, 1103.38);
        assertKinds(layout.weeks(),
                "loading loading loading loading taper taper event loading loading loading deload");
        assertEquals("loading: the deload is absorbed into the taper before Regatta", layout.weeks().get(3).note());
        assertEquals(0, layout.weeks().get(3).mesocycle());
    }

    @Test
    void taperStartingInTheDeloadWeekUsesThatMesocycle() {
        // Event in week 5: taper weeks 3–4, the first in mesocycle 0 → 0.5 × 2101.67; restart at step 0.
        PlanLayout layout = PlanLayout.of(Plans.example(10), List.of(new PlanEvent(saturdayOfWeek(5), "Trial")),
                List.of());
        assertLoads(layout.weeks(), 2000, 2100, 2205, 1050.83, 1050.83, 1050.83, 2000, 2100, 2205, 1050.83);
        assertKinds(layout.weeks(), "loading loading loading taper taper event loading loading loading deload");
    }

    @Test
    void eventWeekLoadSetByTheCoach() {
        PlanLayout layout = PlanLayout.of(Plans.example(12),
                List.of(new PlanEvent(saturdayOfWeek(7), "Cup final", 1500.0)), List.of());
        assertEquals(1500, layout.weeks().get(7).plannedLoad());
        assertEquals(1103.38, Plans.round2(layout.weeks().get(6).plannedLoad()));
    }

    @Test
    void eventInTheFirstWeekHasNoTaperInThePlan() {
        PlanLayout layout = PlanLayout.of(Plans.example(5), List.of(new PlanEvent(M.plusDays(2), "Opener")),
                List.of());
        assertLoads(layout.weeks(), 1050.83, 2000, 2100, 2205, 1050.83);
        assertKinds(layout.weeks(), "event loading loading loading deload");
        assertEquals(1, layout.weeks().get(1).mesocycle());
    }

    @Test
    void eventInTheSecondWeekHasOneTaperWeek() {
        PlanLayout layout = PlanLayout.of(Plans.example(6), List.of(new PlanEvent(saturdayOfWeek(1), "Opener")),
                List.of());
        assertLoads(layout.weeks(), 1050.83, 1050.83, 2000, 2100, 2205, 1050.83);
        assertKinds(layout.weeks(), "taper event loading loading loading deload");
    }

    @Test
    void eventInTheLastWeek() {
        PlanLayout layout = PlanLayout.of(Plans.example(8), List.of(new PlanEvent(M.plusWeeks(7), "Season end")),
                List.of());
        assertLoads(layout.weeks(), 2000, 2100, 2205, 1050.83, 2100, 1103.38, 1103.38, 1103.38);
        assertKinds(layout.weeks(), "loading loading loading deload loading taper taper event");
    }

    @Test
    void eventTheWeekAfterThePlanTapersItsLastTwoWeeks() {
        PlanLayout layout = PlanLayout.of(Plans.example(8), List.of(new PlanEvent(saturdayOfWeek(8), "Nationals")),
                List.of());
        assertLoads(layout.weeks(), 2000, 2100, 2205, 1050.83, 2100, 2205, 1103.38, 1103.38);
        assertKinds(layout.weeks(), "loading loading loading deload loading loading taper taper");
    }

    @Test
    void eventTwoWeeksAfterThePlanTapersItsLastWeek() {
        PlanLayout layout = PlanLayout.of(Plans.example(8), List.of(new PlanEvent(saturdayOfWeek(9), "Nationals")),
                List.of());
        assertLoads(layout.weeks(), 2000, 2100, 2205, 1050.83, 2100, 2205, 2315.25, 1103.38);
        assertKinds(layout.weeks(), "loading loading loading deload loading loading loading taper");
    }

    @Test
    void eventsFurtherAfterOrBeforeThePlanChangeNothing() {
        PlanLayout layout = PlanLayout.of(Plans.example(8), List.of(new PlanEvent(saturdayOfWeek(10), "Later"),
                new PlanEvent(M.minusDays(1), "Earlier")), List.of());
        assertLoads(layout.weeks(), 2000, 2100, 2205, 1050.83, 2100, 2205, 2315.25, 1103.38);
        assertEquals(2, layout.events().size());
    }

    @Test
    void twoEvents() {
        PlanLayout layout = PlanLayout.of(Plans.example(16),
                List.of(new PlanEvent(saturdayOfWeek(13), "Final"), new PlanEvent(saturdayOfWeek(7), "Semi-final")),
                List.of());
        // Second taper (weeks 11–12) starts in the deload position of the restarted mesocycle at step 1.
        assertLoads(layout.weeks(), 2000, 2100, 2205, 1050.83, 2100, 1103.38, 1103.38, 1103.38, 2100, 2205, 2315.25,
                1103.38, 1103.38, 1103.38, 2100, 2205);
        assertKinds(layout.weeks(), "loading loading loading deload loading taper taper event loading loading loading "
                + "taper taper event loading loading");
        assertEquals("Semi-final", layout.events().get(0).name());
        assertEquals(3, layout.weeks().get(15).mesocycle());
    }

    @Test
    void eventsInConsecutiveWeeks() {
        PlanLayout layout = PlanLayout.of(Plans.example(8),
                List.of(new PlanEvent(saturdayOfWeek(5), "Heats"), new PlanEvent(saturdayOfWeek(6), "Final")),
                List.of());
        assertLoads(layout.weeks(), 2000, 2100, 2205, 1050.83, 1050.83, 1050.83, 1050.83, 2000);
        assertKinds(layout.weeks(), "loading loading loading taper taper event event loading");
        assertEquals(2, layout.weeks().get(7).mesocycle());
    }

    @Test
    void eventsTwoWeeksApartShareNoTaperWeek() {
        PlanLayout layout = PlanLayout.of(Plans.example(9),
                List.of(new PlanEvent(saturdayOfWeek(5), "Heats"), new PlanEvent(saturdayOfWeek(7), "Final")),
                List.of());
        assertKinds(layout.weeks(), "loading loading loading taper taper event taper event loading");
        assertLoads(layout.weeks(), 2000, 2100, 2205, 1050.83, 1050.83, 1050.83, 1050.83, 1050.83, 2000);
    }

    @Test
    void twoEventsInOneWeekMakeOneEventWeek() {
        PlanLayout layout = PlanLayout.of(Plans.example(8), List.of(new PlanEvent(saturdayOfWeek(7), "Sprint"),
                new PlanEvent(saturdayOfWeek(7).minusDays(2), "Relay", 900.0)), List.of());
        PlannedWeek event = layout.weeks().get(7);
        assertEquals(WeekKind.EVENT, event.kind());
        assertEquals(900, event.plannedLoad());
        assertEquals("event week: Relay on Thu 26 Feb, Sprint on Sat 28 Feb", event.note());
        assertEquals("taper before Relay and Sprint (−50 %)", layout.weeks().get(6).note());
    }

    @Test
    void eventNeedsDateAndNameAndAPlausibleLoad() {
        assertEquals("date", assertThrows(PlanRuleException.class, () -> new PlanEvent(null, "x")).field());
        assertEquals("name", assertThrows(PlanRuleException.class, () -> new PlanEvent(M, " ")).field());
        assertEquals("name", assertThrows(PlanRuleException.class, () -> new PlanEvent(M, null)).field());
        assertEquals("eventWeekLoad", assertThrows(PlanRuleException.class, () -> new PlanEvent(M, "x", 0.0))
                .field());
        assertEquals("eventWeekLoad", assertThrows(PlanRuleException.class,
                () -> new PlanEvent(M, "x", 100_000.5)).field());
        assertEquals(100_000.0, new PlanEvent(M, "x", 100_000.0).eventWeekLoad());
        assertEquals("Cup", new PlanEvent(M, "  Cup ").name());
    }
}
