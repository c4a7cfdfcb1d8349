package app.deload.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times the facade on 40 athletes × 730 days of synthetic but realistic inputs (fixed seed). Not a test:
 * run it by hand, e.g. {@code java -cp ... app.deload.monitoring.MetricsBenchmark}.
 */
public final class MetricsBenchmark {
    private static final int ATHLETES = 40;
    private static final int DAYS = 730;
    private static final LocalDate FIRST = LocalDate.of(2024, 6, 1);

    private MetricsBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(20260101L);
        List<AthleteHistory> team = new ArrayList<>();
        for (int a = 0; a < ATHLETES; a++) {
            team.add(syntheticAthlete(random, FIRST, DAYS));
        }
        LocalDate last = FIRST.plusDays(DAYS - 1);
        MetricsCalculator calculator = new MetricsCalculator(Thresholds.defaults());

        long checksum = 0;
        for (int warmUp = 0; warmUp < 15; warmUp++) {
            checksum += fullRange(calculator, team, last);
        }
        int rounds = 20;
        long[] full = new long[rounds];
        long[] today = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            checksum += fullRange(calculator, team, last);
            full[r] = System.nanoTime() - start;
            start = System.nanoTime();
            for (AthleteHistory athlete : team) {
                checksum += calculator.day(athlete, last).signals().level().ordinal();
            }
            today[r] = System.nanoTime() - start;
        }
        int alerts = 0;
        for (AthleteHistory athlete : team) {
            for (DayMetrics m : calculator.days(athlete, FIRST, last)) {
                alerts += m.signals().level().isAlert() ? 1 : 0;
            }
        }
        System.out.printf("team of %d athletes x %d days (%d day records)%n", ATHLETES, DAYS, ATHLETES * DAYS);
        System.out.printf("full range:  median %.1f ms, min %.1f ms per team%n", median(full), min(full));
        System.out.printf("today only:  median %.1f ms, min %.1f ms per team%n",
                median(today), min(today));
        System.out.printf("alert days in the synthetic team: %d of %d (checksum %d)%n", alerts, ATHLETES * DAYS,
                checksum);
    }

    private static long fullRange(MetricsCalculator calculator, List<AthleteHistory> team, LocalDate last) {
        long sum = 0;
        for (AthleteHistory athlete : team) {
            sum += calculator.days(athlete, FIRST, last).size();
        }
        return sum;
    }

    /**
     * 5–6 sessions a week with an easier fourth week, 5 % not attended, 3 % unrated, 90 % wellness compliance,
     * RMSSD on 80 % of mornings, two tests every 2 weeks, a deload that ended 60 days before the last day.
     */
    static AthleteHistory syntheticAthlete(Random random, LocalDate first, int days) {
        List<SessionInput> sessions = new ArrayList<>();
        List<WellnessInput> wellness = new ArrayList<>();
        List<PerformanceInput> performance = new ArrayList<>();
        double baseLn = 3.8 + random.nextDouble() * 0.6;
        int baseHr = 45 + random.nextInt(15);
        double jump = 35 + random.nextDouble() * 10;
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            int weekday = d % 7;
            boolean deloadWeek = (d / 7) % 4 == 3;
            if (weekday != 6 && (weekday != 2 || random.nextBoolean())) {
                int sessionsToday = random.nextDouble() < 0.15 ? 2 : 1;
                for (int s = 0; s < sessionsToday; s++) {
                    Integer rpe = random.nextDouble() < 0.03 ? null : 3 + random.nextInt(deloadWeek ? 3 : 6);
                    int minutes = 45 + random.nextInt(deloadWeek ? 30 : 75);
                    sessions.add(new SessionInput(date, rpe, minutes, random.nextDouble() < 0.95));
                }
            }
            if (random.nextDouble() < 0.90) {
                int fatigue = 2 + random.nextInt(4);
                double sleep = Math.round((6.0 + random.nextDouble() * 3.0) * 4) / 4.0;
                Double rmssd = random.nextDouble() < 0.8
                        ? Math.min(300, Math.max(3, Math.exp(baseLn + random.nextGaussian() * 0.12))) : null;
                Integer hr = random.nextDouble() < 0.7 ? baseHr + random.nextInt(5) : null;
                wellness.add(new WellnessInput(date, fatigue, 2 + random.nextInt(4), 2 + random.nextInt(4),
                        2 + random.nextInt(4), 3 + random.nextInt(3), sleep, hr, rmssd));
            }
            if (d % 14 == 1) {
                performance.add(new PerformanceInput(date, "CMJ", jump + random.nextGaussian() * 1.2, true, null));
                performance.add(new PerformanceInput(date, "Sprint 30 m",
                        4.3 + random.nextGaussian() * 0.08, false, 2.0));
            }
        }
        return new AthleteHistory(first, sessions, wellness, performance, first.plusDays(days - 60));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double min(long[] nanos) {
        long min = Long.MAX_VALUE;
        for (long n : nanos) {
            min = Math.min(min, n);
        }
        return min / 1e6;
    }
}
