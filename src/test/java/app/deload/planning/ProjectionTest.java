package app.deload.planning;

import static app.deload.planning.Plans.M;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionTest {
    private static final LocalDate SUNDAY_BEFORE = M.minusDays(1);
    private static final double E42 = Math.exp(-1.0 / 42);
    private static final double E7 = Math.exp(-1.0 / 7);

    @Test
    void decayConstants() {
        assertEquals(0.9764716867, Projection.CTL_DECAY, 1e-10);
        assertEquals(0.8668778998, Projection.ATL_DECAY, 1e-10);
    }

    @Test
    void handCheckedFirstDaysOfAnEvenWeek() {
        // Week 0 plans 2000 AU and nothing is scheduled: 285.7143 a day.
        // Day 1: form = 50 − 60 = −10 (−20 % of 50, optimal training);
        //        CTL = 285.7143 × (1 − 0.9764717) + 50 × 0.9764717 = 6.7224 + 48.8236 = 55.5460,
        //        ATL = 285.7143 × (1 − 0.8668779) + 60 × 0.8668779 = 38.0349 + 52.0127 = 90.0476.
        // Day 2: form = 55.5460 − 90.0476 = −34.5016 (−62.11 %, high risk).
        List<ProjectedDay> days = Projection.project(50, 60, SUNDAY_BEFORE, M.plusDays(2),
                PlanLayout.of(Plans.example(2), List.of(), List.of()), List.of());
        assertEquals(3, days.size());
        ProjectedDay first = days.get(0);
        assertEquals(M, first.date());
        assertEquals(285.7143, first.plannedLoad(), 1e-4);
        assertEquals(-10, first.form(), 1e-9);
        assertEquals(-20, first.formPercent(), 1e-9);
        assertEquals(FormBand.OPTIMAL, first.band());
        assertEquals(55.5460, first.fitness(), 1e-4);
        assertEquals(90.0476, first.fatigue(), 1e-4);
        ProjectedDay second = days.get(1);
        assertEquals(-34.5016, second.form(), 1e-4);
        assertEquals(-62.1136, second.formPercent(), 1e-4);
        assertEquals(FormBand.HIGH_RISK, second.band());
        assertEquals(60.9614, second.fitness(), 1e-4);
        assertEquals(116.0951, second.fatigue(), 1e-4);
        assertEquals(-55.1337, days.get(2).form(), 1e-4);
    }

    @Test
    void sectionFiveReferenceThroughPlannedSessionsOutsideThePlan() {
        // Science section 5: loads 100, 0, 80, 120, 0, 60, 150, 100, 0, 80, 120, 0, 60, 150 from CTL = ATL = 0 give
        // on day 14 CTL 20.8419, ATL 66.9746, form −36.4949.
        double[] loads = {100, 0, 80, 120, 0, 60, 150, 100, 0, 80, 120, 0, 60, 150};
        LocalDate day0 = M.plusWeeks(10);
        List<PlannedSessionLoad> sessions = new ArrayList<>();
        for (int i = 0; i < loads.length; i++) {
            if (loads[i] > 0) {
                sessions.add(new PlannedSessionLoad(day0.plusDays(i + 1), loads[i]));
            }
        }
        List<ProjectedDay> days = Projection.project(0, 0, day0, day0.plusDays(14),
                PlanLayout.of(Plans.example(2), List.of(), List.of()), sessions);
        ProjectedDay day14 = days.get(13);
        assertEquals(20.8419, day14.fitness(), 1e-4);
        assertEquals(66.9746, day14.fatigue(), 1e-4);
        assertEquals(-36.4949, day14.form(), 1e-4);
        assertEquals(0, days.get(1).plannedLoad());
    }

    @Test
    void withoutFitnessFormPercentAndBandAreEmpty() {
        List<ProjectedDay> days = Projection.project(0, 0, SUNDAY_BEFORE, M.plusDays(1),
                PlanLayout.of(Plans.example(1), List.of(), List.of()), List.of());
        assertEquals(0, days.get(0).form());
        assertNull(days.get(0).formPercent());
        assertNull(days.get(0).band());
        assertTrue(days.get(1).formPercent() < 0);
    }

    @Test
    void weekLoadIsSpreadOverPlannedSessionsByMinutesTimesRpe() {
        // 2000 AU over Tuesday (60 min × RPE 5 = 300) and Thursday (90 × 6 = 540): 714.29 and 1285.71.
        List<PlannedSessionLoad> sessions = List.of(new PlannedSessionLoad(M.plusDays(1), 300),
                new PlannedSessionLoad(M.plusDays(3), 240), new PlannedSessionLoad(M.plusDays(3), 300));
        List<ProjectedDay> days = Projection.project(100, 100, SUNDAY_BEFORE, M.plusDays(6),
                PlanLayout.of(Plans.example(1), List.of(), List.of()), sessions);
        assertEquals(0, days.get(0).plannedLoad());
        assertEquals(2000 * 300 / 840.0, days.get(1).plannedLoad(), 1e-9);
        assertEquals(0, days.get(2).plannedLoad());
        assertEquals(2000 * 540 / 840.0, days.get(3).plannedLoad(), 1e-9);
        assertEquals(0, days.get(6).plannedLoad());
        // Day 3 (Wednesday) follows the Tuesday session: CTL_Tue = 714.29·(1 − e^(−1/42)) + CTL_Mon·e^(−1/42).
        double ctlMon = 100 * E42;
        double atlMon = 100 * E7;
        double ctlTue = 2000 * 300 / 840.0 * (1 - E42) + ctlMon * E42;
        double atlTue = 2000 * 300 / 840.0 * (1 - E7) + atlMon * E7;
        assertEquals(ctlTue - atlTue, days.get(2).form(), 1e-9);
        assertEquals(100 * (ctlTue - atlTue) / ctlTue, days.get(2).formPercent(), 1e-9);
    }

    @Test
    void restOfTheCurrentWeekCarriesItsEvenShare() {
        // Today is Wednesday: Thursday–Sunday carry 4/7 of 2000, evenly without sessions.
        List<ProjectedDay> days = Projection.project(100, 100, M.plusDays(2), M.plusDays(7),
                PlanLayout.of(Plans.example(2), List.of(), List.of()), List.of());
        assertEquals(M.plusDays(3), days.get(0).date());
        for (int i = 0; i < 4; i++) {
            assertEquals(2000 / 7.0, days.get(i).plannedLoad(), 1e-9);
        }
        assertEquals(2100 / 7.0, days.get(4).plannedLoad(), 1e-9);
    }

    @Test
    void restOfTheCurrentWeekSpreadOverItsRemainingSessions() {
        // Today is Wednesday; the remaining 4/7 × 2000 = 1142.86 goes to Friday (100) and Saturday (300).
        List<PlannedSessionLoad> sessions = List.of(new PlannedSessionLoad(M.plusDays(1), 500),
                new PlannedSessionLoad(M.plusDays(4), 100), new PlannedSessionLoad(M.plusDays(5), 300));
        List<ProjectedDay> days = Projection.project(100, 100, M.plusDays(2), M.plusDays(6),
                PlanLayout.of(Plans.example(1), List.of(), List.of()), sessions);
        assertEquals(0, days.get(0).plannedLoad());
        assertEquals(2000 * 4 / 7.0 * 0.25, days.get(1).plannedLoad(), 1e-9);
        assertEquals(2000 * 4 / 7.0 * 0.75, days.get(2).plannedLoad(), 1e-9);
        assertEquals(0, days.get(3).plannedLoad());
    }

    @Test
    void weekSplitByABroughtForwardDeloadIsSpreadPartByPart() {
        // Deload from Wednesday of week 0: Monday–Tuesday carry 2 × 2000/7 on the Monday session; Wednesday–Sunday
        // carry 5 × 150.119 on Thursday and Friday, 1 : 3.
        PlanLayout layout = PlanLayout.of(Plans.example(1), List.of(), List.of(new EarlyDeload(M.plusDays(2))));
        List<PlannedSessionLoad> sessions = List.of(new PlannedSessionLoad(M, 100),
                new PlannedSessionLoad(M.plusDays(3), 100), new PlannedSessionLoad(M.plusDays(4), 300));
        List<ProjectedDay> days = Projection.project(100, 100, SUNDAY_BEFORE, M.plusDays(6), layout, sessions);
        double deloadDay = 1050.8333333333333 / 7;
        assertEquals(2 * 2000 / 7.0, days.get(0).plannedLoad(), 1e-9);
        assertEquals(0, days.get(1).plannedLoad());
        assertEquals(0, days.get(2).plannedLoad());
        assertEquals(5 * deloadDay / 4, days.get(3).plannedLoad(), 1e-9);
        assertEquals(5 * deloadDay * 3 / 4, days.get(4).plannedLoad(), 1e-9);
        assertEquals(0, days.get(6).plannedLoad());
    }

    @Test
    void splitWeekWithoutSessionsRunsEachPartAtItsRate() {
        PlanLayout layout = PlanLayout.of(Plans.example(1), List.of(), List.of(new EarlyDeload(M.plusDays(2))));
        List<ProjectedDay> days = Projection.project(100, 100, M, M.plusDays(6), layout, List.of());
        assertEquals(2000 / 7.0, days.get(0).plannedLoad(), 1e-9);
        assertEquals(1050.8333333333333 / 7, days.get(1).plannedLoad(), 1e-9);
        assertEquals(1050.8333333333333 / 7, days.get(5).plannedLoad(), 1e-9);
    }

    @Test
    void daysAfterThePlanCarryOnlyTheirPlannedSessions() {
        LocalDate end = Plans.example(1).end();
        List<ProjectedDay> days = Projection.project(100, 100, end.minusDays(1), end.plusDays(2),
                PlanLayout.of(Plans.example(1), List.of(), List.of()),
                List.of(new PlannedSessionLoad(end.plusDays(2), 420)));
        assertEquals(2000 / 7.0, days.get(0).plannedLoad(), 1e-9);
        assertEquals(0, days.get(1).plannedLoad());
        assertEquals(420, days.get(2).plannedLoad());
    }

    @Test
    void untilBeforeTomorrowProjectsNothing() {
        assertTrue(Projection.project(10, 10, M, M, PlanLayout.of(Plans.example(1), List.of(), List.of()),
                List.of()).isEmpty());
    }

    @Test
    void withoutAPlanOnlySessionsCount() {
        List<ProjectedDay> days = Projection.project(10, 10, M, M.plusDays(2), null,
                List.of(new PlannedSessionLoad(M.plusDays(2), 300)));
        assertEquals(0, days.get(0).plannedLoad());
        assertEquals(300, days.get(1).plannedLoad());
    }

    @Test
    void refusesNegativeOrNonFiniteStart() {
        PlanLayout layout = PlanLayout.of(Plans.example(1), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> Projection.project(-1, 0, M, M.plusDays(1), layout,
                List.of()));
        assertThrows(IllegalArgumentException.class, () -> Projection.project(0, -0.1, M, M.plusDays(1), layout,
                List.of()));
        assertThrows(IllegalArgumentException.class, () -> Projection.project(Double.NaN, 0, M, M.plusDays(1),
                layout, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Projection.project(Double.POSITIVE_INFINITY, 0, M, M.plusDays(1), layout, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Projection.project(0, Double.POSITIVE_INFINITY, M, M.plusDays(1), layout, List.of()));
    }

    @Test
    void plannedSessionNeedsANonNegativeLoad() {
        assertThrows(IllegalArgumentException.class, () -> new PlannedSessionLoad(M, -1));
        assertThrows(IllegalArgumentException.class, () -> new PlannedSessionLoad(M, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new PlannedSessionLoad(M, Double.POSITIVE_INFINITY));
        assertEquals(0, new PlannedSessionLoad(M, 0).minutesTimesRpe());
    }

    @Test
    void taperLandsEventDayFormInTheFreshBand() {
        // Cup final on Wednesday of week 7 with an event week of 2000 AU; from the end of week 4 with CTL 300 and
        // ATL 400, the taper (weeks 5–6 at 1103.375) brings event-day form to +17.92 % of fitness: fresh.
        PlanEvent cup = new PlanEvent(M.plusWeeks(7).plusDays(2), "Cup final", 2000.0);
        LocalDate today = M.plusWeeks(5).minusDays(1);
        List<ProjectedDay> days = Projection.project(300, 400, today, cup.date(),
                PlanLayout.of(Plans.example(12), List.of(cup), List.of()), List.of());
        double[] loads = new double[16];
        for (int i = 0; i < 14; i++) {
            loads[i] = 1103.375 / 7;
        }
        loads[14] = 2000 / 7.0;
        loads[15] = 2000 / 7.0;
        double ctl = 300;
        double atl = 400;
        for (int i = 0; i < 16; i++) {
            ctl = loads[i] * (1 - E42) + ctl * E42;
            atl = loads[i] * (1 - E7) + atl * E7;
        }
        ProjectedDay eventDay = days.get(days.size() - 1);
        assertEquals(cup.date(), eventDay.date());
        assertEquals(ctl - atl, eventDay.form(), 1e-9);
        assertEquals(17.92, Plans.round2(eventDay.formPercent()));
        assertEquals(FormBand.FRESH, eventDay.band());
        // Without the event the pattern loads weeks 5–6 at 2205 and 2315.25: form on that Wednesday is not fresh.
        List<ProjectedDay> untapered = Projection.project(300, 400, today, cup.date(),
                PlanLayout.of(Plans.example(12), List.of(), List.of()), List.of());
        assertTrue(untapered.get(untapered.size() - 1).formPercent() < 5);
    }
}
