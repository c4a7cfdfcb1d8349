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
 * The demo teams' plans: the rowers on 3:1, the footballers on 4:1 with a cup final and its taper (which absorbs
 * the footballers' next deload). Each plan started some weeks ago ({@link #weeksAgo}) so that this week is the
 * first loading week of a mesocycle (no deload within a week, so the decliners' proposals are raised), at the
 * weekly load the team's sessions were planned at in the four weeks before it (planned minutes × planned RPE),
 * rising 3 % a week.
 */
final class DemoPlans {

    static final int ROWING_WEEKS_AGO = 8;
    static final int FOOTBALL_WEEKS_AGO = 5;
    /** The cup final is on the Saturday of the week this many weeks after the current one. */
    static final int FINAL_IN_WEEKS = 5;
    static final int WEEKS = 20;
    static final double PROGRESSION_PERCENT = 3;
    static final double DELOAD_REDUCTION = 0.5;
    static final String FINAL = "Cup final";

    private DemoPlans() {
    }

    static void add(PlanningService planning, Team team, DemoHistory.History history, boolean rowing,
            LocalDate today) {
        LocalDate start = today.with(DayOfWeek.MONDAY).minusWeeks(weeksAgo(rowing));
        Pattern pattern = rowing ? Pattern.THREE_ONE : Pattern.FOUR_ONE;
        planning.create(team, null, PlanParameters.of(start, WEEKS, pattern, weeklyPlannedLoad(history, start),
                PROGRESSION_PERCENT, DELOAD_REDUCTION));
        if (!rowing) {
            LocalDate matchDay = today.with(DayOfWeek.MONDAY).plusWeeks(FINAL_IN_WEEKS).with(TemporalAdjusters.nextOrSame(
                    DayOfWeek.SATURDAY));
            planning.addEvent(team, new PlanEvent(matchDay, FINAL, null));
        }
    }

    static int weeksAgo(boolean rowing) {
        return rowing ? ROWING_WEEKS_AGO : FOOTBALL_WEEKS_AGO;
    }

    /** The mean weekly planned load of the four weeks before the plan, rounded to 10 AU. */
    static double weeklyPlannedLoad(DemoHistory.History history, LocalDate planStart) {
        LocalDate from = planStart.minusWeeks(4);
        double total = history.sessions().stream().filter(s -> !s.date().isBefore(from) && s.date().isBefore(planStart))
                .mapToDouble(s -> (double) s.plannedMinutes() * s.plannedRpe()).sum();
        return Math.round(total / 4 / 10) * 10.0;
    }
}
