package app.deload.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.deload.monitoring.AthleteHistory;
import app.deload.monitoring.DayMetrics;
import app.deload.monitoring.MetricsCalculator;
import app.deload.monitoring.PerformanceInput;
import app.deload.monitoring.SessionInput;
import app.deload.monitoring.SignalLevel;
import app.deload.monitoring.Thresholds;
import app.deload.monitoring.WellnessInput;

/** The demo history, run through the real calculations: today decliners are in alert, the others are not. */
class DemoHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static List<DayMetrics> lastDays(boolean rowing, DemoHistory.Cast cast, long seed, LocalDate today) {
        DemoHistory.History history = DemoHistory.generate(rowing, cast, today, seed);
        MetricsCalculator calculator = new MetricsCalculator(Thresholds.defaults());
        List<DayMetrics> days = new ArrayList<>();
        for (int a = 0; a < cast.athletes(); a++) {
            int athlete = a;
            List<SessionInput> sessions = history.sessions().stream()
                    .flatMap(s -> s.attendance().stream().filter(x -> x.athlete() == athlete)
                            .map(x -> new SessionInput(s.date(), x.rpe(), x.minutes(), x.attended())))
                    .toList();
            List<WellnessInput> wellness = history.wellness().stream().filter(w -> w.athlete() == athlete)
                    .map(w -> new WellnessInput(w.date(), w.fatigue(), w.sleepQuality(), w.soreness(), w.stress(),
                            w.mood(), w.sleepHours(), w.restingHr(), w.rmssd()))
                    .toList();
            List<PerformanceInput> tests = history.results().stream().filter(r -> r.athlete() == athlete)
                    .map(r -> new PerformanceInput(r.date(), r.test(), r.value(), !r.test().contains("sprint"), 3.0))
                    .toList();
            AthleteHistory input = new AthleteHistory(today.minusWeeks(DemoHistory.WEEKS), sessions, wellness, tests,
                    null);
            days.add(calculator.day(input, today));
        }
        return days;
    }

    /** The demo is generated relative to the day it is loaded, so every weekday must give the same picture. */
    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6 })
    void declinersEndInAlertWithReasonsAndStableAthletesDoNot(int offset) {
        LocalDate today = TODAY.plusDays(offset);
        for (boolean rowing : new boolean[] { true, false }) {
            DemoHistory.Cast cast = rowing ? DemoLoader.ROWING_CAST : DemoLoader.FOOTBALL_CAST;
            List<DayMetrics> days = lastDays(rowing, cast, rowing ? DemoLoader.ROWING_SEED : DemoLoader.FOOTBALL_SEED,
                    today);
            for (int a = 0; a < days.size(); a++) {
                SignalLevel level = days.get(a).signals().level();
                if (cast.decliners().contains(a)) {
                    assertTrue(level.isAlert(), "decliner " + a + " is " + level + ": " + days.get(a).signals().summary());
                    assertFalse(days.get(a).signals().signs().isEmpty());
                } else {
                    assertFalse(level.isAlert(), "stable " + a + " is " + level + ": " + days.get(a).signals().summary());
                }
            }
        }
    }

    @Test
    void declinersShowALoadSpikeInTheLastWeek() {
        for (boolean rowing : new boolean[] { true, false }) {
            DemoHistory.Cast cast = rowing ? DemoLoader.ROWING_CAST : DemoLoader.FOOTBALL_CAST;
            DemoHistory.History history = DemoHistory.generate(rowing, cast, TODAY,
                    rowing ? DemoLoader.ROWING_SEED : DemoLoader.FOOTBALL_SEED);
            for (int decliner : cast.decliners()) {
                List<SessionInput> sessions = history.sessions().stream()
                        .flatMap(s -> s.attendance().stream().filter(x -> x.athlete() == decliner)
                                .map(x -> new SessionInput(s.date(), x.rpe(), x.minutes(), x.attended())))
                        .toList();
                AthleteHistory input = new AthleteHistory(TODAY.minusWeeks(DemoHistory.WEEKS), sessions, List.of(),
                        List.of(), null);
                double highest = new MetricsCalculator(Thresholds.defaults())
                        .days(input, TODAY.minusDays(7), TODAY).stream()
                        .filter(d -> d.ewma().ratio().isAvailable()).mapToDouble(d -> d.ewma().ratio().value())
                        .max().orElse(0);
                assertTrue(highest > 1.5, "decliner " + decliner + " highest EWMA ratio " + highest);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertEquals(DemoHistory.generate(true, DemoLoader.ROWING_CAST, TODAY, 5),
                DemoHistory.generate(true, DemoLoader.ROWING_CAST, TODAY, 5));
    }

    @Test
    void someSessionsAreLeftUnratedAndSomeDaysHaveNoQuestionnaire() {
        DemoHistory.History history = DemoHistory.generate(false, DemoLoader.FOOTBALL_CAST, TODAY, 3);
        long unrated = history.sessions().stream().flatMap(s -> s.attendance().stream())
                .filter(a -> a.attended() && a.rpe() == null).count();
        assertTrue(unrated > 10, "unrated sessions: " + unrated);
        Map<Integer, Long> perAthlete = history.wellness().stream()
                .collect(Collectors.groupingBy(DemoHistory.Wellness::athlete, Collectors.counting()));
        assertTrue(perAthlete.get(DemoLoader.FOOTBALL_CAST.forgetful().get(0)) < DemoHistory.WEEKS * 7 * 0.9,
                "forgetful athlete skips questionnaires");
    }

    /** Whatever the weekday the demo starts on, each team has a hard session today with the whole squad, unrated. */
    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 2, 3, 4, 5, 6 })
    void eachTeamHasAHardSessionTodayWithTheWholeSquadUnrated(int offset) {
        LocalDate today = TODAY.plusDays(offset);
        for (boolean rowing : new boolean[] { true, false }) {
            DemoHistory.Cast cast = rowing ? DemoLoader.ROWING_CAST : DemoLoader.FOOTBALL_CAST;
            List<DemoHistory.Session> sessions = DemoHistory.today(rowing, cast, today);
            assertFalse(sessions.isEmpty(), today.getDayOfWeek() + (rowing ? " rowing" : " football"));
            assertTrue(sessions.stream().anyMatch(s -> s.plannedRpe() >= 5), "a hard session: " + sessions);
            for (DemoHistory.Session s : sessions) {
                assertEquals(today, s.date());
                assertEquals(cast.athletes(), s.attendance().size());
                assertTrue(s.attendance().stream().allMatch(a -> a.attended() && a.rpe() == null));
            }
        }
    }
}
