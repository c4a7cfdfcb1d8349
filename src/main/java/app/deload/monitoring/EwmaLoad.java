package app.deload.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Acute and chronic EWMA loads and their ratio (Williams et al. 2017), in AU/day.
 * Seed: both EWMAs start at the load of the first day with a known load on or after the history start
 * (the history start's own load unless that day is MISSING). A MISSING day skips the update
 * (EWMA_d = EWMA_d−1): its load is unknown, not zero. Completeness is reported over the last N days since
 * the history start, and under the minimum the value is "insufficient data".
 *
 * @param band the ratio's band when the ratio is available, else null
 */
public record EwmaLoad(Metric acute, Metric chronic, Metric ratio, LoadBand band) {

    public static Series series(DailyLoads loads, Thresholds t) {
        return new Series(loads, t, 0, Double.NaN, Double.NaN, null);
    }

    /**
     * The recursion resumed after {@code state}'s day from its EWMAs and seed day; days before the resume day
     * are not computed.
     */
    static Series resumed(DailyLoads loads, Thresholds t, Checkpoint state) {
        int start = loads.index(state.date()) + 1;
        return new Series(loads, t, start, state.ewmaAcute(), state.ewmaChronic(), state.ewmaSeedDay());
    }

    /** The EWMA recursion over a whole history, computed once; {@link #at} adds completeness and suppression. */
    public static final class Series {
        private final DailyLoads loads;
        private final Thresholds t;
        private final double[] acute;
        private final double[] chronic;
        private final LocalDate seedDay;
        private final String acuteMethod;
        private final String chronicMethod;
        private final String acuteMethodUnseeded;
        private final String chronicMethodUnseeded;
        private final String ratioMethod;

        private Series(DailyLoads loads, Thresholds t, int start, double acuteBefore, double chronicBefore,
                LocalDate seedBefore) {
            this.loads = loads;
            this.t = t;
            int n = loads.length();
            acute = new double[n];
            chronic = new double[n];
            double lambdaAcute = 2.0 / (t.acuteDays() + 1);
            double lambdaChronic = 2.0 / (t.chronicDays() + 1);
            double a = acuteBefore;
            double c = chronicBefore;
            LocalDate seedDay = seedBefore;
            if (start > 0 && start <= n) {
                acute[start - 1] = a;
                chronic[start - 1] = c;
            }
            for (int i = Math.max(start, 0); i < n; i++) {
                double load = loads.loadAt(i);
                if (!Double.isNaN(load)) {
                    if (Double.isNaN(a)) {
                        a = load;
                        c = load;
                        seedDay = loads.dateAt(i);
                    } else {
                        a = lambdaAcute * load + (1 - lambdaAcute) * a;
                        c = lambdaChronic * load + (1 - lambdaChronic) * c;
                    }
                }
                acute[i] = a;
                chronic[i] = c;
            }
            this.seedDay = seedDay;
            String seed = seedDay == null ? "" : "seeded with the load of " + seedDay + "; ";
            acuteMethod = method(t.acuteDays(), lambdaAcute, seed);
            chronicMethod = method(t.chronicDays(), lambdaChronic, seed);
            acuteMethodUnseeded = method(t.acuteDays(), lambdaAcute, "");
            chronicMethodUnseeded = method(t.chronicDays(), lambdaChronic, "");
            ratioMethod = "EWMA acute ÷ chronic (N " + t.acuteDays() + " / " + t.chronicDays()
                    + "); shown from day " + t.ratioMinHistoryDays() + " of history and when chronic ≥ "
                    + Fmt.trim(t.ratioMinChronicPerDay()) + " AU/day";
        }

        private static String method(int n, double lambda, String seed) {
            return "EWMA N=" + n + ", λ=2/(N+1)=" + Fmt.fixed(lambda, 4) + "; " + seed
                    + "a missing day carries the previous value forward";
        }

        /** The EWMA before completeness rules, empty before the seed. */
        public Optional<Double> rawAcute(LocalDate day) {
            return raw(acute, day);
        }

        public Optional<Double> rawChronic(LocalDate day) {
            return raw(chronic, day);
        }

        /** acute ÷ chronic before suppression rules; empty before the seed or when chronic is 0. */
        public Optional<Double> rawRatio(LocalDate day) {
            return rawAcute(day).flatMap(a -> rawChronic(day).filter(c -> c > 0).map(c -> a / c));
        }

        public EwmaLoad at(LocalDate day) {
            int i = loads.index(day);
            Window chronicWindow = clipped(day, t.chronicDays());
            // A day before the seed never names it, so a day's values do not depend on how far the history runs.
            boolean seeded = seedDay != null && !seedDay.isAfter(day);
            Metric acuteMetric = value(acute, i, day, t.acuteDays(), seeded ? acuteMethod : acuteMethodUnseeded);
            Metric chronicMetric = value(chronic, i, day, t.chronicDays(),
                    seeded ? chronicMethod : chronicMethodUnseeded);
            Metric ratio = Ratios.ratio(loads.dayOfHistory(day), acuteMetric, chronicMetric, ratioMethod,
                    chronicWindow, t);
            return new EwmaLoad(acuteMetric, chronicMetric, ratio,
                    ratio.isAvailable() ? LoadBand.of(ratio.value(), t) : null);
        }

        private Metric value(double[] series, int i, LocalDate day, int n, String method) {
            Window w = clipped(day, n);
            if (i < 0) {
                return loads.beforeHistory(method, w);
            }
            if (Double.isNaN(series[i])) {
                return Metric.unavailable(Metric.Status.NO_DATA, "no rated load since history start", method, w);
            }
            if (!w.meets(t.minCompleteness())) {
                return Metric.unavailable(Metric.Status.INSUFFICIENT, "insufficient data: " + w.completenessText()
                        + " (missing days carried forward)", method, w);
            }
            return Metric.ok(series[i], w.completenessText(), method, w);
        }

        /** The last n days, starting no earlier than the history start, where the recursion is defined. */
        private Window clipped(LocalDate day, int n) {
            LocalDate from = day.minusDays(n - 1);
            LocalDate start = loads.historyStart().orElse(day);
            if (from.isBefore(start) && !start.isAfter(day)) {
                from = start;
            }
            return loads.window(from, day);
        }

        /** The seed day if the recursion has been seeded on or before {@code day}, else null. */
        LocalDate seedDayAsOf(LocalDate day) {
            return seedDay != null && !seedDay.isAfter(day) ? seedDay : null;
        }

        double acuteAt(int i) {
            return acute[i];
        }

        double chronicAt(int i) {
            return chronic[i];
        }

        private Optional<Double> raw(double[] series, LocalDate day) {
            int i = loads.index(day);
            return i < 0 || Double.isNaN(series[i]) ? Optional.empty() : Optional.of(series[i]);
        }
    }
}
