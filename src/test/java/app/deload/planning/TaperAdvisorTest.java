package app.deload.planning;

import static app.deload.planning.Plans.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Section 11's plan with a Cup final on Wednesday of week 7, projected from the end of week 4. The advisor tries t
 * from 0.41 to 0.60 in 0.01 steps and proposes the smallest t that lands the event day fresh (+5 to +25 %).
 */
class TaperAdvisorTest {
    private static final LocalDate TODAY = M.plusWeeks(5).minusDays(1);
    private static final LocalDate WEDNESDAY = M.plusWeeks(7).plusDays(2);

    private static List<TaperAdvice> advise(double ctl, double atl, double t, PlanEvent event) {
        return advise(TODAY, ctl, atl, t, event);
    }

    private static List<TaperAdvice> advise(LocalDate today, double ctl, double atl, double t, PlanEvent event) {
        return TaperAdvisor.forEvents(ctl, atl, today, Plans.example(12).withTaperReduction(t), List.of(event),
                List.of(), List.of());
    }

    @Test
    void freshAlreadyProposesNothing() {
        // CTL 300, ATL 400, event week 2000 AU, t 0.5: +17.92 %.
        PlanEvent cup = new PlanEvent(WEDNESDAY, "Cup final", 2000.0);
        TaperAdvice advice = advise(300, 400, 0.5, cup).get(0);
        assertEquals(cup, advice.event());
        assertEquals(17.92, Plans.round2(advice.projectedFormPercent()));
        assertEquals(FormBand.FRESH, advice.band());
        assertTrue(advice.fresh());
        assertNull(advice.proposedTaperReduction());
        assertEquals("Projected form on Cup final (Wed 25 Feb): +17.9 % of fitness, fresh: the taper (−50 %) lands "
                + "it fresh.", advice.summary());
    }

    @Test
    void tooTiredProposesTheSmallestReductionThatLandsFresh() {
        // CTL 300, ATL 500, event week 2800 AU: t 0.45 gives +2.78 % (neutral); 0.49 gives +4.60 %, 0.50 +5.07 %.
        PlanEvent cup = new PlanEvent(WEDNESDAY, "Cup final", 2800.0);
        TaperAdvice advice = advise(300, 500, 0.45, cup).get(0);
        assertEquals(2.78, Plans.round2(advice.projectedFormPercent()));
        assertEquals(FormBand.NEUTRAL, advice.band());
        assertFalse(advice.fresh());
        assertEquals(0.50, advice.proposedTaperReduction(), 1e-12);
        assertEquals("Projected form on Cup final (Wed 25 Feb): +2.8 % of fitness, neutral, not fresh (+5 to +25 %). "
                + "A taper of −50 % would land it fresh.", advice.summary());
    }

    @Test
    void proposalIsTheFirstStepThatLandsFresh() {
        // CTL 300, ATL 400, event week 2800 AU: 0.41 gives +4.71 %, 0.42 +5.16 %.
        TaperAdvice advice = advise(300, 400, 0.41, new PlanEvent(WEDNESDAY, "Cup final", 2800.0)).get(0);
        assertEquals(FormBand.NEUTRAL, advice.band());
        assertEquals(0.42, advice.proposedTaperReduction(), 1e-12);
    }

    @Test
    void theLastStepSixtyPercentIsTried() {
        // CTL 300, ATL 500, event week 3200 AU: t 0.59 gives +4.87 %, 0.60 +5.34 %.
        TaperAdvice advice = advise(300, 500, 0.5, new PlanEvent(WEDNESDAY, "Cup final", 3200.0)).get(0);
        assertEquals(0.60, advice.proposedTaperReduction(), 1e-12);
    }

    @Test
    void tooFreshProposesTheSmallestCutThatStillLandsFresh() {
        // From the end of week 3 with CTL = ATL = 250, Saturday final with the taper's load in the event week:
        // t 0.5 gives +25.05 % (transition), t 0.41 gives +16.95 %.
        TaperAdvice advice = advise(M.plusWeeks(4).minusDays(1), 250, 250, 0.5, new PlanEvent(M.plusWeeks(7).plusDays(5), "Cup final")).get(0);
        assertEquals(FormBand.TRANSITION, advice.band());
        assertEquals(0.41, advice.proposedTaperReduction(), 1e-12);
    }

    @Test
    void saysWhenNoReductionLandsFresh() {
        // From the end of week 3 with CTL = ATL = 300: even t 0.41 leaves the Saturday final at +25.13 %.
        TaperAdvice advice = advise(M.plusWeeks(4).minusDays(1), 300, 300, 0.5, new PlanEvent(M.plusWeeks(7).plusDays(5), "Cup final")).get(0);
        assertEquals(FormBand.TRANSITION, advice.band());
        assertFalse(advice.fresh());
        assertNull(advice.proposedTaperReduction());
        assertEquals("Projected form on Cup final (Sat 28 Feb): +32.7 % of fitness, transition (detraining), not "
                + "fresh (+5 to +25 %), and no taper reduction from −41 % to −60 % lands it fresh.", advice.summary());
    }

    @Test
    void pastAndTodaysEventsAreLeftOutAndTheRestComeInDateOrder() {
        List<PlanEvent> events = List.of(new PlanEvent(WEDNESDAY.plusWeeks(3), "Later"),
                new PlanEvent(TODAY, "Today"), new PlanEvent(WEDNESDAY, "Cup final", 2000.0));
        List<TaperAdvice> advice = TaperAdvisor.forEvents(300, 400, TODAY, Plans.example(12), events, List.of(),
                List.of());
        assertEquals(2, advice.size());
        assertEquals("Cup final", advice.get(0).event().name());
        assertEquals("Later", advice.get(1).event().name());
    }

    @Test
    void withoutFitnessTheFormCannotBeJudged() {
        TaperAdvice advice = TaperAdvisor.forEvents(0, 0, TODAY, Plans.example(12),
                List.of(new PlanEvent(TODAY.plusDays(1), "Opener")), List.of(), List.of()).get(0);
        assertTrue(Double.isNaN(advice.projectedFormPercent()));
        assertNull(advice.band());
        assertFalse(advice.fresh());
        assertNull(advice.proposedTaperReduction());
        assertEquals("Projected form on Opener (Mon 9 Feb) cannot be given: there is no fitness to compare it with.",
                advice.summary());
    }

    @Test
    void broughtForwardDeloadsAndPlannedSessionsCount() {
        PlanEvent cup = new PlanEvent(WEDNESDAY, "Cup final", 2000.0);
        double plain = advise(300, 400, 0.5, cup).get(0).projectedFormPercent();
        double withSessions = TaperAdvisor.forEvents(300, 400, TODAY, Plans.example(12), List.of(cup), List.of(),
                List.of(new PlannedSessionLoad(WEDNESDAY.minusDays(1), 500))).get(0).projectedFormPercent();
        assertTrue(withSessions < plain, withSessions + " vs " + plain);
        double withEarly = TaperAdvisor.forEvents(300, 400, M.plusWeeks(4).minusDays(1), Plans.example(12),
                List.of(cup), List.of(new EarlyDeload(M.plusWeeks(4))), List.of()).get(0).projectedFormPercent();
        double withoutEarly = TaperAdvisor.forEvents(300, 400, M.plusWeeks(4).minusDays(1), Plans.example(12),
                List.of(cup), List.of(), List.of()).get(0).projectedFormPercent();
        assertTrue(Math.abs(withEarly - withoutEarly) > 0.5, withEarly + " vs " + withoutEarly);
    }
}
