package app.deload.planning.microcycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.deload.planning.EarlyDeload;
import app.deload.planning.Pattern;
import app.deload.planning.PlanEvent;
import app.deload.planning.PlanLayout;
import app.deload.planning.PlanParameters;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Section 11's example plan (3:1, 2000 AU, +5 %, r 0.5) from Monday 5 January 2026 through default templates. */
class WeekPlannerTest {
    private static final LocalDate M = LocalDate.of(2026, 1, 5);
    private static final PlanParameters PLAN = PlanParameters.of(M, 12, Pattern.THREE_ONE, 2000, 5, 0.5);

    private static PlannedMicrocycle week(WeekTemplate t, int index, List<PlanEvent> events) {
        PlanLayout layout = PlanLayout.of(PLAN, events, List.of());
        return WeekPlanner.plan(t, layout.weeks().get(index), layout.events());
    }

    private static List<Integer> minutes(PlannedMicrocycle w) {
        return w.sessions().stream().map(PlannedSession::minutes).toList();
    }

    private static List<Integer> rpes(PlannedMicrocycle w) {
        return w.sessions().stream().map(PlannedSession::rpe).toList();
    }

    @Test
    void loadingWeekIsSplitByShares() {
        // Endurance: 2000 − 60 (Friday's active recovery) = 1940 split 20/15/10/15/20/20 %, minutes = load / RPE,
        // rounded to 5 with the rounding carried on: 388/7 → 55 (carry 3), 294/3 → 100 (−6), 188/5 → 40 (−12),
        // 279/4 → 70 (−1), active recovery 30 × 2, 387/7 → 55 (2), 390/3 → 130.
        PlannedMicrocycle w = week(DefaultTemplates.endurance(), 0, List.of());
        assertEquals(List.of(55, 100, 40, 70, 30, 55, 130), minutes(w));
        assertEquals(List.of(7, 3, 5, 4, 2, 7, 3), rpes(w));
        assertEquals(2000, w.load());
        assertEquals("loading week", w.days().get(1).reason());
        assertEquals("rest day", w.days().get(0).reason());
        assertEquals(DayKind.REST, w.days().get(0).kind());
        assertTrue(w.days().get(0).sessions().isEmpty());
    }

    @Test
    void deloadWeekKeepsEveryRpeAndCutsMinutes() {
        // Week 3, 1050.83 AU: 990.83 split as above → 30, 45, 20, 35, (30 × 2), 30, 65 = 1050 AU.
        PlannedMicrocycle loading = week(DefaultTemplates.endurance(), 2, List.of());
        PlannedMicrocycle deload = week(DefaultTemplates.endurance(), 3, List.of());
        assertEquals(List.of(30, 45, 20, 35, 30, 30, 65), minutes(deload));
        assertEquals(rpes(loading), rpes(deload));
        assertEquals(1050, deload.load());
        for (int i = 0; i < deload.sessions().size(); i++) {
            PlannedSession s = deload.sessions().get(i);
            if (!s.activeRecovery()) {
                assertTrue(s.minutes() < loading.sessions().get(i).minutes(), "session " + i);
            }
        }
        assertEquals("deload week: same intensity, less volume", deload.sessions().get(0).note());
    }

    @Test
    void matchAndActiveRecoveryKeepTheirMinutes() {
        // Team: match 90 × 8 = 720 and Sunday's recovery 30 × 2 = 60 stay; 2000 − 780 = 1220 is split:
        // 183/5 → 35 (8), 374/6 → 60 (14), 380/7 → 55 (−5), 178/5 → 35 (3), 125/3 → 40 (5).
        PlannedMicrocycle w = week(DefaultTemplates.team(), 0, List.of());
        assertEquals(List.of(35, 60, 55, 35, 40, 90, 30), minutes(w));
        assertEquals(1995, w.load());
        PlannedMicrocycle deload = week(DefaultTemplates.team(), 3, List.of());
        PlannedSession match = deload.days().get(5).sessions().get(0);
        assertEquals(SessionKind.MATCH, match.kind());
        assertEquals(90, match.minutes());
        assertEquals(8, match.rpe());
        assertEquals(LocalTime.of(15, 0), match.start());
        assertEquals(1050, deload.load());
    }

