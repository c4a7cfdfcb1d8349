package app.deload.monitoring;

import static app.deload.monitoring.Fixtures.DAY_1;
import static app.deload.monitoring.Fixtures.T;
import static app.deload.monitoring.Fixtures.concat;
import static app.deload.monitoring.Fixtures.day;
import static app.deload.monitoring.Fixtures.jump;
import static app.deload.monitoring.Fixtures.repeat;
import static app.deload.monitoring.Fixtures.sessions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsCalculatorTest {
    private static final MetricsCalculator CALC = new MetricsCalculator(T);

    private static List<DayMetrics> run(Fixtures.Athlete athlete, int days) {
        return CALC.days(athlete.history(), day(1), day(days));
    }

    private static DayMetrics on(List<DayMetrics> days, int dayOfHistory) {
        DayMetrics m = days.get(dayOfHistory - 1);
        assertEquals(day(dayOfHistory), m.date());
        return m;
    }

    @Test
    void oneRecordPerDayInTheRange() {
        List<DayMetrics> days = CALC.days(new Fixtures.Athlete(20).history(), day(5), day(20));
        assertEquals(16, days.size());
        assertEquals(day(5), days.get(0).date());
        assertEquals(5, days.get(0).dayOfHistory());
    }

    @Test
    void daysBeforeTheHistoryStartAreBuilding() {
        List<DayMetrics> days = CALC.days(new Fixtures.Athlete(3).history(), DAY_1.minusDays(2), day(3));
        assertEquals(DayState.BEFORE_HISTORY, days.get(0).state());
        assertEquals(-1, days.get(0).dayOfHistory());
        assertEquals(Metric.Status.BUILDING, days.get(0).ewma().acute().status());
        assertEquals(SignalLevel.NONE, days.get(0).signals().level());
        assertEquals(DayState.REST, days.get(2).state());
        assertEquals(1, days.get(2).dayOfHistory());
        assertEquals(DayState.TRAINED, days.get(3).state());
    }

    @Test
    void athleteWithoutAnyInputGetsOnlyReasons() {
        DayMetrics m = CALC.day(new AthleteHistory(null, null, null, null, null), DAY_1);
        assertEquals(DayState.BEFORE_HISTORY, m.state());
        assertEquals("no history yet", m.dailyLoad().reason());
        assertEquals(SignalLevel.NONE, m.signals().level());
    }

    @Test
    void stableAthleteHasNoSigns() {
        List<DayMetrics> days = run(new Fixtures.Athlete(70), 70);
        for (DayMetrics m : days) {
            assertEquals(SignalLevel.NONE, m.signals().level(), m.date() + ": " + m.signals().signs());
        }
        DayMetrics last = on(days, 70);
        assertTrue(last.ewma().ratio().isAvailable());
        assertTrue(last.monotonyStrain().monotony().isAvailable());
        assertTrue(last.wellnessZ().total().z().isAvailable());
        assertEquals(HrvClass.WITHIN, last.hrv().classification());
        assertTrue(last.restingHr().rise().isAvailable());
        assertEquals(1, last.latestResults().size());
    }

    @Test
    void oneDomainIsWatch() {
        // Three nights under 6 h (days 64, 66, 68): sleep sign from day 68, nothing else.
        Fixtures.Athlete athlete = new Fixtures.Athlete(70)
                .sleepHours(day(64), 5.5).sleepHours(day(66), 5.0).sleepHours(day(68), 5.75);
        List<DayMetrics> days = run(athlete, 70);
        assertEquals(SignalLevel.NONE, on(days, 67).signals().level());
        OverreachingSignals signals = on(days, 70).signals();
        assertEquals(SignalLevel.WATCH, signals.level());
        assertEquals(Set.of(Domain.SLEEP), signals.domains());
        assertEquals("Sleep: 3 of the last 7 nights under 6 h, 3 under 7 h (7 nights recorded; last night 8.25 h)",
                signals.signs().get(0).sentence());
    }

    @Test
    void loadSpikeIsWatch() {
        Fixtures.Athlete athlete = new Fixtures.Athlete(42).load(day(40), 1500).load(day(41), 1500).load(day(42), 1500);
        DayMetrics m = on(run(athlete, 42), 42);
        assertEquals(SignalLevel.WATCH, m.signals().level());
        assertEquals(Set.of(Domain.LOAD), m.signals().domains());
        assertEquals(LoadBand.LOAD_SPIKE, m.ewma().band());
        assertTrue(m.signals().signs().get(0).sentence().startsWith("Load spike: EWMA acute:chronic ratio"));
    }

    /** Nights under 6 h on days 64–66; soreness 2 (other items raised, total 20) on days 64–70. */
    private static Fixtures.Athlete sleepAndSoreness() {
        Fixtures.Athlete athlete = new Fixtures.Athlete(70);
        for (int d = 64; d <= 70; d++) {
            athlete.items(day(d), 5, 4, 2, 5, 4, d <= 66 ? 5.5 : 8.0);
        }
        return athlete;
    }

    @Test
    void twoDomainsOnThreeDaysIsAccumulatedFatigue() {
        // Sleep sign days 66–70; soreness sign (4th sore day) days 67–70: two domains on 67, 68, 69.
        List<DayMetrics> days = run(sleepAndSoreness(), 70);
        assertEquals(SignalLevel.WATCH, on(days, 66).signals().level());
        assertEquals(SignalLevel.WATCH, on(days, 68).signals().level());
        OverreachingSignals day69 = on(days, 69).signals();
        assertEquals(SignalLevel.ALERT_ACCUMULATED_FATIGUE, day69.level());
        assertEquals(Set.of(Domain.SLEEP, Domain.SORENESS), day69.domains());
        assertFalse(on(days, 69).wellnessZ().total().level() != ZLevel.NONE);
        assertEquals(SignalLevel.ALERT_ACCUMULATED_FATIGUE, on(days, 70).signals().level());
    }

    @Test
    void fatiguePatternPlusDecrementIsFunctionalOverreaching() {
        // Previous jumps (days 29, 43, 57): 40.4, 39.6, 40.4, mean 40.13; 37.0 on day 68 is 7.8 % worse.
        Fixtures.Athlete athlete = sleepAndSoreness().test(jump(day(68), 37.0));
        List<DayMetrics> days = run(athlete, 70);
        DayMetrics m = on(days, 70);
        assertEquals(SignalLevel.ALERT_FUNCTIONAL_OVERREACHING, m.signals().level());
        assertEquals(Set.of(Domain.SLEEP, Domain.SORENESS, Domain.PERFORMANCE), m.signals().domains());
        assertTrue(m.latestResults().get(0).decrement());
        assertFalse(m.signals().suggestMedicalReview());
    }

    @Test
    void decrementPersistingAfterDeloadSuggestsMedicalReview() {
        Fixtures.Athlete athlete = new Fixtures.Athlete(80);
        athlete.performance.clear();
        // 40, 40, 40, then 36 on day 43 (10 % worse); deload ends day 50; retest 36 on day 64 vs mean 38.67: 6.9 %.
        athlete.test(jump(day(1), 40)).test(jump(day(15), 40)).test(jump(day(29), 40)).test(jump(day(43), 36))
                .test(jump(day(64), 36));
        athlete.lastDeloadEnd = day(50);
        List<DayMetrics> days = run(athlete, 80);
        assertEquals(SignalLevel.WATCH, on(days, 43).signals().level());
        assertFalse(on(days, 63).signals().suggestMedicalReview());
        DayMetrics day64 = on(days, 64);
        assertTrue(day64.signals().suggestMedicalReview());
        assertEquals(Set.of(Domain.PERFORMANCE), day64.signals().domains());
        assertTrue(day64.signals().medicalReviewReason().contains("diagnosed by clinicians"));
    }

    @Test
    void editedEntryChangesLaterDays() {
        // 28 days of 30 AU with day 21 edited to 50: the 20 AU difference adds λ·20·(1 − λ)^7 on day 28:
        // acute 30 + 0.25 × 20 × 0.75^7 = 30.6674,
        // chronic 30 + (2/29) × 20 × (27/29)^7 = 30 + 1.37931 × 0.60640 = 30.8364.
        List<SessionInput> original = sessions(repeat(28, 30));
        List<SessionInput> edited = new ArrayList<>(original);
        edited.set(20, new SessionInput(day(21), 5, 10, true));
        DayMetrics before = CALC.day(new AthleteHistory(DAY_1, original, null, null, null), day(28));
        DayMetrics after = CALC.day(new AthleteHistory(DAY_1, edited, null, null, null), day(28));
        assertEquals(30.0, before.ewma().acute().value(), 1e-9);
        assertEquals(30.6674, after.ewma().acute().value(), 1e-4);
        assertEquals(30.8364, after.ewma().chronic().value(), 1e-4);
    }

    @Test
    void backFilledEntryChangesLaterDays() {
        // 13 baseline entries: building. Back-filling the missing 14th makes today's z-score available.
        List<WellnessInput> entries = new ArrayList<>();
        for (int d = 1; d <= 14; d++) {
            if (d != 5) {
                entries.add(Fixtures.wellness(day(d), 20));
            }
        }
        entries.add(Fixtures.wellness(day(15), 18));
        DayMetrics before = CALC.day(new AthleteHistory(DAY_1, null, entries, null, null), day(15));
        assertEquals("building baseline: 13 of 14 entries", before.wellnessZ().total().z().reason());
        entries.add(Fixtures.wellness(day(5), 20));
        DayMetrics after = CALC.day(new AthleteHistory(DAY_1, null, entries, null, null), day(15));
        // SD 0 → floor 1: (18 − 20) / 1 = −2.
        assertEquals(-2.0, after.wellnessZ().total().z().value());
    }

    @Test
    void backFilledRatingTurnsMissingIntoTrained() {
        List<SessionInput> s = new ArrayList<>(sessions(concat(repeat(6, 100), new Integer[] {null})));
        DayMetrics missing = CALC.day(new AthleteHistory(DAY_1, s, null, null, null), day(7));
        assertEquals(DayState.MISSING, missing.state());
        assertEquals(600.0, missing.weeklyLoad().load().value());
        s.set(6, Fixtures.session(day(7), 100));
        DayMetrics rated = CALC.day(new AthleteHistory(DAY_1, s, null, null, null), day(7));
        assertEquals(DayState.TRAINED, rated.state());
        assertEquals(700.0, rated.weeklyLoad().load().value());
    }

    @Test
    void wellnessRunAcrossTheRangeStartIsCarried() {
        // Watch-level days 25, 26, 27 with the range starting on day 27: the run started before the range.
        Fixtures.Athlete athlete = new Fixtures.Athlete(27);
        for (int d = 25; d <= 27; d++) {
            athlete.items(day(d), 4, 4, 4, 3, 3, 8.0);
        }
        DayMetrics m = CALC.days(athlete.history(), day(27), day(27)).get(0);
        assertEquals(3, m.wellnessZ().consecutiveWatchDays());
        assertEquals(Set.of(Domain.WELLNESS), m.signals().domains());
        assertTrue(m.signals().signs().get(0).sentence().endsWith("(3rd day in a row)"),
                m.signals().signs().get(0).sentence());
    }

    @Test
    void aWellnessRunLongerThanTheLeadInIsCarriedIntoTheRange() {
        // Watch-level days 20 to 27 and a range starting on day 27: the pass starts on day 25, so the five days
        // 20–24 before it are counted by the carry.
        Fixtures.Athlete athlete = new Fixtures.Athlete(27);
        for (int d = 20; d <= 27; d++) {
            athlete.items(day(d), 4, 4, 4, 3, 3, 8.0);
        }
        DayMetrics m = CALC.days(athlete.history(), day(27), day(27)).get(0);
        assertEquals(8, m.wellnessZ().consecutiveWatchDays());
        assertTrue(m.signals().signs().get(0).sentence().endsWith("(8th day in a row)"),
                m.signals().signs().get(0).sentence());
        assertEquals(CALC.days(athlete.history(), day(1), day(27)).get(26), m);
    }

    @Test
    void sorenessRunAcrossTheRangeStartIsCarried() {
        // Sore (2) from day 20 to day 30; a range starting on day 27 still sees the 8th sore day in a row.
        Fixtures.Athlete athlete = new Fixtures.Athlete(30);
        for (int d = 20; d <= 30; d++) {
            athlete.items(day(d), 5, 4, 2, 5, 4, 8.0);
        }
        DayMetrics m = CALC.days(athlete.history(), day(27), day(27)).get(0);
        assertEquals(8, m.soreness().consecutiveDays());
        assertTrue(m.signals().domains().contains(Domain.SORENESS));
    }

    @Test
    void aDayDoesNotDependOnTheRangeAskedFor() {
        Fixtures.Athlete athlete = sleepAndSoreness().test(jump(day(68), 37.0));
        athlete.lastDeloadEnd = day(40);
        for (int d = 25; d <= 27; d++) {
            athlete.items(day(d), 4, 4, 4, 3, 3, 8.0);
        }
        AthleteHistory history = athlete.history();
        List<DayMetrics> full = CALC.days(history, day(1), day(70));
        for (int d = 1; d <= 70; d++) {
            assertEquals(full.get(d - 1), CALC.day(history, day(d)), "day " + d);
        }
        assertEquals(full.subList(60, 70), CALC.days(history, day(61), day(70)));
    }

    @Test
    void syntheticHistoriesGiveTheSameDayWhateverTheRange() {
        Random random = new Random(7);
        for (int a = 0; a < 3; a++) {
            AthleteHistory history = MetricsBenchmark.syntheticAthlete(random, DAY_1, 240);
            List<DayMetrics> full = CALC.days(history, day(1), day(240));
            for (int d = 1; d <= 240; d += 3) {
                assertEquals(full.get(d - 1), CALC.day(history, day(d)), "athlete " + a + ", day " + d);
            }
        }
    }
}
