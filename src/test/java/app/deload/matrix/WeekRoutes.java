package app.deload.matrix;

import static app.deload.matrix.RouteRule.api;
import static app.deload.matrix.RouteRule.get;

import java.util.List;

/** An athlete's week: the athlete's own page and API, and the athlete's week for their team's staff. */
public class WeekRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        return List.of(
                get("/me/week", "/me/week", Rule.ATHLETE),
                get("/athletes/{athleteId}/week", "/athletes/" + w.athleteA() + "/week", Rule.TEAM_STAFF_OR_SELF),
                api("GET", "/api/v1/me/week", "/api/v1/me/week", Rule.ATHLETE),
                api("GET", "/api/v1/athletes/{athleteId}/week", "/api/v1/athletes/" + w.athleteA() + "/week",
                        Rule.TEAM_STAFF_OR_SELF));
    }
}
