package app.deload.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Resuming from a stored checkpoint with only the last weeks of inputs gives the whole-history numbers. */
class ResumeTest {
    private static final LocalDate FIRST = LocalDate.of(2025, 3, 1);

    /** A random but plausible history: gaps, unrated sessions, rest days, HRV, sleep, soreness runs, tests. */
    static AthleteHistory randomHistory(Random random, LocalDate first, int days) {
        List<SessionInput> sessions = new ArrayList<>();
        List<WellnessInput> wellness = new ArrayList<>();
        List<PerformanceInput> results = new ArrayList<>();
        int sorePhase = 0;
        for (int k = 0; k < days; k++) {
            LocalDate d = first.plusDays(k);
            int sessionsToday = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
            for (int s = 0; s < sessionsToday; s++) {
                Integer rpe = random.nextInt(25) == 0 ? null : random.nextInt(11);
                sessions.add(new SessionInput(d, rpe, 20 + random.nextInt(100), random.nextInt(10) != 0));
            }
            if (random.nextInt(6) != 0) {
                if (random.nextInt(20) == 0) {
                    sorePhase = 6;
                }
                int soreness = sorePhase-- > 0 ? 1 + random.nextInt(2) : 2 + random.nextInt(4);
                wellness.add(new WellnessInput(d, 1 + random.nextInt(5), 1 + random.nextInt(5), soreness,
                        1 + random.nextInt(5), 1 + random.nextInt(5), 4 + random.nextInt(24) / 4.0,
                        random.nextBoolean() ? 45 + random.nextInt(20) : null,
                        random.nextBoolean() ? 30 + random.nextInt(90) + 0.5 : null));
            }
            if (random.nextInt(12) == 0) {
                results.add(new PerformanceInput(d, random.nextBoolean() ? "jump" : "sprint",
                        40 + random.nextInt(10), true, null));
            }
        }
        return new AthleteHistory(first, sessions, wellness, results, null);
    }

    /** Only the inputs on or after {@code from}, as the ledger reads them. */
    static AthleteHistory since(AthleteHistory h, LocalDate from) {
        return new AthleteHistory(h.firstDay().orElseThrow(),
                h.sessions().stream().filter(s -> !s.date().isBefore(from)).toList(),
                h.wellness().stream().filter(w -> !w.date().isBefore(from)).toList(), h.performance(),
                h.lastDeloadEnd());
    }

    @Test
    void chainedResumesWithRecentInputsEqualTheWholeHistory() {
        for (int seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            int length = 60 + random.nextInt(200);
            AthleteHistory history = randomHistory(random, FIRST, length);
            LocalDate to = FIRST.plusDays(length + 3);
            MetricsCalculator calculator = new MetricsCalculator(Thresholds.defaults());
            List<DayMetrics> whole = calculator.days(history, FIRST, to);

            List<DayMetrics> resumed = new ArrayList<>();
            Checkpoint state = Checkpoint.before(FIRST);
            while (state.date().isBefore(to)) {
                LocalDate until = state.date().plusDays(1 + random.nextInt(40));
                until = until.isAfter(to) ? to : until;
                AthleteHistory recent = since(history,
                        state.date().plusDays(1).minusDays(calculator.lookbackDays()));
                List<MetricsCalculator.LedgerDay> days = calculator.resume(recent, state, until);
                days.forEach(d -> resumed.add(d.metrics()));
                state = days.get(days.size() - 1).state();
            }
            assertEquals(whole, resumed, "seed " + seed);
        }
    }

    @Test
    void everyStoredDayDecodesToTheComputedDay() {
        Random random = new Random(7);
        AthleteHistory history = randomHistory(random, FIRST, 200);
        List<DayMetrics> days = new MetricsCalculator(Thresholds.defaults()).days(history, FIRST.minusDays(3),
                FIRST.plusDays(203));
        int bytes = 0;
        for (DayMetrics day : days) {
            byte[] stored = DayMetricsCodec.encode(day);
            bytes = Math.max(bytes, stored.length);
            assertEquals(day, DayMetricsCodec.decode(stored), day.date().toString());
        }
        assertTrue(bytes < 8000, "largest day " + bytes + " bytes");
    }

    @Test
    void aDayDoesNotDependOnWhereTheRangeStartsOrEnds() {
        Random random = new Random(99);
        AthleteHistory history = randomHistory(random, FIRST, 120);
        MetricsCalculator calculator = new MetricsCalculator(Thresholds.defaults());
        List<DayMetrics> whole = calculator.days(history, FIRST.minusDays(5), FIRST.plusDays(120));
        for (int k = 0; k < 30; k++) {
            LocalDate from = FIRST.minusDays(5).plusDays(random.nextInt(120));
            LocalDate until = from.plusDays(random.nextInt(5));
            List<DayMetrics> part = calculator.days(history, from, until);
            int offset = (int) (from.toEpochDay() - FIRST.minusDays(5).toEpochDay());
            assertEquals(whole.subList(offset, offset + part.size()), part, "from " + from);
        }
    }

    @Test
    void ewmaMethodNamesNoSeedBeforeTheSeedDay() {
        List<SessionInput> sessions = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            sessions.add(new SessionInput(FIRST.plusDays(k), null, 60, true));
        }
        sessions.add(new SessionInput(FIRST.plusDays(3), 5, 60, true));
        AthleteHistory history = new AthleteHistory(FIRST, sessions, List.of(), List.of(), null);
        List<DayMetrics> days = new MetricsCalculator(Thresholds.defaults()).days(history, FIRST, FIRST.plusDays(4));
        assertTrue(!days.get(0).ewma().acute().method().contains("seeded"), days.get(0).ewma().acute().method());
        assertTrue(days.get(3).ewma().acute().method().contains("seeded with the load of " + FIRST.plusDays(3)));
    }

    @Test
    void checkpointBeforeTheFirstDayHasNothingSeeded() {
        Checkpoint start = Checkpoint.before(FIRST);
        assertEquals(FIRST.minusDays(1), start.date());
        assertTrue(Double.isNaN(start.ewmaAcute()));
        assertNull(start.ewmaSeedDay());
        assertEquals(0, Checkpoint.mask(Checkpoint.domains(0)));
        assertEquals(0b100001, Checkpoint.mask(Checkpoint.domains(0b100001)));
    }
}
