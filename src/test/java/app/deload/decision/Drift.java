package app.deload.decision;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import app.deload.account.Role;
import app.deload.athlete.Athlete;
import app.deload.performance.Measurement;
import app.deload.performance.PerformanceResult;
import app.deload.performance.PerformanceTest;
import app.deload.plan.PlanningService;
import app.deload.signals.MetricsLedger;
import app.deload.planning.Pattern;
import app.deload.planning.PlanParameters;
import app.deload.support.Fixtures;
import app.deload.team.Team;
import app.deload.training.SessionAttendance;
import app.deload.training.SessionType;
import app.deload.training.TrainingSession;
import app.deload.wellness.WellnessEntry;
import app.deload.wellness.WellnessValues;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A team run through twelve weeks: every athlete answers the questionnaire daily and trains three times a week
 * (rated), under a 4:1 plan that started twelve weeks ago, so today is a loading week with the next deload more
 * than seven days away. Drifting athletes sleep less and feel worse from ten days back, and badly on the last
 * five: wellness, sleep and soreness signal together on each of the last three days, which is an alert.
 */
final class Drift {

    static final int DAYS = 84;

    record Team12(long teamId, String coach, List<Long> athletes, List<String> logins, LocalDate today) {
    }

    private Drift() {
    }

    /** A team of {@code size} athletes (each with a login), 12 weeks of history and an active 4:1 plan. */
    static Team12 team(int size, int... drifting) {
        String coach = Fixtures.user(Role.COACH);
        long teamId = Fixtures.team(coach);
        List<Long> athletes = new ArrayList<>();
        List<String> logins = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String login = Fixtures.user(Role.ATHLETE);
            logins.add(login);
            athletes.add(Fixtures.athlete(teamId, login));
        }
        LocalDate today = QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(teamId);
            LocalDate day = LocalDate.now(team.zone());
            history(team, athletes, drifting, day);
            Arc.container().instance(MetricsLedger.class).get().changed(team, List.of(), day.minusDays(DAYS));
            PlanningService planning = Arc.container().instance(PlanningService.class).get();
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(12);
            planning.create(team, null, PlanParameters.of(monday, 16, Pattern.FOUR_ONE, 2000, 5, 0.5));
            return day;
        });
        return new Team12(teamId, coach, athletes, logins, today);
    }

    private static void history(Team team, List<Long> athleteIds, int[] drifting, LocalDate today) {
        List<Athlete> athletes = athleteIds.stream().map(id -> Athlete.<Athlete>findById(id)).toList();
        Instant now = Instant.now();
        for (int back = DAYS; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            DayOfWeek dow = day.getDayOfWeek();
            if (dow == DayOfWeek.MONDAY || dow == DayOfWeek.WEDNESDAY || dow == DayOfWeek.FRIDAY) {
                TrainingSession session = new TrainingSession();
                session.team = team;
                session.schedule(day, LocalTime.of(17, 0), team.zone());
                session.type = SessionType.CONDITIONING;
                session.plannedMinutes = 60;
                session.plannedRpe = 6;
                session.persist();
                for (Athlete a : athletes) {
                    SessionAttendance attendance = SessionAttendance.of(session, a);
                    attendance.rate(5 + (int) ((back + a.id) % 2), "fixture", now, team.zone());
                    attendance.persist();
                }
            }
        }
        for (int i = 0; i < athletes.size(); i++) {
            boolean drifts = contains(drifting, i);
            for (int back = DAYS; back >= 0; back--) {
                WellnessEntry.upsert(athletes.get(i), today.minusDays(back), wellness(back, drifts));
            }
        }
    }

    /** Ordinary days around 19/25 with 7.5 h of sleep; a drifting athlete declines over the last week. */
    private static WellnessValues wellness(int back, boolean drifts) {
        if (drifts && back <= 4) {
            return new WellnessValues(2, 2, 2, 2, 1, 5.0, 60, null, Set.of(), null);
        }
        if (drifts && back <= 9) {
            return new WellnessValues(3, 3, 3, 3, 3, 6.5, 56, null, Set.of(), null);
        }
        int item = back % 2 == 0 ? 4 : 3;
        return new WellnessValues(item, 4, item, 4, back % 3 == 0 ? 3 : 4, 7.5, 52, null, Set.of(), null);
    }

    /** Today's questionnaire far below the athlete's usual answers: wellness on watch for today only. */
    static void badMorning(long athleteId, LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> {
            Athlete athlete = Athlete.findById(athleteId);
            WellnessEntry.upsert(athlete, today, new WellnessValues(1, 3, 3, 1, 2, 7.5, 52, null, Set.of(), null));
            Arc.container().instance(MetricsLedger.class).get().changed(athlete.team, List.of(athleteId), today);
        });
    }

    /** A jump test with three ordinary results over the past weeks and today's clearly worse one. */
    static void performanceDecrement(long teamId, long athleteId, LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> {
            PerformanceTest test = new PerformanceTest();
            test.team = Team.findById(teamId);
            test.name = Fixtures.unique("CMJ");
            test.unit = "cm";
            test.higherIsBetter = true;
            test.persist();
            for (int weeks = 3; weeks >= 1; weeks--) {
                PerformanceResult.record(test, today.minusWeeks(weeks), List.of(new Measurement(athleteId, 50.0)));
            }
            PerformanceResult.record(test, today, List.of(new Measurement(athleteId, 41.0)));
            Arc.container().instance(MetricsLedger.class).get().changed(test.team, List.of(athleteId),
                    today.minusWeeks(3));
        });
    }

    private static boolean contains(int[] values, int i) {
        for (int v : values) {
            if (v == i) {
                return true;
            }
        }
        return false;
    }
}
