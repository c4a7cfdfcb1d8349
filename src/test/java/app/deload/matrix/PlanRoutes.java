package app.deload.matrix;

import static app.deload.matrix.RouteRule.api;
import static app.deload.matrix.RouteRule.get;
import static app.deload.matrix.RouteRule.post;

import app.deload.athlete.Athlete;
import app.deload.plan.CalendarFeed;
import app.deload.plan.PlanningService;
import app.deload.plan.TrainingPlan;
import app.deload.planning.Pattern;
import app.deload.planning.PlanParameters;
import app.deload.team.Team;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Plans, events, the calendar, calendar feeds and the plan API. Team A gets an active plan (unless another table
 * made one), an event and an
 * individual plan for its athlete; the end and remove forms send no version, so they change nothing whoever may
 * use them (the page answers that the row changed), and invalid plan and event forms are refused as 400.
 */
public class PlanRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        long[] ids = plans(w.teamA(), w.athleteA());
        String plan = "/teams/" + w.teamA() + "/plan";
        String calendar = "/teams/" + w.teamA() + "/calendar";
        String athleteCalendar = "/athletes/" + w.athleteA() + "/calendar";
        String apiTeam = "/api/v1/teams/" + w.teamA();
        return List.of(
                get("/teams/{teamId}/plan", plan, Rule.TEAM_STAFF),
                post("/teams/{teamId}/plan", plan, Rule.TEAM_STAFF, Map.of("weeks", "0")),
                post("/teams/{teamId}/plan/individual", plan + "/individual", Rule.TEAM_STAFF, Map.of("weeks", "0")),
                get("/teams/{teamId}/plan/{planId}/edit", plan + "/" + ids[0] + "/edit", Rule.TEAM_STAFF),
                post("/teams/{teamId}/plan/{planId}/edit", plan + "/" + ids[0] + "/edit", Rule.TEAM_STAFF,
                        Map.of("weeks", "0")),
                post("/teams/{teamId}/plan/{planId}/end", plan + "/" + ids[1] + "/end", Rule.TEAM_STAFF),
                post("/teams/{teamId}/plan/events", plan + "/events", Rule.TEAM_STAFF, Map.of("name", "")),
                post("/teams/{teamId}/plan/events/{eventId}/delete", plan + "/events/" + ids[2] + "/delete",
                        Rule.TEAM_STAFF),
                get("/teams/{teamId}/calendar", calendar, Rule.TEAM_STAFF),
                get("/teams/{teamId}/calendar/week", calendar + "/week", Rule.TEAM_STAFF),
                post("/teams/{teamId}/calendar/feeds", calendar + "/feeds", Rule.TEAM_STAFF),
                post("/teams/{teamId}/calendar/feeds/{feedId}/revoke", calendar + "/feeds/" + ids[3] + "/revoke",
                        Rule.TEAM_STAFF),
                get("/athletes/{id}/calendar", athleteCalendar, Rule.TEAM_STAFF_OR_SELF),
                post("/athletes/{id}/calendar/feeds", athleteCalendar + "/feeds", Rule.TEAM_STAFF_OR_SELF),
                post("/athletes/{id}/calendar/feeds/{feedId}/revoke", athleteCalendar + "/feeds/" + ids[4] + "/revoke",
                        Rule.TEAM_STAFF_OR_SELF),
                get("/calendar/{file}", "/calendar/cal_not-a-real-token.ics", Rule.PUBLIC),
                api("POST", "/api/v1/teams/{teamId}/plans", apiTeam + "/plans", Rule.TEAM_STAFF),
                api("POST", "/api/v1/teams/{teamId}/events", apiTeam + "/events", Rule.TEAM_STAFF),
                api("GET", "/api/v1/teams/{teamId}/plan", apiTeam + "/plan", Rule.TEAM_STAFF));
    }

    private static long feed(Team team, Athlete athlete) {
        CalendarFeed feed = new CalendarFeed();
        feed.team = team;
        feed.athlete = athlete;
        feed.tokenHash = java.util.UUID.randomUUID().toString().replace("-", "");
        feed.tokenPrefix = "cal_matrix";
        feed.persist();
        return feed.id;
    }

    /** Team A's plan, the athlete's individual plan, an event, a team feed and an athlete feed: their ids. */
    private static long[] plans(long teamId, long athleteId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Team team = Team.findById(teamId);
            Athlete athlete = Athlete.findById(athleteId);
            PlanningService planning = Arc.container().instance(PlanningService.class).get();
            LocalDate monday = LocalDate.now(team.zone()).with(DayOfWeek.MONDAY);
            long teamPlan = TrainingPlan.findActiveForTeam(team).orElseGet(() -> planning.create(team, null,
                    PlanParameters.of(monday, 12, Pattern.THREE_ONE, 2000, 5, 0.5))).id;
            long individual = planning.create(team, athlete, PlanParameters.of(monday, 8, Pattern.FOUR_ONE, 1500, 5,
                    0.5)).id;
            long event = planning.addEvent(team, new app.deload.planning.PlanEvent(monday.plusWeeks(8).plusDays(5),
                    "Matrix cup", null)).id;
            long teamFeed = feed(team, null);
            long athleteFeed = feed(null, athlete);
            return new long[] { teamPlan, individual, event, teamFeed, athleteFeed };
        });
    }
}
