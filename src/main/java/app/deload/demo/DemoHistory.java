package app.deload.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Sixteen weeks of plausible club history, generated from a seed so every demo is the same: periodised team
 * sessions (3 loading weeks, 1 deload week), session RPE with individual noise, daily wellness that follows
 * the load, morning HRV for some athletes, monthly jump tests, a few unrated sessions and skipped
 * questionnaires, and two athletes per team whose load spikes while wellness, sleep and HRV decline over the
 * last two weeks. Rated sessions end yesterday; today's morning questionnaires are in, and today's sessions
 * ({@link #today}) are planned. Plain Java: the loader maps the
 * result onto entities.
 */
public final class DemoHistory {

    public static final int WEEKS = 16;

    public enum Kind { STRENGTH, CONDITIONING, SKILL, MATCH, ACTIVE_RECOVERY }

    /** A planned team session and what each athlete did; rpe null means attended but not rated. */
    public record Session(LocalDate date, LocalTime start, Kind kind, int plannedMinutes, int plannedRpe,
            List<Attendance> attendance) {
    }

    public record Attendance(int athlete, boolean attended, int minutes, Integer rpe) {
    }

    public record Wellness(int athlete, LocalDate date, int fatigue, int sleepQuality, int soreness, int stress,
            int mood, double sleepHours, Integer restingHr, Double rmssd, String soreAreas) {
    }

    public record TestResult(int athlete, LocalDate date, String test, double value) {
    }

    public record History(List<Session> sessions, List<Wellness> wellness, List<TestResult> results) {
    }

    /** Which athletes (by index) decline at the end, and which rate late or skip entries. */
    public record Cast(int athletes, List<Integer> decliners, List<Integer> forgetful, List<Integer> withHrv) {
    }

    private DemoHistory() {
    }

    /**
     * @param rowing true for a rowing week (six days, strength and ergometer work), false for football (match on
     *               Saturday)
     * @param today  sessions run until yesterday, questionnaires until this morning
     */
    public static History generate(boolean rowing, Cast cast, LocalDate today, long seed) {
        Random random = new Random(seed);
        LocalDate start = today.minusWeeks(WEEKS);
        double[] capacity = new double[cast.athletes()];
        double[] wellnessBase = new double[cast.athletes()];
        int[] restingHr = new int[cast.athletes()];
        double[] lnRmssd = new double[cast.athletes()];
        double[] jump = new double[cast.athletes()];
        for (int a = 0; a < cast.athletes(); a++) {
            capacity[a] = 0.9 + random.nextDouble() * 0.2;
            wellnessBase[a] = 3.4 + random.nextDouble() * 0.8;
            restingHr[a] = 46 + random.nextInt(12);
            lnRmssd[a] = 4.0 + random.nextDouble() * 0.5;
            jump[a] = (rowing ? 34 : 40) + random.nextDouble() * 10;
        }
        List<Session> sessions = new ArrayList<>();
        List<Wellness> wellness = new ArrayList<>();
        List<TestResult> results = new ArrayList<>();
        double[][] dailyLoad = new double[cast.athletes()][WEEKS * 7 + 1];

        for (int day = 0; day <= WEEKS * 7; day++) {
            LocalDate date = start.plusDays(day);
            int week = day / 7;
            boolean deload = week % 4 == 2;
            boolean thisMorning = day == WEEKS * 7;
            double weekFactor = deload ? 0.55 : 1.0 + 0.07 * (week % 4);
            boolean finalFortnight = day >= WEEKS * 7 - 14;
            for (Plan plan : thisMorning ? List.<Plan>of() : plans(rowing, date.getDayOfWeek())) {
                List<Attendance> attendance = new ArrayList<>();
                int plannedMinutes = (int) Math.round(plan.minutes() * (deload ? 0.6 : 1.0));
                for (int a = 0; a < cast.athletes(); a++) {
                    boolean decliner = cast.decliners().contains(a) && finalFortnight;
                    boolean attends = random.nextDouble() > 0.04;
                    int minutes = Math.max(10, plannedMinutes + random.nextInt(11) - 5);
                    double rpe = plan.rpe() * (deload ? 0.85 : Math.sqrt(weekFactor)) / capacity[a]
                            + random.nextGaussian() * 0.6 + (decliner ? 1.8 : 0);
                    if (decliner) {
                        // the spike: longer sessions, sharply so in the last week
                        minutes = (int) Math.min(600, Math.round(minutes * (day >= WEEKS * 7 - 7 ? 2.0 : 1.35)));
                    }
                    int rating = (int) Math.max(1, Math.min(10, Math.round(rpe)));
                    boolean unrated = cast.forgetful().contains(a) && random.nextDouble() < 0.08
                            || day >= WEEKS * 7 - 1 && random.nextDouble() < 0.3;
                    attendance.add(new Attendance(a, attends, minutes, attends && !unrated ? rating : null));
                    if (attends && !unrated) {
                        dailyLoad[a][day] += rating * minutes;
                    }
                }
                sessions.add(new Session(date, plan.start(), plan.kind(), plannedMinutes, plan.rpe(), attendance));
            }
            for (int a = 0; a < cast.athletes(); a++) {
                if (cast.forgetful().contains(a) && random.nextDouble() < 0.15 || random.nextDouble() < 0.03) {
                    continue;
                }
                wellness.add(wellnessOn(a, day, date, cast, dailyLoad[a], wellnessBase[a], restingHr[a], lnRmssd[a],
                        random));
            }
            if (!thisMorning && date.getDayOfWeek() == DayOfWeek.TUESDAY && (week % 4 == 1 || day >= WEEKS * 7 - 7)) {
                for (int a = 0; a < cast.athletes(); a++) {
                    boolean decliner = cast.decliners().contains(a) && finalFortnight;
                    double value = jump[a] * (1 + 0.004 * week) * (decliner ? 0.9 : 1.0)
                            + random.nextGaussian() * 0.4;
                    results.add(new TestResult(a, date, "Countermovement jump", round1(value)));
                    if (!rowing) {
                        double sprint = 3.05 - jump[a] / 200 + random.nextGaussian() * 0.02 + (decliner ? 0.12 : 0);
                        results.add(new TestResult(a, date, "20 m sprint", Math.round(sprint * 100) / 100.0));
                    }
                }
            }
        }
        return new History(sessions, wellness, results);
    }

    /**
     * Today's team sessions, planned and not yet rated, with the whole squad in them: the week's usual sessions for
     * the day, and a strength session when none of them is hard (planned RPE 5 or more), so the coach always has
     * today's decisions to take, "modify" included.
     */
    public static List<Session> today(boolean rowing, Cast cast, LocalDate today) {
        List<Plan> plans = new ArrayList<>(plans(rowing, today.getDayOfWeek()));
        if (plans.stream().noneMatch(p -> p.rpe() >= 5)) {
            plans.add(new Plan(LocalTime.of(rowing ? 17 : 18, 30), Kind.STRENGTH, 60, 6));
        }
        List<Session> sessions = new ArrayList<>();
        for (Plan plan : plans) {
            List<Attendance> attendance = new ArrayList<>();
            for (int a = 0; a < cast.athletes(); a++) {
                attendance.add(new Attendance(a, true, plan.minutes(), null));
            }
            sessions.add(new Session(today, plan.start(), plan.kind(), plan.minutes(), plan.rpe(), attendance));
        }
        return sessions;
    }

    private static Wellness wellnessOn(int a, int day, LocalDate date, Cast cast, double[] loads, double base,
            int restingHr, double lnRmssd, Random random) {
        double acute = 0;
        double chronic = 0;
        for (int d = Math.max(0, day - 27); d <= day; d++) {
            chronic += loads[d] / 28.0;
            if (d > day - 7) {
                acute += loads[d] / 7.0;
            }
        }
        double strainPenalty = chronic > 0 ? Math.max(0, acute / chronic - 1.1) * 1.5 : 0;
        int daysIntoDecline = day - (WEEKS * 7 - 14);
        double decline = cast.decliners().contains(a) && daysIntoDecline >= 0 ? Math.min(1.6, daysIntoDecline * 0.16)
                : 0;
        double level = base - strainPenalty - decline;
        double sleep = 7.6 - decline * 1.3 + random.nextGaussian() * 0.5;
        boolean hrv = cast.withHrv().contains(a);
        String sore = decline > 0.8 ? "quadriceps,lower_back" : random.nextDouble() < 0.1 ? "hamstrings" : "";
        return new Wellness(a, date, item(level, random), item(level + 0.2, random), item(level - 0.1 - decline * 0.4, random),
                item(level + 0.3, random), item(level + 0.2, random), quarter(Math.max(3.5, Math.min(10, sleep))),
                (int) Math.round(restingHr + decline * 4 + random.nextGaussian()),
                hrv ? round1(Math.exp(lnRmssd - decline * 0.15 + random.nextGaussian() * 0.06)) : null, sore);
    }

    private record Plan(LocalTime start, Kind kind, int minutes, int rpe) {
    }

    private static List<Plan> plans(boolean rowing, DayOfWeek day) {
        LocalTime morning = LocalTime.of(7, 0);
        LocalTime evening = LocalTime.of(17, 30);
        if (rowing) {
            return switch (day) {
                case MONDAY, THURSDAY -> List.of(new Plan(morning, Kind.CONDITIONING, 75, 6),
                        new Plan(evening, Kind.STRENGTH, 60, 6));
                case TUESDAY, FRIDAY -> List.of(new Plan(morning, Kind.CONDITIONING, 90, 5));
                case WEDNESDAY -> List.of(new Plan(morning, Kind.ACTIVE_RECOVERY, 40, 2));
                case SATURDAY -> List.of(new Plan(LocalTime.of(8, 0), Kind.CONDITIONING, 100, 7));
                case SUNDAY -> List.of();
            };
        }
        return switch (day) {
            case MONDAY -> List.of(new Plan(evening, Kind.ACTIVE_RECOVERY, 45, 3));
            case TUESDAY -> List.of(new Plan(evening, Kind.CONDITIONING, 80, 7), new Plan(LocalTime.of(16, 0),
                    Kind.STRENGTH, 45, 6));
            case THURSDAY -> List.of(new Plan(evening, Kind.SKILL, 90, 5));
            case FRIDAY -> List.of(new Plan(evening, Kind.SKILL, 60, 4));
            case SATURDAY -> List.of(new Plan(LocalTime.of(15, 0), Kind.MATCH, 95, 8));
            case WEDNESDAY, SUNDAY -> List.of();
        };
    }

    private static int item(double level, Random random) {
        return (int) Math.max(1, Math.min(5, Math.round(level + random.nextGaussian() * 0.45)));
    }

    private static double quarter(double hours) {
        return Math.round(hours * 4) / 4.0;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
