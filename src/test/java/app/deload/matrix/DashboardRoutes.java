package app.deload.matrix;

import static app.deload.matrix.RouteRule.get;

import java.util.List;

/** Charts, the staff's Today page and the methods page. */
public class DashboardRoutes implements RouteTable {

    @Override
    public List<RouteRule> rules(World w) {
        return List.of(
                get("/athletes/{id}/charts", "/athletes/" + w.athleteA() + "/charts", Rule.TEAM_STAFF_OR_SELF),
                get("/teams/{teamId}/trends", "/teams/" + w.teamA() + "/trends", Rule.TEAM_STAFF),
                get("/today", "/today", Rule.STAFF),
                get("/methods", "/methods", Rule.SIGNED_IN));
    }
}