    @Test
    void taperWeeksCutVolumeAndSayWhy() {
        PlanEvent cup = new PlanEvent(M.plusWeeks(7).plusDays(2), "Cup final");
        PlannedMicrocycle taper = week(DefaultTemplates.endurance(), 5, List.of(cup));
        PlannedMicrocycle loading = week(DefaultTemplates.endurance(), 4, List.of(cup));
        assertEquals(rpes(loading), rpes(taper));
        assertEquals(1103, taper.load(), 5);
        assertEquals("taper before Cup final (−50 %): same intensity, less volume", taper.sessions().get(0).note());
    }

    @Test
    void eventDayBecomesTheTemplatesMatchAndTheNextDayActiveRecovery() {
        // Cup final on Wednesday of week 7: Wednesday is the match, Thursday active recovery, Saturday's match stays.
        PlanEvent cup = new PlanEvent(M.plusWeeks(7).plusDays(2), "Cup final");
        PlannedMicrocycle w = week(DefaultTemplates.team(), 7, List.of(cup));
        PlannedDay wednesday = w.days().get(2);
        assertEquals(1, wednesday.sessions().size());
        PlannedSession match = wednesday.sessions().get(0);
        assertEquals(SessionKind.MATCH, match.kind());
        assertEquals(90, match.minutes());
        assertEquals(8, match.rpe());
        assertEquals("Cup final", match.note());
        assertEquals("Cup final", wednesday.reason());
        PlannedDay thursday = w.days().get(3);
        assertEquals(DayKind.ACTIVE_RECOVERY, thursday.kind());
        assertTrue(thursday.recoveryOnly());
        assertEquals("active recovery after Cup final: 20–40 min of walking, easy cycling, swimming, yoga or mobility "
                + "at 30–50 % intensity, RPE 1–3", thursday.reason());
        assertEquals(30, thursday.sessions().get(0).minutes());
        assertEquals(2, thursday.sessions().get(0).rpe());
        assertEquals(LocalTime.of(18, 0), thursday.sessions().get(0).start());
        assertTrue(w.days().get(5).hasMatch());
        assertEquals("event week: Cup final on Wed 25 Feb", w.days().get(5).reason());
    }

    @Test
    void eventOnTheTemplatesMatchDayIsOneMatch() {
        PlanEvent cup = new PlanEvent(M.plusWeeks(7).plusDays(5), "Cup final");
        PlannedDay saturday = week(DefaultTemplates.team(), 7, List.of(cup)).days().get(5);
        assertEquals(1, saturday.sessions().size());
        assertEquals("Cup final", saturday.sessions().get(0).note());
    }

    @Test
    void withoutAMatchTheEventDayBecomesTheCompetitionSession() {
        // Endurance: Saturday race is the 60 min RPE 9 competition at 09:00; Sunday's long run becomes recovery.
        PlanEvent race = new PlanEvent(M.plusWeeks(7).plusDays(5), "Regatta");
        PlannedMicrocycle w = week(DefaultTemplates.endurance(), 7, List.of(race));
        PlannedSession competition = w.days().get(5).sessions().get(0);
        assertEquals(SessionKind.MATCH, competition.kind());
        assertEquals(60, competition.minutes());
        assertEquals(9, competition.rpe());
        assertEquals(LocalTime.of(9, 0), competition.start());
        assertEquals(DayKind.ACTIVE_RECOVERY, w.days().get(6).kind());
        assertEquals(LocalTime.of(8, 0), w.days().get(6).sessions().get(0).start());
    }

    @Test
    void eventOnSundayMakesNextMondayActiveRecovery() {
        PlanEvent meet = new PlanEvent(M.plusWeeks(7).plusDays(6), "Open");
        PlannedMicrocycle next = week(DefaultTemplates.strength(), 8, List.of(meet));
        assertEquals(DayKind.ACTIVE_RECOVERY, next.days().get(0).kind());
        assertEquals("active recovery after Open: 20–40 min of walking, easy cycling, swimming, yoga or mobility at "
                + "30–50 % intensity, RPE 1–3", next.days().get(0).reason());
    }

