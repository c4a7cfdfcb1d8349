package app.deload.matrix;

import static app.deload.matrix.RouteRule.get;
import static app.deload.matrix.RouteRule.post;

import java.util.List;
import java.util.Map;

/** Squad signals, an athlete's metrics, their CSV and acknowledgements. */
public class SignalsRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        String metrics = "/athletes/" + w.athleteA() + "/metrics";
        return List.of(
                get("/teams/{teamId}/signals", "/teams/" + w.teamA() + "/signals", Rule.TEAM_STAFF),
                get("/athletes/{id}/metrics", metrics, Rule.TEAM_STAFF_OR_SELF),
                get("/athletes/{id}/metrics/csv", metrics + "/csv", Rule.TEAM_STAFF_OR_SELF),
                post("/athletes/{id}/metrics/acknowledge", metrics + "/acknowledge", Rule.TEAM_STAFF,
                        Map.of("note", "")));
    }
}
