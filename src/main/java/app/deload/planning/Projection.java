package app.deload.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fitness, fatigue and form projected through the plan (science sections 5 and 11), a heuristic model of load,
 * not a promised peak.
 *
 * <p>Daily loads: a plan week (each part of a week split by a brought-forward deload on its own) is spread over
 * the days that have planned sessions, in proportion to planned minutes × RPE, else evenly over its days. Days up
 * to today have happened, so the rest of the current week carries the even share of its remaining days, spread
 * the same way. Outside the plan a day carries its planned sessions' minutes × RPE, or nothing.
 * CTL_d = load_d·(1 − e^(−1/42)) + CTL_(d−1)·e^(−1/42), ATL likewise with 7; form on d = CTL_(d−1) − ATL_(d−1);
 * form % = 100 × form / CTL_(d−1).
 */
public final class Projection {
    public static final double CTL_DECAY = Math.exp(-1.0 / 42);
    public static final double ATL_DECAY = Math.exp(-1.0 / 7);

    private Projection() {
    }

    /** From today's actual CTL and ATL (after today's load), each day from today + 1 through {@code until}. */
    public static List<ProjectedDay> project(double ctlToday, double atlToday, LocalDate today, LocalDate until,
                                             PlanLayout layout, List<PlannedSessionLoad> planned) {
        if (!(ctlToday >= 0) || !(atlToday >= 0) || Double.isInfinite(ctlToday) || Double.isInfinite(atlToday)) {
            throw new IllegalArgumentException("fitness and fatigue must be 0 or more");
        }
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(until, "until");
        Map<LocalDate, Double> loads = dailyLoads(today, until, layout, planned);
        List<ProjectedDay> days = new ArrayList<>();
        double ctl = ctlToday;
        double atl = atlToday;
        for (LocalDate d = today.plusDays(1); !d.isAfter(until); d = d.plusDays(1)) {
            double load = loads.getOrDefault(d, 0.0);
            double form = ctl - atl;
            Double percent = ctl == 0 ? null : 100 * form / ctl;
            double yesterdayCtl = ctl;
            ctl = load * (1 - CTL_DECAY) + yesterdayCtl * CTL_DECAY;
            atl = load * (1 - ATL_DECAY) + atl * ATL_DECAY;
            days.add(new ProjectedDay(d, load, ctl, atl, form, percent, percent == null ? null : FormBand.of(percent)));
        }
        return List.copyOf(days);
    }

    /** The projected load of each day after today through {@code until}. */
    static Map<LocalDate, Double> dailyLoads(LocalDate today, LocalDate until, PlanLayout layout,
                                             List<PlannedSessionLoad> planned) {
        Map<LocalDate, Double> sessions = new HashMap<>();
        for (PlannedSessionLoad s : planned == null ? List.<PlannedSessionLoad>of() : planned) {
            sessions.merge(s.date(), s.minutesTimesRpe(), Double::sum);
        }
        Map<LocalDate, Double> loads = new HashMap<>();
        for (LocalDate d = today.plusDays(1); !d.isAfter(until); d = d.plusDays(1)) {
            if (layout == null || layout.weekOf(d).isEmpty()) {
                loads.put(d, sessions.getOrDefault(d, 0.0));
            }
        }
        if (layout == null) {
            return loads;
        }
        for (PlannedWeek w : layout.weeks()) {
            if (!w.end().isAfter(today) || w.start().isAfter(until)) {
                continue;
            }
            int before = w.daysBeforeDeload();
            if (before > 0) {
                spread(w.start(), w.deloadFrom().minusDays(1), w.plannedLoadOn(w.start()) * before, today, sessions,
                        loads);
                spread(w.deloadFrom(), w.end(), w.deloadDayLoad() * (7 - before), today, sessions, loads);
            } else {
                spread(w.start(), w.end(), w.plannedLoad(), today, sessions, loads);
            }
        }
        return loads;
    }

    private static void spread(LocalDate from, LocalDate to, double load, LocalDate today,
                               Map<LocalDate, Double> sessions, Map<LocalDate, Double> loads) {
        LocalDate first = from.isAfter(today) ? from : today.plusDays(1);
        if (first.isAfter(to)) {
            return;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        long remaining = java.time.temporal.ChronoUnit.DAYS.between(first, to) + 1;
        double share = load * remaining / days;
        double planned = 0;
        for (LocalDate d = first; !d.isAfter(to); d = d.plusDays(1)) {
            planned += sessions.getOrDefault(d, 0.0);
        }
        for (LocalDate d = first; !d.isAfter(to); d = d.plusDays(1)) {
            loads.put(d, planned > 0 ? share * sessions.getOrDefault(d, 0.0) / planned : share / remaining);
        }
    }
}