    @Test
    void eventOnARestDayStillBecomesTheCompetition() {
        PlanEvent meet = new PlanEvent(M.plusWeeks(7).plusDays(6), "Open");
        PlannedDay sunday = week(DefaultTemplates.strength(), 7, List.of(meet)).days().get(6);
        assertEquals(DayKind.TRAINING, sunday.kind());
        assertEquals(120, sunday.sessions().get(0).minutes());
    }

    @Test
    void restDayAfterAnEventStaysRest() {
        // Team: a Sunday event, Monday is the template's rest day.
        PlanEvent cup = new PlanEvent(M.plusWeeks(7).plusDays(6), "Cup final");
        assertEquals(DayKind.REST, week(DefaultTemplates.team(), 8, List.of(cup)).days().get(0).kind());
    }

    @Test
    void broughtForwardDeloadCutsTheDaysFromItsStart() {
        // Deload from Wednesday of week 1: Tuesday keeps the loading rate, Saturday runs at the deload rate.
        PlanLayout early = PlanLayout.of(PLAN, List.of(), List.of(new EarlyDeload(M.plusWeeks(1).plusDays(2))));
        PlanLayout plain = PlanLayout.of(PLAN, List.of(), List.of());
        PlannedMicrocycle cut = WeekPlanner.plan(DefaultTemplates.endurance(), early.weeks().get(1), List.of());
        PlannedMicrocycle full = WeekPlanner.plan(DefaultTemplates.endurance(), plain.weeks().get(1), List.of());
        assertEquals(full.days().get(1).sessions().get(0).minutes(), cut.days().get(1).sessions().get(0).minutes());
        assertTrue(cut.days().get(5).sessions().get(0).minutes() < full.days().get(5).sessions().get(0).minutes());
        assertEquals("deload brought forward: same intensity, less volume", cut.days().get(5).reason());
        assertEquals("loading week", cut.days().get(1).reason());
    }

    @Test
    void sessionsInARangeStayInsideThePlan() {
        PlanLayout layout = PlanLayout.of(PlanParameters.of(M, 2, Pattern.THREE_ONE, 2000, 5, 0.5), List.of(),
                List.of());
        List<PlannedSession> s = WeekPlanner.sessions(layout, DefaultTemplates.endurance(), M.minusDays(3),
                M.plusDays(20));
        assertEquals(14, s.size());
        assertEquals(M.plusDays(1), s.get(0).date());
        assertEquals(M.plusDays(13), s.get(13).date());
        List<PlannedSession> part = WeekPlanner.sessions(layout, DefaultTemplates.endurance(), M.plusDays(2),
                M.plusDays(3));
        assertEquals(3, part.size());
        assertEquals(2, WeekPlanner.weeks(layout, DefaultTemplates.endurance(), M.plusDays(6), M.plusDays(7)).size());
        assertEquals(1, WeekPlanner.weeks(layout, DefaultTemplates.endurance(), M.plusDays(7), M.plusDays(30)).size());
    }

    @Test
    void minutesAreRoundedToFiveWithinOneToSixHundred() {
        assertEquals(55, WeekPlanner.minutes(388, 7));
        assertEquals(60, WeekPlanner.minutes(350, 6));
        assertEquals(1, WeekPlanner.minutes(0, 5));
        assertEquals(1, WeekPlanner.minutes(12, 5));
        assertEquals(5, WeekPlanner.minutes(13, 5));
        assertEquals(600, WeekPlanner.minutes(100_000, 1));
        assertEquals(600, WeekPlanner.minutes(600, 1));
    }

    @Test
    void tooMuchFixedLoadLeavesTheSharedSessionsAtTheirMinimum() {
        // A 500 AU week with a 720 AU match: nothing is left to split, every other session gets 1 minute.
        PlanParameters small = PlanParameters.of(M, 1, Pattern.THREE_ONE, 500, 0, 0.5);
        PlanLayout layout = PlanLayout.of(small, List.of(), List.of());
        PlannedMicrocycle w = WeekPlanner.plan(DefaultTemplates.team(), layout.weeks().get(0), List.of());
        assertEquals(List.of(1, 1, 1, 1, 1, 90, 30), minutes(w));
    }
}
