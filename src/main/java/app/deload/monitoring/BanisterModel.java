package app.deload.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Fitness (CTL, 42-day), fatigue (ATL, 7-day) and form as in the Performance Manager, in AU (not TSS).
 * Both start at 0 the day before the history start; form on day d is CTL(d−1) − ATL(d−1). A MISSING day
 * skips the update, as for the EWMA, and completeness is reported over the last 42 / 7 days since the start.
 *
 * @param fitness CTL
 * @param fatigue ATL
 * @param form    TSB, yesterday's CTL − ATL
 */
public record BanisterModel(Metric fitness, Metric fatigue, Metric form) {
    public static final int CTL_DAYS = 42;
    public static final int ATL_DAYS = 7;
    static final String CTL_METHOD = "CTL_d = load_d·(1 − e^(−1/42)) + CTL_d−1·e^(−1/42), from 0 the day before "
            + "the first day; a missing day carries the previous value forward";
    static final String ATL_METHOD = "ATL_d = load_d·(1 − e^(−1/7)) + ATL_d−1·e^(−1/7), from 0 the day before "
            + "the first day; a missing day carries the previous value forward";
    static final String FORM_METHOD = "form (TSB) = yesterday's CTL − yesterday's ATL (GoldenCheetah/WKO)";

    public static Series series(DailyLoads loads, Thresholds t) {
        return new Series(loads, t, 0, 0, 0);
    }

    /** The recursion resumed after {@code state}'s day from its CTL and ATL. */
    static Series resumed(DailyLoads loads, Thresholds t, Checkpoint state) {
        return new Series(loads, t, loads.index(state.date()) + 1, state.ctl(), state.atl());
    }

    public static final class Series {
        private final DailyLoads loads;
        private final Thresholds t;
        private final double[] ctl;
        private final double[] atl;

        private Series(DailyLoads loads, Thresholds t, int start, double ctlBefore, double atlBefore) {
            this.loads = loads;
            this.t = t;
            int n = loads.length();
            ctl = new double[n];
            atl = new double[n];
            double decayCtl = Math.exp(-1.0 / CTL_DAYS);
            double decayAtl = Math.exp(-1.0 / ATL_DAYS);
            double c = ctlBefore;
            double a = atlBefore;
            if (start > 0 && start <= n) {
                ctl[start - 1] = c;
                atl[start - 1] = a;
            }
            for (int i = Math.max(start, 0); i < n; i++) {
                double load = loads.loadAt(i);
                if (!Double.isNaN(load)) {
                    c = load * (1 - decayCtl) + c * decayCtl;
                    a = load * (1 - decayAtl) + a * decayAtl;
                }
                ctl[i] = c;
                atl[i] = a;
            }
        }

        public Optional<Double> rawFitness(LocalDate day) {
            int i = loads.index(day);
            return i < 0 ? Optional.empty() : Optional.of(ctl[i]);
        }

        public Optional<Double> rawFatigue(LocalDate day) {
            int i = loads.index(day);
            return i < 0 ? Optional.empty() : Optional.of(atl[i]);
        }

        double ctlAt(int i) {
            return ctl[i];
        }

        double atlAt(int i) {
            return atl[i];
        }

        public BanisterModel at(LocalDate day) {
            int i = loads.index(day);
            Metric fitness = value(ctl, i, day, CTL_DAYS, CTL_METHOD);
            Metric fatigue = value(atl, i, day, ATL_DAYS, ATL_METHOD);
            Window formWindow = new Window(day.minusDays(1), day.minusDays(1), i >= 1 && loads.known(i - 1) ? 1 : 0);
            Metric form;
            if (i < 0) {
                form = loads.beforeHistory(FORM_METHOD, formWindow);
            } else if (i == 0) {
                form = Metric.ok(0, "first day: CTL and ATL start at 0", FORM_METHOD, formWindow);
            } else {
                Metric yesterdayFitness = value(ctl, i - 1, day.minusDays(1), CTL_DAYS, CTL_METHOD);
                Metric yesterdayFatigue = value(atl, i - 1, day.minusDays(1), ATL_DAYS, ATL_METHOD);
                if (!yesterdayFitness.isAvailable()) {
                    form = Metric.unavailable(yesterdayFitness.status(), "yesterday's fitness "
                            + yesterdayFitness.reason(), FORM_METHOD, formWindow);
                } else if (!yesterdayFatigue.isAvailable()) {
                    form = Metric.unavailable(yesterdayFatigue.status(), "yesterday's fatigue "
                            + yesterdayFatigue.reason(), FORM_METHOD, formWindow);
                } else {
                    form = Metric.ok(ctl[i - 1] - atl[i - 1], "CTL " + Fmt.d1(ctl[i - 1]) + " − ATL "
                            + Fmt.d1(atl[i - 1]) + " (yesterday)", FORM_METHOD, formWindow);
                }
            }
            return new BanisterModel(fitness, fatigue, form);
        }

        private Metric value(double[] series, int i, LocalDate day, int n, String method) {
            LocalDate from = day.minusDays(n - 1);
            if (loads.historyStart().isPresent() && from.isBefore(loads.historyStart().get()) && i >= 0) {
                from = loads.historyStart().get();
            }
            Window w = loads.window(from, day);
            if (i < 0) {
                return loads.beforeHistory(method, w);
            }
            if (!w.meets(t.minCompleteness())) {
                return Metric.unavailable(Metric.Status.INSUFFICIENT, "insufficient data: " + w.completenessText()
                        + " (missing days carried forward)", method, w);
            }
            return Metric.ok(series[i], w.completenessText(), method, w);
        }
    }
}
