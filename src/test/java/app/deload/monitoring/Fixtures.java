package app.deload.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builders for test inputs; a load value is turned into a session with that RPE × minutes. */
final class Fixtures {
    static final LocalDate DAY_1 = LocalDate.of(2026, 1, 5);
    static final Thresholds T = Thresholds.defaults();

    private Fixtures() {
    }

    static LocalDate day(int dayOfHistory) {
        return DAY_1.plusDays(dayOfHistory - 1);
    }

    /** An attended, rated session with exactly this load in AU (RPE 1–10, 1–600 minutes). */
    static SessionInput session(LocalDate date, int load) {
        for (int rpe = 10; rpe >= 1; rpe--) {
            if (load % rpe == 0 && load / rpe <= 600 && load / rpe >= 1) {
                return new SessionInput(date, rpe, load / rpe, true);
            }
        }
        throw new IllegalArgumentException("no RPE × minutes gives " + load);
    }

    static SessionInput unrated(LocalDate date) {
        return new SessionInput(date, null, 60, true);
    }

    /** One entry per day from day 1: a load, 0 for rest (no session), null for an unrated attended session. */
    static List<SessionInput> sessions(Integer... loads) {
        List<SessionInput> sessions = new ArrayList<>();
        for (int k = 0; k < loads.length; k++) {
            LocalDate date = day(k + 1);
            if (loads[k] == null) {
                sessions.add(unrated(date));
            } else if (loads[k] > 0) {
                sessions.add(session(date, loads[k]));
            }
        }
        return sessions;
    }

    static Integer[] repeat(int times, Integer load) {
        Integer[] out = new Integer[times];
        Arrays.fill(out, load);
        return out;
    }

    static Integer[] concat(Integer[]... parts) {
        List<Integer> all = new ArrayList<>();
        for (Integer[] part : parts) {
            all.addAll(Arrays.asList(part));
        }
        return all.toArray(new Integer[0]);
    }

    static DailyLoads loads(Integer... loads) {
        return DailyLoads.of(sessions(loads), DAY_1, day(Math.max(loads.length, 1)));
    }

    /** A questionnaire whose five items add up to {@code total} (spread evenly), 8 h of sleep. */
    static WellnessInput wellness(LocalDate date, int total) {
        int[] items = spread(total);
        return new WellnessInput(date, items[0], items[1], items[2], items[3], items[4], 8.0, null, null);
    }

    static int[] spread(int total) {
        int base = total / 5;
        int extra = total % 5;
        int[] items = new int[5];
        for (int k = 0; k < 5; k++) {
            items[k] = base + (k < extra ? 1 : 0);
        }
        return items;
    }

    static WellnessInput sleep(LocalDate date, double hours) {
        return new WellnessInput(date, 4, 4, 4, 4, 4, hours, null, null);
    }

    static WellnessInput soreness(LocalDate date, int soreness) {
        return new WellnessInput(date, 4, 4, soreness, 4, 4, 8.0, null, null);
    }

    static WellnessInput rmssd(LocalDate date, double lnRmssd) {
        return new WellnessInput(date, 4, 4, 4, 4, 4, 8.0, null, Math.exp(lnRmssd));
    }

    static WellnessInput restingHr(LocalDate date, int bpm) {
        return new WellnessInput(date, 4, 4, 4, 4, 4, 8.0, bpm, null);
    }

    static PerformanceInput jump(LocalDate date, double cm) {
        return new PerformanceInput(date, "CMJ", cm, true, null);
    }

    /**
     * A stable, realistic athlete: a weekly load pattern with two rest days, a daily questionnaire whose total
     * varies 19–21 around 20, sleep 7.5–8.25 h, soreness 4, steady RMSSD and resting HR, and a jump test
     * every 14 days. Individual days can be replaced to build a scenario.
     */
    static final class Athlete {
        static final int[] WEEK_LOADS = {0, 400, 500, 0, 450, 550, 300};
        static final int[] WEEK_TOTALS = {20, 19, 21, 20, 21, 19, 20};
        static final double[] WEEK_SLEEP = {8.0, 7.5, 8.25, 7.75, 8.0, 7.5, 8.25};
        static final double[] WEEK_LN_RMSSD = {4.10, 4.05, 4.15, 4.08, 4.12, 4.06, 4.14};

        final Map<LocalDate, List<SessionInput>> sessions = new TreeMap<>();
        final Map<LocalDate, WellnessInput> wellness = new TreeMap<>();
        final List<PerformanceInput> performance = new ArrayList<>();
        LocalDate lastDeloadEnd;

        Athlete(int days) {
            for (int k = 0; k < days; k++) {
                LocalDate date = day(k + 1);
                int w = k % 7;
                if (WEEK_LOADS[w] > 0) {
                    sessions.put(date, new ArrayList<>(List.of(session(date, WEEK_LOADS[w]))));
                }
                int[] items = spread(WEEK_TOTALS[w]);
                wellness.put(date, new WellnessInput(date, items[0], items[1], items[2], items[3], items[4],
                        WEEK_SLEEP[w], 50 + w % 3, Math.exp(WEEK_LN_RMSSD[w])));
                if (k % 14 == 0) {
                    performance.add(jump(date, 40.0 + (k / 14 % 2 == 0 ? 0.4 : -0.4)));
                }
            }
        }

        Athlete load(LocalDate date, int load) {
            sessions.put(date, new ArrayList<>(List.of(session(date, load))));
            return this;
        }

        Athlete entry(WellnessInput entry) {
            wellness.put(entry.date(), entry);
            return this;
        }

        /** Replaces one day's questionnaire items and sleep, keeping its RMSSD and resting HR. */
        Athlete items(LocalDate date, int fatigue, int sleepQuality, int soreness, int stress, int mood,
                      double sleepHours) {
            WellnessInput old = wellness.get(date);
            return entry(new WellnessInput(date, fatigue, sleepQuality, soreness, stress, mood, sleepHours,
                    old.restingHr(), old.rmssd()));
        }

        Athlete sleepHours(LocalDate date, double hours) {
            WellnessInput o = wellness.get(date);
            return items(date, o.fatigue(), o.sleepQuality(), o.soreness(), o.stress(), o.mood(), hours);
        }

        Athlete test(PerformanceInput result) {
            performance.add(result);
            return this;
        }

        AthleteHistory history() {
            List<SessionInput> all = new ArrayList<>();
            sessions.values().forEach(all::addAll);
            return new AthleteHistory(DAY_1, all, new ArrayList<>(wellness.values()), performance, lastDeloadEnd);
        }
    }
}
