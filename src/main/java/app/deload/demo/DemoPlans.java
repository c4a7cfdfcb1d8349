package app.deload.demo;

import app.deload.plan.PlanningService;
import app.deload.planning.Pattern;
import app.deload.planning.PlanEvent;
import app.deload.planning.PlanParameters;
import app.deload.team.Team;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The demo teams' plans: the rowers on 3:1, the footballers on 4:1 with a cup final and its taper. Each plan
 * started eight weeks ago at the weekly load the team's sessions were planned at in the four weeks before it
 * (planned minutes × planned RPE), rising 3 % a week.
 */
final class DemoPlans {

    static final int WEEKS_AGO = 8;
    static final int WEEKS = 20;
    static final double PROGRESSION_PERCENT = 3;
    static final double DELOAD_REDUCTION = 0.5;
    static final String FINAL = "Cup final";

    private DemoPlans() {
    }

    static void add(PlanningService planning, Team team, DemoHistory.History history, boolean rowing,
            LocalDate today) {
        LocalDate start = today.with(DayOfWeek.MONDAY).minusWeeks(WEEKS_AGO);
        Pattern pattern = rowing ? Pattern.THREE_ONE : Pattern.FOUR_ONE;
        planning.create(team, null, PlanParameters.of(start, WEEKS, pattern, weeklyPlannedLoad(history, start),
                PROGRESSION_PERCENT, DELOAD_REDUCTION));
        if (!rowing) {
            LocalDate matchDay = today.with(DayOfWeek.MONDAY).plusWeeks(5).with(TemporalAdjusters.nextOrSame(
                    DayOfWeek.SATURDAY));
            planning.addEvent(team, new PlanEvent(matchDay, FINAL, null));
        }
    }

    /** The mean weekly planned load of the four weeks before the plan, rounded to 10 AU. */
    static double weeklyPlannedLoad(DemoHistory.History history, LocalDate planStart) {
        LocalDate from = planStart.minusWeeks(4);
        double total = history.sessions().stream().filter(s -> !s.date().isBefore(from) && s.date().isBefore(planStart))
                .mapToDouble(s -> (double) s.plannedMinutes() * s.plannedRpe()).sum();
        return Math.round(total / 4 / 10) * 10.0;
    }
}
